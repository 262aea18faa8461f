@testable import IGFRules
import Testing

/// Which conditions explain a rule of several: for a fail, the first that came out no; for a
/// result undecided by missing data, each undecided one; for a pending one, each pending one.
/// Conditions that came out otherwise are not kept (nor traced again).
@Suite struct RuleRunnerExplainTests {
    let proposal = #"{"id": "p", "title": "T", "submitted": "2021-02-25", "facilitators": [{"name": "Amina K."}]}"#

    /// The sources of the explanation's trees of the only rule in `rule`, and its status.
    func explained(_ rule: String) throws -> (RuleResult.Status, [String]) {
        let (checked, data) = try Support.proposalRule(rule, proposal: proposal)
        let runner = RuleRunner(program: checked, today: CivilDate(parsing: "2021-03-01")!)
        let result = try #require(runner.check(data: data).first?.results.first)
        return (result.status, result.explanation.map(\.source))
    }

    @Test func aFailIsExplainedByItsFirstConditionThatCameOutNo() throws {
        let (status, sources) = try explained("""
            rule r "R"
              require proposal.title is not empty
              require proposal.kind = "bpf"
              require proposal.submitted < 2021-01-01
              require count(proposal.facilitators) > 3
            """)
        #expect(status == .fail)
        #expect(sources == ["proposal.submitted < 2021-01-01"])
    }

    @Test func anUndecidedResultIsExplainedByEachUndecidedCondition() throws {
        let (status, sources) = try explained("""
            rule r "R"
              require proposal.kind = "bpf"
              require proposal.title is not empty
              require any f in proposal.facilitators: f.mag_member
            """)
        #expect(status == .fail)
        #expect(sources == ["proposal.kind = \"bpf\"", "any f in proposal.facilitators: f.mag_member"])
    }
}
