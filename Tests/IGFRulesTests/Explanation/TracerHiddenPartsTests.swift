@testable import IGFRules
import Testing

/// The tracer does not record the parts of a node that shows none (a field read, a list written
/// out): the trees are the same as when every node is recorded, and an error inside such a part
/// is still shown with its parts (the condition is traced again, whole).
@Suite struct TracerHiddenPartsTests {
    let proposal = #"{"id": "p", "outreach": 5, "submitted": "2021-02-25", "facilitators": [{"name": "Amina K.", "mag_member": false}, {"name": " "}]}"#

    /// The first condition of the only rule in `rule`, its file, and an evaluator over `proposal`.
    func setUp(_ rule: String) throws -> (Code, SourceFile, Evaluator) {
        try Support.firstCondition(of: rule, proposal: proposal)
    }

    /// The tree traced with hidden parts left out, and with every node recorded.
    func bothTraces(_ rule: String) throws -> (shown: Explanation?, whole: Explanation?) {
        let (code, file, evaluator) = try setUp(rule)
        let shown = evaluator.trace(code, file: file)
        let recorder = TraceRecorder(file: file)
        recorder.recordsHidden = true
        return (shown, evaluator.trace(code, with: recorder))
    }

    func outline(_ node: Explanation?) -> String { Support.outline(node) }

    @Test(arguments: [
        "require proposal.submitted < 2021-01-01",
        "require any f in proposal.facilitators: f.mag_member",
        "require all f in proposal.facilitators: f.name is not empty",
        "require count([f in proposal.facilitators where f.name is not empty]) >= 2",
        "require \"{proposal.id} {proposal.facilitators.name}\" = \"x\"",
        "require \"a\" in [proposal.id, proposal.title] or proposal.facilitators[1].name = \"B\"",
    ])
    func aTreeIsTheSameWhetherHiddenPartsAreRecordedOrNot(_ condition: String) throws {
        let (shown, whole) = try bothTraces("rule r \"R\"\n  \(condition)\n")
        #expect(shown != nil)
        #expect(outline(shown) == outline(whole))
    }

    @Test func anErrorInsideAFieldReadIsShownWithTheFieldItReadFrom() throws {
        let (shown, whole) = try bothTraces("rule r \"R\"\n  require proposal.outreach.plan is empty\n")
        let check = try #require(shown)
        let read = try #require(check.children.first)
        #expect(read.source == "proposal.outreach.plan")
        #expect(read.error != nil)
        // The part of the read that failed, which a field read shows only for an error.
        #expect(read.children.map(\.source) == ["proposal.outreach"])
        #expect(outline(shown) == outline(whole))
    }

    @Test func aRecorderTracesTheNextConditionFromACleanStartAfterAnError() throws {
        let (code, file, evaluator) = try setUp("rule r \"R\"\n  require proposal.outreach.plan is empty\n")
        let recorder = TraceRecorder(file: file)
        let first = evaluator.trace(code, with: recorder)
        let again = evaluator.trace(code, with: recorder)
        #expect(outline(first) == outline(again))
        #expect(!recorder.missedParts)
        #expect(!recorder.recordsHidden)
    }
}
