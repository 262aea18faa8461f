@testable import IGFRules
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) -> [Token.Kind] {
        var lexer = Lexer(file: SourceFile(path: "t.rules", text: text))
        return lexer.tokenize().map(\.kind).dropLast()
    }

    func diagnostics(_ text: String) -> String {
        let file = SourceFile(path: "t.rules", text: text)
        var lexer = Lexer(file: file)
        _ = lexer.tokenize()
        return DiagnosticRenderer().render(lexer.diagnostics)
    }

    @Test func readsKeywordsNamesAndSymbols() {
        #expect(kinds("rule x_1 = ( ) [ ] { } , : . != <= >= < > + - * / ++") == [
            .keyword(.rule), .identifier("x_1"), .symbol(.equal), .symbol(.leftParen), .symbol(.rightParen),
            .symbol(.leftBracket), .symbol(.rightBracket), .symbol(.leftBrace), .symbol(.rightBrace), .symbol(.comma),
            .symbol(.colon), .symbol(.dot), .symbol(.notEqual), .symbol(.lessOrEqual), .symbol(.greaterOrEqual),
            .symbol(.less), .symbol(.greater), .symbol(.plus), .symbol(.minus), .symbol(.star), .symbol(.slash), .symbol(.concat),
        ])
    }

    @Test func readsUnicodeComparisonSigns() {
        #expect(kinds("a ≤ b ≥ c ≠ d") == [.identifier("a"), .symbol(.lessOrEqual), .identifier("b"), .symbol(.greaterOrEqual),
                                           .identifier("c"), .symbol(.notEqual), .identifier("d")])
    }

    @Test func readsNumbersDatesDateTimesAndDurations() {
        #expect(kinds("42 3.5 2021-02-23 2020-11-10T14:30:00Z 2020-11-10T16:30+02:00 12 hours 6 weeks 3 months 1 day") == [
            .number(.integer(42)), .number(.real(3.5)), .date(CivilDate(year: 2021, month: 2, day: 23)!),
            .dateTime(DateTime(millisecondsSinceEpoch: 1_605_018_600_000)),
            .dateTime(DateTime(millisecondsSinceEpoch: 1_605_018_600_000, offsetMinutes: 120)),
            .duration(.hours(12)), .duration(.days(42)), .duration(Duration(months: 3)), .duration(.days(1)),
        ])
    }

    @Test func aUnitOnTheNextLineIsNotPartOfADuration() {
        #expect(kinds("2\ndays") == [.number(.integer(2)), .identifier("days")])
    }

    @Test func readsTextsWithEscapesAndInterpolations() {
        guard case .text(let literal) = kinds(#""a \"b\" {count(x)} \{c\}""#).first else {
            Issue.record("not a text")
            return
        }
        #expect(literal.parts.count == 3)
        #expect(literal.parts[0] == .literal("a \"b\" "))
        #expect(literal.parts[2] == .literal(" {c}"))
    }

    @Test func skipsCommentsAndRecordsThem() {
        let file = SourceFile(path: "t", text: "# one\nrule # two\n")
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        #expect(tokens.map(\.kind) == [.keyword(.rule), .endOfFile])
        #expect(lexer.comments.map { file.text($0) } == ["# one", "# two"])
        #expect(tokens[0].startsLine)
    }

    @Test func acceptsAByteOrderMarkAndCRLFLineEnds() {
        #expect(kinds("\u{FEFF}rule a\r\nrule b\r\n") == [.keyword(.rule), .identifier("a"), .keyword(.rule), .identifier("b")])
    }

    @Test func reportsAnInvalidDate() {
        #expect(diagnostics("require x < 2021-02-30") == """
            t.rules:1:13: error: `2021-02-30` is not a date
             1 | require x < 2021-02-30
               |             ^~~~~~~~~~
               = February 2021 has 28 days

            """)
    }

    @Test func reportsAMonthThatDoesNotExist() {
        #expect(diagnostics("2021-13-01").contains("there is no month 13; months go from 01 to 12"))
    }

    @Test func reportsADateTimeWithoutAZone() {
        #expect(diagnostics("x = 2020-11-10T14:30:00") == """
            t.rules:1:5: error: `2020-11-10T14:30:00` is not a date-time
             1 | x = 2020-11-10T14:30:00
               |     ^~~~~~~~~~~~~~~~~~~
               = a date-time needs a zone: add `Z` for UTC or an offset such as `+02:00`

            """)
    }

    @Test func reportsAnUnterminatedText() {
        #expect(diagnostics("message \"no end\nrule x") == """
            t.rules:1:9: error: this text has no closing `"`
             1 | message "no end
               |         ^
               = a text must end on the line where it starts; to continue a long text, close it and open another "…" on the next line

            """)
    }

    @Test func reportsAStrayCharacterWithAHint() {
        #expect(diagnostics("a && b") == """
            t.rules:1:3: error: unexpected character `&&`
             1 | a && b
               |   ^~
               = write `and` instead of `&&`

            """)
    }

    @Test func reportsCurlyQuotesAroundATextWithAHint() {
        #expect(diagnostics("cite “x”").contains("texts are written between straight double quotes"))
    }

    @Test func reportsDoubleEquals() {
        #expect(diagnostics("a == b") == """
            t.rules:1:3: error: `==` is written `=` in rule files
             1 | a == b
               |   ^~

            """)
    }

    @Test func reportsAnUnknownEscape() {
        #expect(diagnostics(#""a \q""#).contains("unknown escape `\\q` in a text"))
    }

    @Test func reportsAnUnclosedInterpolation() {
        #expect(diagnostics(#""a {b""#).contains("this `{` has no closing `}` on the same line"))
    }

    @Test func reportsAFractionalDuration() {
        #expect(diagnostics("1.5 days").contains("`1.5 days` is not a whole number of units"))
    }

    @Test func reportsADurationTooLongAsSuchNotAsAFraction() {
        let found = diagnostics("1000000000000 weeks")
        #expect(found.contains("`1000000000000 weeks` is too long a duration"))
        #expect(!found.contains("whole number"))
    }

    @Test func reportsAWordStartingWithADigit() {
        #expect(diagnostics("12abc").contains("`12abc` is not a number, a date or a duration"))
    }

    @Test func reportsInvalidUTF8OnceAndStops() {
        let file = SourceFile(path: "bin.rules", bytes: [0x72, 0x75, 0xFF, 0xFE, 0x00])
        var lexer = Lexer(file: file)
        #expect(lexer.tokenize().map(\.kind) == [.endOfFile])
        #expect(lexer.diagnostics.map(\.message) == ["this file is not UTF-8 text (byte 0xFF cannot start a character)"])
        #expect(lexer.diagnostics[0].location == SourceLocation(line: 1, column: 3))
    }

    @Test func neverCrashesOnArbitraryBytes() {
        var generator = SeededRandom(seed: 20_201_110)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                UInt8.random(in: 0...127, using: &generator)
            }
            var lexer = Lexer(file: SourceFile(path: "r", bytes: bytes))
            #expect(lexer.tokenize().last?.kind == .endOfFile)
        }
    }
}
