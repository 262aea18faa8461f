/// The wording of every diagnostic the front end can give, in this folder: reading and parsing here,
/// checking in `Diagnostic+Checking.swift`. Each has a stable code. Messages say what is wrong in the
/// user's terms; notes say what to do. What the layers above know (a token, a kind, a function)
/// comes in as the facts of `DiagnosticFacts.swift`, and is worded here too.
extension Diagnostic {
    // MARK: Reading the text

    static func notUTF8(file: SourceFile, at offset: Int, byte: UInt8) -> Diagnostic {
        Diagnostic(.error, code: "not-utf8", message: "this file is not UTF-8 text (byte 0x\(hex(byte)) cannot start a character)",
                   file: file, range: offset..<offset + 1,
                   notes: ["rule files must be plain text saved as UTF-8; is this the right file?"])
    }

    static func unexpectedCharacter(file: SourceFile, range: Range<Int>, character: String) -> Diagnostic {
        var notes: [String] = []
        var fixes: [FixIt] = []
        switch character {
        case "“", "”", "„", "‘", "’", "'":
            notes.append("texts are written between straight double quotes: \"…\"")
            fixes.append(.replace(range, with: "\"", title: "use a straight double quote"))
        case "&", "&&":
            notes.append("write `and` instead of `\(character)`")
            fixes.append(.replace(range, with: "and", title: "write `and`"))
        case "|", "||":
            notes.append("write `or` instead of `\(character)`")
            fixes.append(.replace(range, with: "or", title: "write `or`"))
        case "!": notes.append("write `not` instead of `!`; for \"not equal\" write `!=`")
        case "%": notes.append("there is no `%` operator")
        case ";": notes.append("no `;` is needed: a new line or the next keyword ends a clause")
        default:
            if character.unicodeScalars.first.map({ $0.value > 127 }) == true {
                notes.append("names are written with the letters a–z, digits and `_`; other characters belong inside \"…\"")
            }
        }
        let shown = character.unicodeScalars.first.map { $0.properties.isWhitespace || $0.value < 32 } == true
            ? "U+" + String(character.unicodeScalars.first!.value, radix: 16, uppercase: true) : character
        return Diagnostic(.error, code: "unexpected-character", message: "unexpected character `\(shown)`",
                          file: file, range: range, notes: notes, fixes: fixes)
    }

    static func misquotedText(file: SourceFile, range: Range<Int>) -> Diagnostic {
        let straight = "\"\(String(file.text(range).dropFirst().dropLast()))\""
        return Diagnostic(.error, code: "misquoted-text", message: "texts are written between straight double quotes",
                          file: file, range: range, notes: ["write \(straight) instead"],
                          fixes: [.replace(range, with: straight, title: "use straight double quotes")])
    }

    static func unterminatedText(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unterminated-text", message: "this text has no closing `\"`",
                   file: file, range: range.lowerBound..<range.lowerBound + 1,
                   notes: ["a text must end on the line where it starts; to continue a long text, close it and open another \"…\" on the next line"])
    }

    static func unknownEscape(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unknown-escape", message: "unknown escape `\(file.text(range))` in a text",
                   file: file, range: range,
                   notes: ["inside \"…\" a backslash may only come before \", \\, {, }, n (new line) or t (tab)"])
    }

    static func unterminatedInterpolation(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unterminated-interpolation", message: "this `{` has no closing `}` on the same line",
                   file: file, range: range,
                   notes: ["`{…}` inside a text shows the value of an expression; to write a brace itself, use \\{ or \\}"])
    }

    static func invalidDate(file: SourceFile, range: Range<Int>, year: Int, month: Int, day: Int) -> Diagnostic {
        Diagnostic(.error, code: "invalid-date", message: "`\(file.text(range))` is not a date",
                   file: file, range: range, notes: [dateProblem(year: year, month: month, day: day)])
    }

    static func invalidDateTime(file: SourceFile, range: Range<Int>, problem: DateTime.ParseProblem) -> Diagnostic {
        let note = switch problem {
        case .missingZone: "a date-time needs a zone: add `Z` for UTC or an offset such as `+02:00`"
        case .invalidDate: "the date part is not a real date"
        case .invalidTime: "the time must be hh:mm or hh:mm:ss with hours below 24 and minutes below 60"
        case .invalidZone: "the zone offset must be from -18:00 to +18:00, with minutes below 60"
        case .notADateTime: "write a date-time as 2020-11-10T14:30:00Z or 2020-11-10T16:30:00+02:00"
        }
        return Diagnostic(.error, code: "invalid-date-time", message: "`\(file.text(range))` is not a date-time",
                          file: file, range: range, notes: [note])
    }

    static func malformedNumber(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "malformed-number", message: "`\(file.text(range))` is not a number, a date or a duration",
                   file: file, range: range,
                   notes: ["a name cannot start with a digit; a duration is a number, a space and a unit: `12 hours`, `6 weeks`"])
    }

    static func numberTooLarge(file: SourceFile, range: Range<Int>) -> Diagnostic {
        let text = file.text(range)
        let shown = text.count > 20 ? text.prefix(20) + "…" : text
        return Diagnostic(.error, code: "number-too-large", message: "the number `\(shown)` is too large", file: file, range: range,
                          notes: ["numbers in rule files are below 10^308; integers are exact up to 9223372036854775807"])
    }

    static func durationNotWhole(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "duration-not-whole", message: "`\(file.text(range))` is not a whole number of units",
                   file: file, range: range, notes: ["write a smaller unit instead: `36 hours`, not `1.5 days`"])
    }

    static func durationTooLong(file: SourceFile, range: Range<Int>) -> Diagnostic {
        let text = file.text(range)
        let shown = text.count > 40 ? text.prefix(40) + "…" : text
        return Diagnostic(.error, code: "duration-too-long", message: "`\(shown)` is too long a duration", file: file, range: range,
                          notes: ["durations go up to about 292 million years; write a smaller number"])
    }

    static func doubleEqual(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "double-equal", message: "`==` is written `=` in rule files", file: file, range: range,
                   fixes: [.replace(range, with: "=", title: "write `=`")])
    }

    // MARK: Helpers

    static func dateProblem(year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "there is no month \(month); months go from 01 to 12" }
        guard (1...9999).contains(year) else { return "years go from 0001 to 9999" }
        let days = CivilDate.daysIn(month: month, year: year)
        return "\(monthNames[month - 1]) \(year) has \(days) days"
    }

    /// A kind alone with its article ("a list", not "a list of text"), as messages name it.
    static func article(_ kind: some KindFacts) -> String {
        switch kind.family {
        case .unknown: "a value"
        case .yesNo: "a yes/no"
        case .text: "a text"
        case .number: "a number"
        case .date: "a date"
        case .dateTime: "a date-time"
        case .duration: "a duration"
        case .list: "a list"
        case .record: "a record"
        }
    }

    /// A kind as the language writes it, with its article ("a list of text"); any value for unknown.
    static func spelledWithArticle(_ kind: some KindFacts) -> String {
        guard kind.family != .unknown else { return "any value" }
        let spelled = kind.description
        return (spelled.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + spelled
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}

// MARK: Parsing

extension Found {
    /// How what the parser found is named in "expected …, found …" messages.
    var described: String {
        switch self {
        case .name(let name): "the name `\(name)`"
        case .reservedWord(let word, _): "`\(word)`"
        case .number(let number): "the number \(number)"
        case .text: "a text"
        case .date(let date): "the date \(date)"
        case .dateTime(let dateTime): "the date-time \(dateTime)"
        case .duration(let duration): "the duration \(duration)"
        case .symbol(let symbol): "`\(symbol)`"
        case .invalid: "an invalid token"
        case .endOfFile: "the end of the file"
        }
    }
}

extension Diagnostic {
    static func expected(_ what: String, found token: some TokenFacts, file: SourceFile) -> Diagnostic {
        var diagnostic = Diagnostic(.error, code: "expected", message: "expected \(what), found \(token.found.described)",
                                    file: file, range: token.range)
        diagnostic.endsTooSoon = token.found == .endOfFile
        return diagnostic
    }

    static func expectedDeclaration<Facts: TokenFacts>(found token: Facts, file: SourceFile) -> Diagnostic {
        var notes = ["a rule file is a list of declarations, each starting on a new line with one of: "
            + Facts.declarationWords.sorted().joined(separator: ", ")]
        var fixes: [FixIt] = []
        if case .name(let word) = token.found, let suggestion = Suggestions.closest(to: word, among: Facts.declarationWords) {
            notes.insert("did you mean `\(suggestion)`?", at: 0)
            fixes = FixIt.didYouMean(suggestion, at: token.range)
        } else if case .reservedWord(let word, startsDeclaration: true) = token.found {
            notes.insert("`\(word)` starts a declaration only at the beginning of a line", at: 0)
        }
        var diagnostic = Diagnostic(.error, code: "expected-declaration", message: "expected a declaration, found \(token.found.described)",
                                    file: file, range: token.range, notes: notes, fixes: fixes)
        diagnostic.endsTooSoon = token.found == .endOfFile
        return diagnostic
    }

    static func expectedClause(_ clauses: [String], in what: String, found token: some TokenFacts, file: SourceFile,
                               otherWords: [String] = []) -> Diagnostic {
        var notes = ["the lines of \(what) start with " + clauses.map { "`\($0)`" }.joined(separator: ", ")]
        var fixes: [FixIt] = []
        if case .name(let word) = token.found, let suggestion = Suggestions.closest(to: word, among: clauses + otherWords) {
            notes.insert("did you mean `\(suggestion)`?", at: 0)
            fixes = FixIt.didYouMean(suggestion, at: token.range)
        }
        var diagnostic = Diagnostic(.error, code: "expected-clause", message: "expected a clause of \(what), found \(token.found.described)",
                                    file: file, range: token.range, notes: notes, fixes: fixes)
        diagnostic.endsTooSoon = token.found == .endOfFile
        return diagnostic
    }

    static func keywordAsName(_ word: String, what: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "keyword-as-name", message: "expected \(what), found the reserved word `\(word)`",
                   file: file, range: range, notes: ["`\(word)` has a meaning of its own in rule files; choose another name"])
    }

    static func duplicateClause(_ clause: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "duplicate-clause", message: "`\(clause)` is given twice", file: file, range: range,
                   notes: ["keep one `\(clause)` line"])
    }

    static func severityPlacement(range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "severity-placement", message: "the severity belongs on the `rule` line, after the title",
                   file: file, range: range, notes: ["write `rule name \"Title\" \(file.text(range))`"])
    }

    static func ruleWithoutRequire(_ name: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "rule-without-require", message: "rule `\(name)` has no `require` condition",
                   file: file, range: range, notes: ["add a line `require …` saying when the rule is met"])
    }

    static func titleReadsData(_ field: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "title-reads-data", message: "a title can show only parameters and definitions that need no data, but this one reads `\(field)`",
                   file: file, range: range, notes: ["a title is the same for every subject; show `\(field)` in the rule's `message` instead"])
    }

    static func interpolationNotAllowed(what: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "interpolation-not-allowed", message: "\(what) cannot show values with `{…}`",
                   file: file, range: range, notes: ["write the braces as \\{ and \\} if you mean them literally"])
    }

    static func emptyInterpolation(range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "empty-interpolation", message: "`{}` in a text must hold an expression", file: file, range: range,
                   notes: ["write `{count(proposal.facilitators)}` to show a value, or \\{\\} for braces"])
    }

    static func tooDeep(limit: Int, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "too-deep", message: "this expression is nested more than \(limit) levels deep",
                   file: file, range: range, notes: ["split it into smaller parts with `define`"])
    }

    static func longChain(terms: Int, operators: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "long-chain", message: "this expression joins more than \(terms) terms with \(operators)",
                   file: file, range: range,
                   notes: ["split it into definitions: `define` a part of it under a name, and write the name in its place"])
    }

    static func chainedComparison(range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "chained-comparison", message: "comparisons cannot be chained", file: file, range: range,
                   notes: ["write `a <= b and b <= c`, or `b is between a and c`", "or is a `)` missing before it?"])
    }
}
