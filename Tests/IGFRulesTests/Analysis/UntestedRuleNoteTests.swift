@testable import IGFRules
import Testing

/// lint's untested-rule warning asks only for the test that is missing.
@Suite struct UntestedRuleNoteTests {
    static let rules = "ruleset t for proposal\nrule a \"A\"\n  cite \"x\"\n  require proposal.title is not empty\n"
        + "rule w \"W\" recommended\n  cite \"x\"\n  require proposal.title is not empty\n"

    func untested(_ tests: String) throws -> [(message: String, notes: [String])] {
        let (loaded, diagnostics) = Support.program(Self.rules + tests)
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        return Linter(program: program).run().filter { $0.code == "untested-rule" }.map { ($0.message, $0.notes) }
    }

    static func test(_ name: String, title: String, expect: String) -> String {
        "test \"\(name)\"\n  given proposal = {title: \"\(title)\"}\n  today 2021-03-01\n  expect \(expect)\n"
    }

    @Test func aRuleWithOnlyAPassingTestIsAskedForTheFailingOne() throws {
        let found = try untested(Self.test("p", title: "x", expect: "t.a pass") + Self.test("wp", title: "x", expect: "t.w pass")
            + Self.test("wn", title: "", expect: "t.w warn"))
        #expect(found.map(\.message) == ["no test shows where rule `t.a` does not pass"])
        #expect(found.map(\.notes) == [["add a `test` to a .tests.rules file with `expect t.a fail`, so that a later change to the rule shows up"]])
    }

    @Test func aRecommendedRuleWithOnlyAFailingTestIsAskedForThePassingOne() throws {
        let found = try untested(Self.test("p", title: "x", expect: "t.a pass") + Self.test("f", title: "", expect: "t.a fail")
            + Self.test("wn", title: "", expect: "t.w warn"))
        #expect(found.map(\.message) == ["no test shows where rule `t.w` passes"])
        #expect(found.map(\.notes) == [["add a `test` to a .tests.rules file with `expect t.w pass`, so that a later change to the rule shows up"]])
    }

    @Test func aRuleWithNoTestIsAskedForBoth() throws {
        let found = try untested(Self.test("p", title: "x", expect: "t.a pass") + Self.test("f", title: "", expect: "t.a fail"))
        #expect(found.map(\.notes) == [["add a `test` to a .tests.rules file with `expect t.w pass` and one with `expect t.w warn`, so that a later change to the rule shows up"]])
    }
}
