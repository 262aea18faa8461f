@testable import IGFRules
import Testing

/// The JSON and text writers keep each rule's escaped parts and find them by the result's
/// position: subjects whose results come in another order, or fewer, are still written right.
@Suite struct ReportFragmentTests {
    /// The results of rules `a` (fails) and `b` (passes) for one proposal.
    func subject() throws -> SubjectResult {
        let (loaded, diagnostics) = Support.program("ruleset r for proposal\nrule a \"A\"\n  require proposal.title is not empty\nrule b \"B\"\n  require proposal.id is not empty\n")
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: program)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "proposal", text: #"{"id": "p", "title": " "}"#)) else {
            throw Support.Failure("bad JSON")
        }
        bindings.bind("proposal", to: value)
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: "2021-03-01")))
        return try #require(runner.check(data: bindings.values).first)
    }

    @Test func aPlainPassIsItsRulesWholeObject() throws {
        let pass = try #require(try subject().results.last)
        #expect(JSONReport.json(pass) == #"{"rule":"r.b","title":"B","severity":"required","status":"pass","pending":null,"message":null,"#
            + #""hint":null,"cite":null,"explanation":null,"explanations":[]}"#)
    }

    @Test func subjectsInAnotherOrderAreWrittenAsByAFreshWriter() throws {
        let first = try subject()
        let swapped = SubjectResult(subject: first.subject, id: first.id, results: first.results.reversed())
        let fewer = SubjectResult(subject: first.subject, id: first.id, results: [first.results[1]])
        var json = JSONReport()
        var text = TextReport(colour: false, explain: false, quiet: false, ruleIdWidth: 0)
        _ = json.subject(first)
        _ = text.subject(first)
        for later in [swapped, fewer, first] {
            var (freshJSON, freshText) = (JSONReport(), TextReport(colour: false, explain: false, quiet: false, ruleIdWidth: 0))
            #expect(json.subject(later).dropFirst(2) == freshJSON.subject(later).dropFirst())
            #expect(text.subject(later) == freshText.subject(later))
        }
    }
}
