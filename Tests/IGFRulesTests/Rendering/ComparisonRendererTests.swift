@testable import IGFRules
import Testing

/// `ComparisonTally` and `ComparisonRenderer`: the changed outcomes of two evaluations, counted
/// and written as text, JSON and Markdown.
@Suite struct ComparisonRendererTests {
    static let rules = """
        data proposal {
          id: text
          size: number
        }

        param minimum = 2

        ruleset t for proposal

        rule sized "big enough"
          require proposal.size >= minimum
        """

    func results(minimum: Int, size: Int) throws -> [SubjectResult] {
        let (workspace, diagnostics) = Workspace.parse(texts: [("t.rules", Self.rules)])
        #expect(diagnostics.isEmpty)
        let edited = workspace.declaring(Parser.parse(SourceFile(path: "typed", text: "param minimum = \(minimum)")).0,
                                         keys: [.parameter("minimum")])
        let program = try #require(edited.check().0)
        var bindings = DataBindings(program: program)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: #"{"id": "p1", "size": \#(size)}"#)) else {
            throw Support.Failure("bad JSON")
        }
        bindings.bind("proposal", to: value)
        return RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!).check(data: bindings.values)
    }

    @Test func aFailThatBecomesAPassIsCountedAndNamesBothReasons() throws {
        var tally = ComparisonTally()
        let changes = tally.add(before: try results(minimum: 5, size: 3), after: try results(minimum: 1, size: 3))
        #expect(changes.count == 1)
        #expect(tally.becameEligible == 1 && tally.becameIneligible == 0)
        let text = ComparisonRenderer.text(changes)
        #expect(text.hasPrefix("proposal p1\n  t.sized: fail → pass\n      before: "))
        #expect(text.hasSuffix("      after:  met\n"))
        #expect(ComparisonRenderer.summary(tally) == "1 outcome changes in 1 of 1 subject.\n")
        #expect(ComparisonRenderer.eligibilityLine(tally)
                == "1 subject changes eligibility: 0 no longer meet every required rule, 1 now meets them all.\n")
    }

    @Test func noChangeSaysSoInEveryFormat() throws {
        var tally = ComparisonTally()
        #expect(tally.add(before: try results(minimum: 1, size: 3), after: try results(minimum: 2, size: 3)).isEmpty)
        #expect(ComparisonRenderer.closing(tally, format: "text", eligibility: false, anyWritten: false)
                == "No outcome changes in 1 subject.\n")
        #expect(ComparisonRenderer.closing(tally, format: "markdown", eligibility: true, anyWritten: false)
                == "**No outcome changes in 1 subject.**\n\nNo subject changes eligibility (meeting every required rule or not).\n")
        #expect(ComparisonRenderer.closing(tally, format: "json", eligibility: false, anyWritten: false)
                == #"],"summary":{"subjects":1,"changed_subjects":0,"changed_outcomes":0}}"# + "\n")
    }

    @Test func aChangeIsOneJSONObjectAndOneMarkdownRow() throws {
        var tally = ComparisonTally()
        let change = try #require(tally.add(before: try results(minimum: 1, size: 3), after: try results(minimum: 5, size: 3)).first)
        #expect(ComparisonRenderer.json(change).hasPrefix(#"{"name":"proposal","id":"p1","rule":"t.sized","before":"pass","after":"fail","before_reason":"met","#))
        #expect(ComparisonRenderer.markdown(change).hasPrefix("| proposal `p1` | `t.sized` | pass | fail | met | "))
    }
}
