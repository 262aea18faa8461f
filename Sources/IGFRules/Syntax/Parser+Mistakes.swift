/// The parser's side of the mistakes a MAG member is likely to make: each gives one diagnostic
/// that names the fix, and parsing goes on after it.
extension Parser {
    static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30]
    static let unitWords: Set<String> = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                                         "month", "months", "year", "years"]
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]

    /// `six weeks` (the name `six` just read as `token`): one diagnostic, and both words are skipped.
    mutating func numberInWords(_ name: String, _ token: Token) -> Expr? {
        guard let number = Parser.numberWords[name.lowercased()], case .identifier(let unit) = current.kind, !current.startsLine,
            Parser.unitWords.contains(unit.lowercased())
        else { return nil }
        let range = token.range.lowerBound..<advance().range.upperBound
        report(.numberInWords(file.text(range), digits: "\(number) \(unit)", file: file, range: range))
        return Expr(.invalid, range)
    }

    /// `2,5` where a number belongs: one diagnostic, and the `,5` is skipped. `1,000` (three digits
    /// after each comma) is a thousands separator: a diagnostic with no automatic fix, since the
    /// writer may have meant either `1000` or `1.000`.
    mutating func skipDecimalComma() -> Bool {
        guard check(.comma), case .number = previous.kind, previous.range.upperBound == current.range.lowerBound,
            position + 1 < tokens.count, case .number = tokens[position + 1].kind,
            tokens[position + 1].range.lowerBound == current.range.upperBound
        else { return false }
        let start = previous.range.lowerBound
        _ = advance()
        var range = start..<advance().range.upperBound
        guard isThreeDigits(previous) else {
            report(.decimalComma(file.text(range), file: file, range: range))
            return true
        }
        while check(.comma), current.range.lowerBound == range.upperBound, position + 1 < tokens.count,
            tokens[position + 1].range.lowerBound == current.range.upperBound, isThreeDigits(tokens[position + 1]) {
            _ = advance()
            range = start..<advance().range.upperBound
        }
        report(.thousandsSeparator(file.text(range), file: file, range: range))
        return true
    }

    /// A number token written as exactly three digits (`000` in `1,000`): the comma before it
    /// separates thousands rather than decimals.
    private func isThreeDigits(_ token: Token) -> Bool {
        guard case .number = token.kind else { return false }
        let text = file.text(token.range)
        return text.utf8.count == 3 && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// `rule a At least two`: the title read up to the end of the line (or the severity), with one diagnostic.
    mutating func unquotedTitle() -> TextClause {
        let start = current.range.lowerBound
        var end = start
        while !atEnd, position == 0 || !current.startsLine || current.range.lowerBound == start,
            current.kind != .keyword(.recommended), current.kind != .keyword(.required) {
            end = advance().range.upperBound
        }
        let text = file.text(start..<end)
        report(.titleWithoutQuotes(text, file: file, range: start..<end))
        return TextClause(text: text, range: start..<end)
    }

    /// `today 1 March 2021`: one diagnostic with the date as it should be written.
    mutating func dateInWords() -> Expr? {
        guard case .number(let day) = current.kind, position + 2 < tokens.count,
            case .identifier(let month) = tokens[position + 1].kind, !tokens[position + 1].startsLine,
            let monthIndex = Parser.monthNames.firstIndex(of: month.lowercased())
        else { return nil }
        let start = current.range.lowerBound
        _ = advance()
        var end = advance().range.upperBound
        var suggestion: String?
        if case .number(let year) = current.kind, !current.startsLine {
            end = advance().range.upperBound
            if case .integer(let y) = year, case .integer(let d) = day, (1...9999).contains(y), (1...31).contains(d) {
                suggestion = CivilDate(year: Int(y), month: monthIndex + 1, day: Int(d))?.description
            }
        }
        report(.dateInWords(file.text(start..<end), suggestion: suggestion, file: file, range: start..<end))
        return Expr(.invalid, start..<end)
    }

    /// `message the proposal has no title"`: the lexer saw a closing quote with no opening one on
    /// this line; that becomes one diagnostic, with the line as it should be.
    mutating func messageWithoutOpeningQuote() -> Expr? {
        let line = file.location(of: current.range.lowerBound).line
        guard !current.startsLine,
            let index = diagnostics.firstIndex(where: { $0.code == "unopened-text" && $0.range.map { file.location(of: $0.lowerBound).line } == line })
        else { return nil }
        let quote = diagnostics[index].range!.lowerBound
        diagnostics.remove(at: index)
        let range = current.range.lowerBound..<quote + 1
        report(.messageWithoutOpeningQuote("message \"" + file.text(current.range.lowerBound..<quote) + "\"", file: file, range: range))
        while !atEnd, !current.startsLine || current.range.lowerBound < quote { _ = advance() }
        return Expr(.invalid, range)
    }

    static let nullWords: Set<String> = ["null", "nil", "undefined"]

    /// `proposal.title contains "a"` (the word just after a complete operand): one diagnostic
    /// with the expression written with `in`, and the whole comparison skipped.
    mutating func wordOperator(after left: Expr) throws(ParseFailure) -> Expr? {
        guard case .identifier(let word) = current.kind, !current.startsLine,
            ["contains", "includes"].contains(word.lowercased()), position + 1 < tokens.count, !tokens[position + 1].startsLine
        else { return nil }
        let wordRange = advance().range
        let right = try parsePostfix()
        let range = left.range.lowerBound..<right.range.upperBound
        let meant = file.text(right.range) + " in " + file.text(left.range)
        report(.noSuchOperator(file.text(wordRange), meant: meant, file: file, range: wordRange, whole: range))
        return Expr(.invalid, range)
    }

    /// `x = null` or `x != null`: one diagnostic suggesting `x is missing` / `x is not missing`.
    mutating func comparedWithNull(_ left: Expr, _ op: BinaryOperator, _ right: Expr) -> Expr? {
        guard op == .equal || op == .notEqual, case .name(let name) = right.kind, Parser.nullWords.contains(name.lowercased())
        else { return nil }
        let range = left.range.lowerBound..<right.range.upperBound
        let meant = file.text(left.range) + (op == .equal ? " is missing" : " is not missing")
        report(.null(name, meant: meant, file: file, range: right.range, whole: range))
        return Expr(.invalid, range)
    }

    /// `x is null` or `x is not null` (the `is` and `not` just read).
    mutating func isNull(_ left: Expr, negated: Bool) -> Expr? {
        guard case .identifier(let name) = current.kind, !current.startsLine, Parser.nullWords.contains(name.lowercased())
        else { return nil }
        let token = advance()
        let range = left.range.lowerBound..<token.range.upperBound
        let meant = file.text(left.range) + (negated ? " is not missing" : " is missing")
        report(.null(name, meant: meant, file: file, range: token.range, whole: range))
        return Expr(.invalid, range)
    }
}
