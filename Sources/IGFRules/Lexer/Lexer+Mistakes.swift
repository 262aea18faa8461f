/// A text that does not close on its line, and what most likely went wrong: a straight quote
/// closed by a curly one, or a closing quote whose opening one is missing.
extension Lexer {
    /// The diagnostic for the text starting at `range.lowerBound` that runs to the line's end.
    func unclosedText(_ range: Range<Int>) -> Diagnostic {
        let bytes = file.bytes
        var probe = range.upperBound - 1
        while probe > range.lowerBound + 2 {
            // ” is E2 80 9D.
            if bytes[probe] == 0x9D, bytes[probe - 1] == 0x80, bytes[probe - 2] == 0xE2 {
                return .curlyClosingQuote(file: file, range: probe - 2..<probe + 1)
            }
            probe -= 1
        }
        let rest = bytes[(range.lowerBound + 1)..<range.upperBound]
        let blankAfter = rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        let before = range.lowerBound > 0 ? bytes[range.lowerBound - 1] : UInt8(ascii: "\n")
        if blankAfter, before != UInt8(ascii: " "), before != UInt8(ascii: "\t"), before != UInt8(ascii: "\n") {
            return .unopenedText(file: file, range: range.lowerBound..<range.lowerBound + 1)
        }
        return .unterminatedText(file: file, range: range)
    }
}
