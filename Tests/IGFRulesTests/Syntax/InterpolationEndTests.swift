@testable import IGFRules
import Testing

/// The tokens of a `{…}` inside a text end with `.endOfInterpolation`, which messages call `}`:
/// the parser words what it found there from that fact, not by editing "the end of the file".
@Suite struct InterpolationEndTests {
    func messages(_ text: String) -> [String] {
        Parser.parse(SourceFile(path: "t.rules", text: text)).1.map(\.message)
    }

    @Test func theTokensOfAnInterpolationEndAtItsBraceAndAFileAtItsEnd() {
        let file = SourceFile(path: "t.rules", text: "message \"n: {a +}\"")
        let inner = file.bytes.firstIndex(of: UInt8(ascii: "{"))! + 1
        var lexer = Lexer(file: file, range: inner..<inner + 3)
        #expect(lexer.tokenize().map(\.kind) == [.identifier("a"), .symbol(.plus), .endOfInterpolation])
        var whole = Lexer(file: file)
        #expect(whole.tokenize().last?.kind == .endOfFile)
    }

    @Test func anExpressionCutShortByTheBraceSaysItFoundTheBrace() {
        let found = messages("rule a \"A\"\n  require x\n  message \"n: {1 +}\"\n")
        #expect(found == ["expected a value or an expression, found `}`"])
    }

    @Test func somethingAfterTheValueSaysWhatItIs() {
        let found = messages("rule a \"A\"\n  require x\n  message \"n: {a 1}\"\n")
        #expect(found == ["expected `}` to end the value shown in the text, found the number 1"])
    }

    @Test func theEndOfTheFileIsStillTheEndOfTheFile() {
        #expect(messages("rule a \"A\"\n  require 1 +").contains("expected a value or an expression, found the end of the file"))
    }
}
