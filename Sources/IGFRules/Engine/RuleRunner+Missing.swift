/// A result that is not met because data is missing names the missing data, whatever its rule's
/// message says: "no organisations are named in the outreach plan (`proposal.outreach.organisations`
/// is missing)". Only data paths (rooted at a data name) are named, at most two, and only those
/// the message does not already name.
extension RuleRunner {
    func namingMissingData(_ message: String, explanation: [Explanation]) -> String {
        var missing: [String] = []
        func visit(_ node: Explanation) {
            if node.role == .value, node.value?.isMissing == true, isDataPath(node.source),
                !missing.contains(node.source), !message.contains("`\(node.source)`")
            {
                missing.append(node.source)
            }
            for index in node.children.indices { visit(node.children[index]) }
        }
        explanation.forEach(visit)
        guard !missing.isEmpty else { return message }
        let shown = missing.prefix(2).map { "`\($0)`" }.joined(separator: " and ")
        return message + " (\(shown) \(missing.count == 1 ? "is" : "are") missing)"
    }

    /// Whether `source` is a path of names rooted at a data name (`proposal.outreach.organisations`).
    private func isDataPath(_ source: String) -> Bool {
        guard source.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
            let root = source.split(separator: ".").first
        else { return false }
        return program.dataNames.contains { $0.name == root }
    }
}
