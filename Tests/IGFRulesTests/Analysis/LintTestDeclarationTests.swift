@testable import IGFRules
import Testing

/// `lint` and `test` judge a test's lines with the same checks and the same words.
@Suite struct LintTestDeclarationTests {
    func lint(_ text: String) -> [Diagnostic] {
        let (program, diagnostics) = Support.program(text)
        guard let program else { return diagnostics }
        return Linter(program: program).run()
    }

    static let rules = "ruleset t for proposal\nrule a \"A\"\n  cite \"x\"\n  require proposal.title is not empty\n"

    @Test func anUnsetThatIsNotAPathIsCalledAnUnset() {
        let found = lint(Self.rules + "test \"t\"\n  today 2021-03-01\n  unset 3\n  expect t.a pass\n")
        #expect(found.map(\.message).contains("`unset` needs a path such as proposal.submitted or proposal.facilitators[1].name"))
        #expect(!found.map(\.message).contains { $0.hasPrefix("`set`") })
    }

    @Test func aSetThatIsNotAPathIsCalledASet() {
        let found = lint(Self.rules + "test \"t\"\n  today 2021-03-01\n  set 3 = 4\n  expect t.a pass\n")
        #expect(found.map(\.message).contains("`set` needs a path such as proposal.submitted or proposal.facilitators[1].name"))
    }

    @Test func aMisspeltRuleIdInExpectGetsTheSameWordsInLintAndTest() throws {
        let text = Self.rules + "test \"t\"\n  given proposal = {title: \"x\"}\n  today 2021-03-01\n  expect t.b pass\n"
        let found = lint(text)
        let lintMessage = try #require(found.first { $0.code == "unknown-rule" })
        #expect(lintMessage.message == "no rule has the id `t.b`")
        #expect(lintMessage.notes == ["did you mean `t.a`?"])
        let (program, _) = Support.program(text)
        let report = TestRunner(program: try #require(program)).run()
        #expect(report.outcomes.map(\.problem) == ["no rule has the id `t.b`; did you mean `t.a`?"])
    }
}
