/// A result that is not met because data is missing names the missing data, whatever its rule's
/// message says: "no organisations are named in the outreach plan (`proposal.outreach.organisations`
/// is missing)". Only data paths (rooted at a data name) are named, at most two, and only those
/// the message does not already name.
extension RuleRunner {
    func namingMissingData(_ message: String, explanation: [Explanation]) -> String {
        let names = Set(program.dataNames.map(\.name))
        var missing: [String] = []
        func visit(_ node: Explanation) {
            if node.role == .value, node.value?.isMissing == true, let root = node.source.split(separator: ".").first,
                names.contains(String(root)), node.source.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
                !missing.contains(node.source), !message.contains("`\(node.source)`")
            {
                missing.append(node.source)
            }
            node.children.forEach(visit)
        }
        explanation.forEach(visit)
        guard !missing.isEmpty else { return message }
        let shown = missing.prefix(2).map { "`\($0)`" }.joined(separator: " and ")
        return message + " (\(shown) \(missing.count == 1 ? "is" : "are") missing)"
    }
}
