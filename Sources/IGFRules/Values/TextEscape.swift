/// The escapes of quoted text that the lexer reads (`\"`, `\{`, `\n`…), as the formatter and the
/// rendering of values write them.
enum TextEscape {
    /// How a character is written inside "…" when it cannot stand for itself.
    static func escape(_ character: Character) -> String? {
        switch character {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "{": "\\{"
        case "}": "\\}"
        case "\n": "\\n"
        case "\t": "\\t"
        default: nil
        }
    }
}
