@testable import IGFRules
import Testing

/// What the runner finds once for all records: each rule's shown (titled) form, shared by every
/// result; whether a rule can meet a dated obligation; the rulesets of each subject, in order.
@Suite struct RuleRunnerPlanTests {
    func program(_ rules: String) throws -> Program {
        let (program, diagnostics) = Support.program(rules, schema: false)
        return try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
    }

    func data(_ program: Program, _ json: [String: String]) throws -> [Value] {
        var bindings = DataBindings(program: program)
        for (name, text) in json {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: text)) else { throw Support.Failure("bad JSON") }
            bindings.bind(name, to: value)
        }
        return bindings.values
    }

    static let dated = """
        data proposal {
          id: text
          title: text
          submitted: date
          facilitators: list of { name: text, mag_member: yes/no }
          milestones: list of { name: text, done: date }
        }
        ruleset t for proposal
        define late = proposal.submitted by 2021-02-01
        rule plain "Plain"
          require proposal.title is not empty and any f in proposal.facilitators: f.mag_member
        rule done-by "Done by"
          require proposal.submitted by 2021-02-23
        rule deadline "Deadline"
          require proposal.title is not empty or proposal.submitted < 2021-02-01
        rule window "Window"
          require all m in proposal.milestones: m.done is between 2021-01-01 and 2021-03-01
        rule waits "Waits"
          require pending until 2021-04-01
        rule through-definition "Through a definition"
          require late

        """

    @Test func aRuleNotesObligationsOnlyWhenItsConditionsHoldADatedOne() throws {
        let rules = try program(Self.dated).rules
        #expect(rules.map(\.notesObligations) == [false, true, true, true, true, false])
    }

    @Test func onlyRulesThatNoteObligationsRecordThem() throws {
        let program = try program(Self.dated)
        let json = #"{"id": "p", "title": "T", "submitted": "2021-02-10", "milestones": [{"done": "2021-02-02"}]}"#
        let runner = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!)
        let results = try #require(runner.check(data: try data(program, ["proposal": json])).first?.results)
        #expect(results.map(\.rule.id) == ["t.plain", "t.done-by", "t.deadline", "t.window", "t.waits", "t.through-definition"])
        #expect(results.map(\.obligations.count) == [0, 1, 1, 1, 1, 0])
        #expect(results[3].obligations.first?.element == "proposal.milestones[1]")
    }

    @Test func resultsShareOneRuleTitledWithTheRunsParameters() throws {
        let program = try program("""
            ruleset t for proposal
            param least = 2
            rule many "At least {least} facilitators"
              require count(proposal.facilitators) >= least

            """)
        let runner = RuleRunner(program: program, parameters: [.number(.integer(3))], today: CivilDate(parsing: "2021-03-01")!)
        let first = try #require(runner.check(data: data(program, ["proposal": #"{"id": "a"}"#])).first?.results.first)
        let second = try #require(runner.check(data: data(program, ["proposal": #"{"id": "b"}"#])).first?.results.first)
        #expect(first.rule.title == "At least 3 facilitators")
        #expect(first.rule === second.rule)
        #expect(program.rules[0].title == "At least 2 facilitators")
    }

    @Test func aSubjectsResultsFollowItsRulesetsInLoadOrder() throws {
        let program = try program("""
            ruleset a for proposal
            rule one "One"
              require proposal.open
            rule two "Two"
              require proposal.open
            ruleset r for report
            rule other "Other"
              require report.open
            ruleset b for proposal
              when proposal.kind = "bpf"
            rule three "Three"
              require proposal.open

            """)
        let runner = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!)
        #expect(runner.subjectNames == ["proposal", "report"])
        let json = ["proposal": #"{"id": "p", "open": true, "kind": "pn"}"#, "report": #"{"id": "r", "open": false}"#]
        let subjects = runner.check(data: try data(program, json))
        #expect(subjects.map(\.subject) == ["proposal", "report"])
        #expect(subjects[0].results.map(\.rule.id) == ["a.one", "a.two", "b.three"])
        #expect(subjects[0].results.map(\.status) == [.pass, .pass, .skip])
        #expect(subjects[1].results.map(\.status) == [.fail])
        #expect(runner.check(data: try data(program, json), only: ["report"]).map(\.subject) == ["report"])
    }
}
