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

    /// `2,5` where a number belongs: one diagnostic, and the `,5` is skipped.
    mutating func skipDecimalComma() -> Bool {
        guard check(.comma), case .number = previous.kind, previous.range.upperBound == current.range.lowerBound,
            position + 1 < tokens.count, case .number = tokens[position + 1].kind,
            tokens[position + 1].range.lowerBound == current.range.upperBound
        else { return false }
        let start = previous.range.lowerBound
        _ = advance()
        let range = start..<advance().range.upperBound
        report(.decimalComma(file.text(range), file: file, range: range))
        return true
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
            case .identifier(let month) = tokens[position + 1].kind,
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
}
