@testable import IGFRules
import Testing

@Suite struct LinterTests {
    func lint(_ text: String) -> [Diagnostic] {
        let (program, diagnostics) = Support.program(text)
        guard let program else { return diagnostics }
        return Linter(program: program).run()
    }

    @Test func findsUnusedParametersAndDefinitions() {
        let found = lint("ruleset t for proposal\nparam unused = 3\nparam used = 2\ndefine spare = 1\nrule a \"A\"\n  cite \"x\"\n  require count(proposal.facilitators) >= used\n")
        #expect(found.map(\.message).contains("parameter `unused` is not used by any rule"))
        #expect(found.map(\.message).contains("`spare` is defined but not used by any rule"))
        #expect(!found.map(\.message).contains("parameter `used` is not used by any rule"))
    }

    @Test func findsARuleWithNoCitation() {
        let found = lint("ruleset t for proposal\nrule a \"A\"\n  require proposal.title is not empty\n")
        #expect(found.map(\.code) == ["no-cite"])
        #expect(DiagnosticRenderer().render(found) == """
            test.rules:2:6: warning: rule `t.a` cites no clause
             2 | rule a "A"
               |      ^
               = add a line `cite CLAUSE-ID "the words it rests on"` with an id from rules/clauses.rules

            """)
    }

    @Test func findsARuleThatCanNeverFail() {
        let found = lint("ruleset t for proposal\nparam n = 2\nrule a \"A\" recommended\n  cite \"x\"\n  require n >= 1\nrule b \"B\" recommended\n  cite \"x\"\n  require proposal.title is empty or proposal.title is not empty\nrule c \"C\"\n  cite \"x\"\n  require proposal.title is empty\n")
        #expect(found.filter { $0.code == "never-fails" }.map(\.message) == [
            "rule `t.a` can never fail: its conditions do not depend on the data",
            "rule `t.b` can never fail: its conditions do not depend on the data",
        ])
    }

    @Test func findsRepeatedTitles() {
        let found = lint("ruleset t for proposal\nrule a \"Same\"\n  cite \"x\"\n  require proposal.title is empty\nrule b \"Same\"\n  cite \"x\"\n  require proposal.kind is empty\n")
        #expect(found.map(\.message).contains("rules `t.a` and `t.b` have the same title"))
    }

    @Test func findsTestsThatExpectRulesThatDoNotExist() {
        let found = lint("ruleset t for proposal\nrule a \"A\"\n  cite \"x\"\n  require proposal.title is empty\ntest \"x\"\n  today 2021-01-01\n  expect t.b pass\n  expect t.a passes\n")
        #expect(found.filter { $0.severity == .error }.map(\.message) == ["no rule has the id `t.b`", "`passes` is not an outcome"])
    }

    @Test func findsAMisspeltFieldInATestsChanges() {
        let found = lint("ruleset t for proposal\nrule a \"A\"\n  cite \"x\"\n  require proposal.title is empty\ntest \"x\"\n  today 2021-01-01\n  set proposal.submited = 2021-01-01\n  unset proposal.background.txt\n  expect t.a pass\n")
        #expect(found.filter { $0.severity == .error }.map(\.message) == [
            "unknown field `submited` on proposal; did you mean `submitted`?",
            "unknown field `txt` on proposal.background; did you mean `text`?",
        ])
    }

    @Test func theRuleLibraryIsClean() {
        let (program, diagnostics) = RuleLoader.load([Support.fixtures + "/rules"])
        let all = diagnostics + (program.map { Linter(program: $0).run() } ?? [])
        #expect(all.isEmpty, "\(DiagnosticRenderer().render(all))")
    }
}
