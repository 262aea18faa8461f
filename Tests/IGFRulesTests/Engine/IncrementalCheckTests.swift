@testable import IGFRules
import Testing

/// Evaluating again after a change of the data: only the rules that read a changed path are
/// evaluated, and the results are those of evaluating everything.
@Suite struct IncrementalCheckTests {
    /// The frozen library, loaded once.
    static let library: Program? = RuleLoader.load([Support.fixtures + "/rules"]).0

    @Test func changedDataGivesTheResultsOfAFullCheck() throws {
        let program = try #require(IncrementalCheckTests.library)
        var random = SeededRandom(seed: 3)
        let paths = ["proposal.title", "proposal.facilitators", "proposal.submitted", "proposal.selection.maturity",
                     "calendar.first_mag_meeting", "report.ended_at", "proposal"]
        var kept = 0
        for position in 1...40 {
            let data = GeneratedData.values(for: program, &random)
            let runner = RuleRunner(program: program, today: CivilDate(daysSinceEpoch: 18_700))
            let before = runner.check(data: data, position: position)
            let text = GeneratedData.pick(paths, &random)
            let parts = text.split(separator: ".").map(String.init)
            let path = DataPath(root: parts[0], steps: parts.dropFirst().map { .field($0) })
            var bindings = DataBindings(program: program)
            bindings.restore(data)
            let root = try #require(program.dataNames.first { $0.name == path.root })
            let value = GeneratedData.value(of: path.steps.isEmpty ? root.type : .unknown, &random, depth: 1) ?? .missing
            try? bindings.set(path, to: value)
            let affected = runner.affected(by: [path])
            let again = runner.check(data: bindings.values, position: position, previous: before, affected: affected)
            let full = runner.check(data: bindings.values, position: position)
            var (x, y) = (ReportFormat.json.writer(), ReportFormat.json.writer())
            #expect(again.map { x.subject($0) } == full.map { y.subject($0) }, "after a change of \(path)")
            kept += program.rules.count - affected.rules.count
        }
        #expect(kept > 0)
    }

    @Test func aChangeReachesReadsInsideAndAroundIt() {
        #expect(RuleRunner.overlap("proposal.facilitators.name", "proposal.facilitators"))
        #expect(RuleRunner.overlap("proposal", "proposal.facilitators"))
        #expect(!RuleRunner.overlap("proposal.facilitators", "proposal.facilitator"))
        #expect(RuleRunner.listFree(DataPath(root: "proposal", steps: [.field("facilitators"), .index(2), .field("name")]))
            == "proposal.facilitators.name")
    }

    @Test func onlyTheRulesReadingAChangedPathAreAffected() throws {
        let program = try #require(IncrementalCheckTests.library)
        let runner = RuleRunner(program: program, today: CivilDate(daysSinceEpoch: 18_700))
        let affected = runner.affected(by: [DataPath(root: "proposal", steps: [.field("title")])])
        let ids = affected.rules.map { program.rulesets[$0[0]].rules[$0[1]].id }
        #expect(ids.contains("bpf.proposal.title"))
        #expect(!ids.contains("bpf.proposal.deadline"))
        #expect(!ids.contains { $0.hasPrefix("session.") })
    }
}
