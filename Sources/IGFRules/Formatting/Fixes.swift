/// The fixes the diagnostics already know, applied to a rule file's text: the fix-its of the
/// lexer's and parser's diagnostics (curly quotes around a text, `&&` / `||`, `==`, `=>` / `=<`,
/// a curly closing quote, a decimal comma, a number in words before a unit), and `True` /
/// `False` written `yes` / `no`. These are certain repairs; a "did you mean" about a name is not,
/// and is left to the writer. `igfrules fmt --fix` applies them, then formats.
package enum Fixes {
    /// The text with every known fix applied, and how many were applied.
    package static func apply(_ file: SourceFile) -> (text: String, count: Int) {
        let (_, diagnostics) = Parser.parse(file)
        var replacements = diagnostics.compactMap(\.fixes.first).flatMap(\.edits).map { ($0.range, $0.replacement) }
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
}
