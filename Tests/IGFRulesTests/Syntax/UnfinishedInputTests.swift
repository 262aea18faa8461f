@testable import IGFRules
import Testing

/// An input that stops in the middle is a typed fact of its diagnostics (`endsTooSoon`), set where
/// the catalogue words "found the end of the file", so that no caller needs to search the text.
@Suite struct UnfinishedInputTests {
    static let inputs = [
        "define x = 1 +", "define x = 1 +\n", "(1 + 2", "1 + )", "rule", "param", "ruleset r \"R\" for proposal\n  sourc",
        "rule a \"A\"\n  require x\n  message \"n: {1 +}\"", "rule a \"A\"", "set a.b =", "define x = ", "x is", "1 2",
        "ruleset r \"R\" for proposal\n  source", "rul a \"A\"", "all p in proposal.facilitators:",
    ]

    static func diagnostics(_ text: String) -> [Diagnostic] {
        let file = SourceFile(path: "input", text: text)
        if text.hasPrefix("set") { return Parser.parseStatement(file).1 }
        if let first = text.split(separator: " ").first, ["define", "param", "rule", "ruleset", "rul"].contains(String(first)) {
            return Parser.parse(file).1
        }
        return Parser.parseExpression(file).1
    }

    @Test(arguments: inputs) func theFactAgreesWithTheWordsOfTheMessage(_ input: String) {
        for diagnostic in Self.diagnostics(input) {
            #expect(diagnostic.endsTooSoon == diagnostic.message.hasSuffix("found the end of the file"), "\(diagnostic.message)")
        }
    }

    static func endsTooSoon(_ text: String) -> Bool {
        diagnostics(text).contains { $0.endsTooSoon }
    }

    @Test func anExpressionCutShortEndsTooSoonAndAStrayTokenDoesNot() {
        #expect(Self.endsTooSoon("define x = 1 +"))
        #expect(Self.endsTooSoon("(1 + 2"))
        #expect(!Self.endsTooSoon("1 + )"))
        #expect(!Self.endsTooSoon("rule a \"A\"\n  require x\n  message \"n: {1 +}\""))
    }
}
