/// Messages for the mistakes a MAG member editing a rule file is most likely to make, each
/// naming the fix.
extension Diagnostic {
    static func reversedOperator(file: SourceFile, range: Range<Int>) -> Diagnostic {
        let written = file.text(range)
        let meant = written == "=>" ? ">=" : "<="
        return Diagnostic(.error, code: "reversed-operator", message: "`\(written)` is not an operator; did you mean `\(meant)`?",
                          file: file, range: range, notes: ["\"at least\" is written `>=` and \"at most\" `<=`, with the `=` second"],
                          fixes: [.replace(range, with: meant, title: "write `\(meant)`")])
    }

    static func curlyClosingQuote(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "curly-closing-quote", message: "this text starts with a straight quote `\"` but ends with a curly one `”`",
                   file: file, range: range, notes: ["end it with a straight quote `\"` too (word processors change quotes: edit rule files in a plain-text editor)"],
                   fixes: [.replace(range, with: "\"", title: "write a straight quote")])
    }

    static func unopenedText(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unopened-text", message: "this `\"` ends a text that has no opening `\"`",
                   file: file, range: range, notes: ["put a `\"` where the text starts as well"])
    }

    /// `message the proposal has no title"`: one error, with the line as it should be.
    static func messageWithoutOpeningQuote(_ fixed: String, file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unopened-text", message: "the message has no opening `\"`", file: file, range: range,
                   notes: ["write it between two straight quotes: \(fixed)"])
    }

    static func numberInWords(_ written: String, digits: String, file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "number-in-words", message: "write the number in digits: `\(digits)`, not `\(written)`",
                   file: file, range: range, fixes: [.replace(range, with: digits, title: "write `\(digits)`")])
    }

    static func titleWithoutQuotes(_ title: String, file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "title-without-quotes", message: "a rule's title is written in quotes",
                   file: file, range: range, notes: ["write \"\(title)\""])
    }

    static func decimalComma(_ written: String, file: SourceFile, range: Range<Int>) -> Diagnostic {
        let meant = written.replacingOccurrences(of: ",", with: ".")
        return Diagnostic(.error, code: "decimal-comma", message: "decimals are written with a point: `\(meant)`, not `\(written)`",
                          file: file, range: range, fixes: [.replace(range, with: meant, title: "write `\(meant)`")])
    }

    /// `1,000`: the number as it would be without separators, and as a decimal; no automatic fix.
    static func thousandsSeparator(_ written: String, file: SourceFile, range: Range<Int>) -> Diagnostic {
        let whole = written.replacingOccurrences(of: ",", with: "")
        let decimal = written.filter { $0 == "," }.count == 1 ? " (or `\(written.replacingOccurrences(of: ",", with: "."))` if you meant a decimal)" : ""
        return Diagnostic(.error, code: "thousands-separator", message: "numbers are written without separators: `\(whole)`\(decimal)",
                          file: file, range: range)
    }

    static func dateInWords(_ written: String, suggestion: String?, file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "date-in-words", message: "write dates as YYYY-MM-DD" + (suggestion.map { ": `\($0)`, not `\(written)`" } ?? ""),
                   file: file, range: range)
    }

    /// `proposal.title contains "a"`: the language has `in` for this.
    static func noSuchOperator(_ word: String, meant: String, file: SourceFile, range: Range<Int>, whole: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "no-such-operator", message: "there is no `\(word)`; write `\(meant)`",
                   file: file, range: range, notes: ["`part in text` is yes when the text holds the part, `x in list` when the list holds x"],
                   fixes: [.replace(whole, with: meant, title: "write `\(meant)`")])
    }

    /// `x != null`, `x is null`: a value that is not given is `missing`.
    static func null(_ word: String, meant: String, file: SourceFile, range: Range<Int>, whole: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "null", message: "there is no `\(word)`; did you mean `\(meant)`?",
                   file: file, range: range, notes: ["a value the data does not give is checked with `is missing` or `is not missing`"],
                   fixes: [.replace(whole, with: meant, title: "write `\(meant)`")])
    }
}
