/// A result that is not met because data is missing names the missing data, whatever its rule's
/// message says: "no organisations are named in the outreach plan (`proposal.outreach.organisations`
/// is missing)". Only data paths (rooted at a data name) are named, at most two, and only those
/// the message does not already name.
extension RuleRunner {
    func namingMissingData(_ message: String, explanation: [Explanation]) -> String {
        var missing: [String] = []
        visit(explanation, message: message, missing: &missing)
        guard !missing.isEmpty else { return message }
        let shown = missing.prefix(2).map { "`\($0)`" }.joined(separator: " and ")
        return message + " (\(shown) \(missing.count == 1 ? "is" : "are") missing)"
    }

    /// Adds to `missing` the data paths of `nodes` and their children that are missing, in
    /// order, once each, leaving out those `message` names. Nodes are read where they are (through
    /// a buffer pointer), not copied.
    private func visit(_ nodes: [Explanation], message: String, missing: inout [String]) {
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                // The role and the value are looked at first, in place; the source is read only
                // for a missing value.
                if nodes[index].role == .value, case .missing? = nodes[index].value {
                    let source = nodes[index].source
                    if isDataPath(source), !missing.contains(source), !RuleRunner.names(message, source) { missing.append(source) }
                }
                if !nodes[index].children.isEmpty { visit(nodes[index].children, message: message, missing: &missing) }
            }
        }
    }

    /// Whether `message` names the data path `source` in backquotes. A path is ASCII, and in an
    /// ASCII message a run of bytes is a run of characters (the path holds no CR or LF), so its
    /// bytes are compared; any other message is searched as before, by characters.
    private static func names(_ message: String, _ source: String) -> Bool {
        let quoted = "`\(source)`"
        guard message.utf8.allSatisfy({ $0 < 0x80 }) else { return message.contains(quoted) }
        return message.containsBytes(quoted)
    }

    /// Whether `source` is a path of names rooted at a data name (`proposal.outreach.organisations`).
    /// Read from its UTF-8 bytes: a name is ASCII letters, digits and `_` (the lexer's word
    /// bytes), so no `Character` need be formed.
    private func isDataPath(_ source: String) -> Bool {
        guard source.utf8.allSatisfy({ SourceBytes.isWordByte($0) || $0 == UInt8(ascii: ".") }) else { return false }
        // The first part that is not empty (as `split` gave it), read in place.
        let bytes = source.utf8.drop { $0 == UInt8(ascii: ".") }
        let root = bytes.prefix { $0 != UInt8(ascii: ".") }
        guard !root.isEmpty else { return false }
        return program.dataNames.contains { $0.name.utf8.elementsEqual(root) }
    }
}
