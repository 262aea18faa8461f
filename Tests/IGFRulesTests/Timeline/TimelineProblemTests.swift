@testable import IGFRules
import Testing

/// A rule that cannot be evaluated keeps the obligations it could date, and the timeline names it.
@Suite struct TimelineProblemTests {
    static let rules = """
        ruleset bpf.timeline "Timeline" for activity

        rule milestones "Every milestone is met by its due date"
          require all m in activity.milestones where m.due is not missing: m.done by m.due
          require activity.draft_output.published by 2021-10-25
        """

    static func timeline(_ data: String) throws -> Timeline {
        let (program, diagnostics) = Support.program(rules)
        let checked = try #require(program, "\(diagnostics)")
        var bindings = DataBindings(program: checked)
        var reader = JSONReader(bytes: Array(data.utf8))
        _ = bindings.bindObject(try reader.readDocument(), from: "test")
        let today = CivilDate(year: 2021, month: 5, day: 1)!
        var timeline = Timeline(today: today)
        for result in RuleRunner(program: checked, today: today).check(data: bindings.values) { timeline.add(result) }
        return timeline
    }

    @Test func theItemsAroundAMalformedOneAndTheOtherConditionsStillAppear() throws {
        let timeline = try Self.timeline(#"{"activity": {"id": "a", "milestones": [{"name": "first", "due": "2021-05-03"}, "#
            + #"{"name": "bad", "due": "2021-02-30"}, {"name": "last", "due": "2021-06-01"}]}}"#)
        #expect(timeline.sorted.map(\.what) == ["first", "last", "Every milestone is met by its due date"])
        #expect(timeline.problems.map(\.rule) == ["bpf.timeline.milestones"])
        #expect(timeline.problems.first?.message.contains("activity.milestones[2].due") == true)
    }

    @Test func wellFormedDataHasNoProblem() throws {
        #expect(try Self.timeline(#"{"activity": {"id": "a", "milestones": [{"name": "ok", "due": "2021-06-01"}]}}"#).problems.isEmpty)
    }

    @Test func theRuleIsStillAnErrorNamingTheFirstMalformedElement() throws {
        let (program, _) = Support.program(Self.rules)
        let checked = try #require(program)
        var bindings = DataBindings(program: checked)
        var reader = JSONReader(bytes: Array(#"{"activity": {"id": "a", "milestones": [{"name": "bad", "due": "2021-02-30"}, {"name": "x", "due": "oops"}]}}"#.utf8))
        _ = bindings.bindObject(try reader.readDocument(), from: "test")
        let result = try #require(RuleRunner(program: checked, today: CivilDate(year: 2021, month: 5, day: 1)!).check(data: bindings.values).first?.results.first)
        guard case .error(let error) = result.outcome else {
            Issue.record("expected an error, found \(result.status)")
            return
        }
        // The first malformed element is the one named, as before the timeline looked past it.
        #expect(error.message.contains("activity.milestones[1].due"))
    }
}
