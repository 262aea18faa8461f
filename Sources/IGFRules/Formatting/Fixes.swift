/// The fixes the diagnostics already know, applied to a rule file's text: curly quotes around a
/// text, `&&` / `||` / `!`, `==`, `=>` / `=<`, a curly closing quote, a decimal comma, a number in
/// words before a unit, and `True` / `False`. `igfrules fmt --fix` applies them, then formats.
public enum Fixes {
    /// The text with every known fix applied, and how many were applied.
    public static func apply(_ file: SourceFile) -> (text: String, count: Int) {
        var replacements: [(Range<Int>, String)] = []
        let (_, diagnostics) = Parser.parse(file)
        for diagnostic in diagnostics {
            guard let range = diagnostic.range, let replacement = replacement(diagnostic.code, file.text(range)) else { continue }
            replacements.append((range, replacement))
        }
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        for (index, token) in tokens.enumerated() {
            guard case .identifier(let name) = token.kind, let meant = Checker.yesNoSpelling(name) else { continue }
            if index > 0, tokens[index - 1].kind == .symbol(.dot) { continue }
            replacements.append((token.range, meant))
        }
        var bytes = file.bytes
        var count = 0
        var lowest = Int.max
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) where range.upperBound <= lowest {
            bytes.replaceSubrange(range, with: Array(text.utf8))
            lowest = range.lowerBound
            count += 1
        }
        return (String(decoding: bytes, as: UTF8.self), count)
    }

    /// What the text a diagnostic points at should be, for the mistakes with one obvious fix.
    static func replacement(_ code: String, _ written: String) -> String? {
        switch code {
        case "misquoted-text": return "\"" + String(written.dropFirst().dropLast()) + "\""
        case "double-equal": return "="
        case "reversed-operator": return written == "=>" ? ">=" : "<="
        case "curly-closing-quote": return "\""
        case "decimal-comma": return written.replacingOccurrences(of: ",", with: ".")
        case "unexpected-character":
            switch written {
            case "&&", "&": return "and"
            case "||", "|": return "or"
            default: return nil
            }
        case "number-in-words":
            let words = written.split(separator: " ")
            guard words.count == 2, let number = Parser.numberWords[words[0].lowercased()] else { return nil }
            return "\(number) \(words[1])"
        default: return nil
        }
    }
}
