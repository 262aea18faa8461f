@testable import IGFRules
import Testing

/// The catalogue words the facts the layers above give it: what the parser found (from a token),
/// a kind (from a `DataType`) and a built-in function (from a `Builtin`).
@Suite struct DiagnosticFactsTests {
    func found(_ text: String) -> [String] {
        var lexer = Lexer(file: SourceFile(path: "t", text: text))
        return lexer.tokenize().map(\.found.described)
    }

    @Test func tokensAreNamedAsTheParserFoundThem() {
        #expect(found("name rule where 12 \"t\" 2021-02-23 2021-02-23T10:00:00Z 3 days <= ") == [
            "the name `name`", "`rule`", "`where`", "the number 12", "a text", "the date 2021-02-23",
            "the date-time 2021-02-23T10:00:00Z", "the duration 3 days", "`<=`", "the end of the file",
        ])
        #expect(found("2021-02-30").first == "an invalid token")
    }

    @Test func aReservedWordKnowsWhetherItStartsADeclaration() {
        var lexer = Lexer(file: SourceFile(path: "t", text: "ruleset where"))
        #expect(lexer.tokenize().map(\.found).prefix(2) == [.reservedWord("ruleset", startsDeclaration: true),
                                                             .reservedWord("where", startsDeclaration: false)])
        #expect(Token.declarationWords.sorted() == Keyword.declarationStarts.map(\.rawValue).sorted())
    }

    @Test func kindsAreNamedWithTheirArticle() {
        let kinds: [DataType] = [.unknown, .bool, .text, .number, .date, .dateTime, .duration, .list(.text), .list(.unknown)]
        #expect(kinds.map { Diagnostic.article($0) } == ["a value", "a yes/no", "a text", "a number", "a date", "a date-time",
                                                           "a duration", "a list", "a list"])
        #expect(kinds.map { Diagnostic.spelledWithArticle($0) } == ["any value", "a yes/no", "a text", "a number", "a date",
                                                                      "a date-time", "a duration", "a list of text", "a list"])
        #expect(DataType.dateTime.kindWithArticle == "a date-time")
        #expect(DataType.list(.number).withArticle == "a list of number")
    }

    @Test func aBuiltinGivesItsNameArityAndSignature() {
        let diagnostic = Diagnostic.wrongArgumentCount(Builtin.round, given: 3, range: 0..<1, file: SourceFile(path: "t", text: "x"))
        #expect(diagnostic.message == "`round` takes 1 or 2 arguments, but 3 are given")
        #expect(Builtin.count.name == "count")
    }
}
