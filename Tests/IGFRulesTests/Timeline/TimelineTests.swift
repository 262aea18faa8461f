import Foundation
@testable import IGFRules
import Testing

/// Obligations noted while rules are evaluated, and the timeline made of them.
@Suite struct TimelineTests {
    static let rules = """
        ruleset bpf.timeline "Timeline" for activity

        rule milestones "Every milestone is met by its due date"
          require all m in activity.milestones where m.due is not missing: m.done by m.due

        rule draft "The draft is out before the meeting"
          require activity.draft_output.published < calendar.annual_meeting.start

        rule session "The session is during the meeting"
          require activity.annual_meeting_session.date is between calendar.annual_meeting.start and calendar.annual_meeting.end

        rule counted "Only a filter reads this date"
          require count(m in activity.milestones where m.done by 2021-01-01) >= 0
        """

    static let data = """
        {"calendar": {"annual_meeting": {"start": "2021-12-06", "end": "2021-12-10"}},
         "activity": {"id": "bpf-x", "draft_output": {"published": "2021-12-07"},
                      "annual_meeting_session": {"date": "2021-12-08"},
                      "milestones": [{"name": "Survey", "due": "2021-06-30", "done": "2021-06-28"},
                                     {"name": "Draft report", "due": "2021-10-22"},
                                     {"name": "No date"},
                                     {"name": "Due today", "due": "2021-10-01"},
                                     {"name": "Late", "due": "2021-07-01", "done": "2021-07-05"}]}}
        """

    static func timeline(today: CivilDate = CivilDate(year: 2021, month: 10, day: 1)!) throws -> Timeline {
        let (program, diagnostics) = Support.program(rules)
        let checked = try #require(program, "\(diagnostics)")
        var bindings = DataBindings(program: checked)
        var reader = JSONReader(bytes: Array(data.utf8))
        _ = bindings.bindObject(try reader.readDocument(), from: "test")
        var timeline = Timeline(today: today)
        for result in RuleRunner(program: checked, today: today).check(data: bindings.values) { timeline.add(result) }
        return timeline
    }

    @Test func everyDatedElementOfAListIsAnObligationNamedByItsName() throws {
        let entries = try Self.timeline().sorted.filter { $0.rule == "bpf.timeline.milestones" }
        #expect(entries.map(\.what) == ["Survey", "Late", "Due today", "Draft report"])
        #expect(entries.map(\.element) == ["activity.milestones[1]", "activity.milestones[5]", "activity.milestones[4]", "activity.milestones[2]"])
    }

    @Test func statusAndDaysFollowTheCatalogue() throws {
        let entries = Dictionary(uniqueKeysWithValues: try Self.timeline().entries.filter { $0.rule == "bpf.timeline.milestones" }.map { ($0.what, $0) })
        #expect(entries["Survey"]?.status == .onTime)
        #expect(entries["Survey"]?.days == 2)
        #expect(entries["Late"]?.status == .late)
        #expect(entries["Late"]?.days == 4)
        #expect(entries["Due today"]?.status == .pending)
        #expect(entries["Due today"]?.days == 0)
        #expect(entries["Draft report"]?.status == .pending)
        #expect(entries["Draft report"]?.days == 21)
    }

    @Test func aDueDayPassesAtItsEnd() throws {
        let entries = try Self.timeline(today: CivilDate(year: 2021, month: 10, day: 2)!).entries
        let today = try #require(entries.first { $0.what == "Due today" })
        #expect(today.status == .overdue)
        #expect(today.days == 1)
    }

    @Test func strictlyBeforeADateIsDueTheDayBefore() throws {
        let draft = try #require(try Self.timeline().entries.first { $0.rule == "bpf.timeline.draft" })
        #expect(draft.due.literal() == "2021-12-05")
        #expect(draft.status == .late)
        #expect(draft.days == 2)
    }

    @Test func aWindowOfDatesHasItsFirstDay() throws {
        let session = try #require(try Self.timeline().entries.first { $0.rule == "bpf.timeline.session" })
        #expect(session.from?.literal() == "2021-12-06")
        #expect(session.due.literal() == "2021-12-10")
        #expect(session.status == .onTime)
    }

    @Test func conditionsInsideWhereAreNotObligations() throws {
        #expect(try Self.timeline().entries.contains { $0.rule == "bpf.timeline.counted" } == false)
    }

    @Test func entriesAreInDateOrderThenByRule() throws {
        let dues = try Self.timeline().sorted.map { $0.due.literal() }
        #expect(dues == dues.sorted())
    }

    @Test func aDueDateTimeIsComparedAsAnInstantAndCountedInUTCDays() {
        let due = Value.dateTime(try! DateTime.parse("2020-11-10T20:00:00Z").get())
        let done = Value.dateTime(try! DateTime.parse("2020-11-10T22:00:00+02:00").get())
        let obligation = Obligation(range: 0..<1, done: done, due: due, from: nil, element: nil, list: nil, position: nil, label: nil)
        let (status, days) = Timeline.status(obligation, today: CivilDate(year: 2020, month: 12, day: 1)!)
        #expect(status == .onTime)
        #expect(days == 0)
    }

    static let windowRules = """
        ruleset bpf.timeline "Timeline" for activity

        rule session "The session is during the meeting"
          require if activity.annual_meeting_session.date is missing
                  then pending from calendar.annual_meeting.start until calendar.annual_meeting.end
                  else activity.annual_meeting_session.date is between calendar.annual_meeting.start and calendar.annual_meeting.end
        """

    @Test func aPendingWindowIsPendingUntilItsLastDayAndKeepsItsFirstDay() throws {
        let (program, diagnostics) = Support.program(Self.windowRules)
        let checked = try #require(program, "\(diagnostics)")
        var bindings = DataBindings(program: checked)
        var reader = JSONReader(bytes: Array(#"{"calendar": {"annual_meeting": {"start": "2021-12-06", "end": "2021-12-10"}}, "activity": {"id": "a"}}"#.utf8))
        _ = bindings.bindObject(try reader.readDocument(), from: "test")
        for (today, status) in [(CivilDate(year: 2021, month: 12, day: 10)!, RuleResult.Status.pass), (CivilDate(year: 2021, month: 12, day: 11)!, .fail)] {
            let results = RuleRunner(program: checked, today: today).check(data: bindings.values)
            let result = try #require(results.first?.results.first)
            #expect(result.status == status)
            let obligation = try #require(result.obligations.first)
            #expect(obligation.from?.literal() == "2021-12-06")
            #expect(obligation.due.literal() == "2021-12-10")
        }
    }

    @Test func pendingFromIsFormattedAsWrittenAndNeedsADate() throws {
        let text = "rule x \"X\"\n  require pending from 2021-12-06 until 2021-12-10\n"
        #expect(try Formatter.format(SourceFile(path: "x.rules", text: text)).get() == text)
        let (program, diagnostics) = Support.program("ruleset r for activity\n\nrule x \"X\"\n  require pending from 3 until 2021-12-10\n")
        #expect(program == nil)
        #expect(diagnostics.contains { $0.message.contains("`pending from`") })
    }
}
