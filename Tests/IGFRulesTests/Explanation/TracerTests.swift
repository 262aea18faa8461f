@testable import IGFRules
import Testing

/// What the tracer records for the nodes it keeps: their source text (written out when the tree
/// is finished), the element that decided a quantifier, and values kept whole up to the limit.
@Suite struct TracerTests {
    let proposal = #"{"id": "p", "submitted": "2021-02-25", "facilitators": [{"name": "Amina K.", "mag_member": false}, {"name": " ", "mag_member": false}]}"#

    func explanation(_ rule: String) throws -> Explanation {
        let (checked, data) = try Support.proposalRule(rule, proposal: proposal)
        let runner = RuleRunner(program: checked, today: CivilDate(parsing: "2021-03-01")!)
        let result = try #require(runner.check(data: data).first?.results.first)
        return try #require(result.explanation.first)
    }

    @Test func aParenthesisedConditionIsQuotedWithItsParentheses() throws {
        let tree = try explanation("rule g \"G\"\n  require (proposal.submitted < 2021-01-01)\n")
        #expect(tree.source == "(proposal.submitted < 2021-01-01)")
        #expect(tree.role == .comparison)
        #expect(tree.children.map(\.source) == ["proposal.submitted", "2021-01-01"])
    }

    @Test func theElementThatDecidedIsNamedByItsPositionWithItsValue() throws {
        let tree = try explanation("rule e \"E\"\n  require any f in proposal.facilitators: f.mag_member\n")
        #expect(tree.children.map(\.source) == ["proposal.facilitators", "#1"])
        let element = tree.children[1]
        #expect(element.role == .element)
        #expect(element.value?.literal() == #"{name: "Amina K.", mag_member: no}"#)
        #expect(element.children.map(\.source) == ["f.mag_member"])
    }

    @Test func aValueOfJustUnderTheLimitIsKeptWholeAndALargerOneIsCut() {
        let one = Value.number(.integer(1))
        let under = Value.list(Array(repeating: one, count: Tracer.valueEntriesKept - 2))
        guard case .list(let whole) = Tracer.kept(under) else { Issue.record("not a list"); return }
        #expect(whole.count == Tracer.valueEntriesKept - 2)
        let over = Value.list(Array(repeating: one, count: Tracer.valueEntriesKept))
        guard case .list(let cut) = Tracer.kept(over) else { Issue.record("not a list"); return }
        #expect(cut.count == Tracer.valueEntriesKept - 1)
    }
}
