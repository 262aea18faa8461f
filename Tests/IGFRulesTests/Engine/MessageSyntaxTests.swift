import Foundation
@testable import IGFRules
import Testing

/// Messages a MAG member can edit (`message when …`, counted nouns), skips that say why, one time
/// zone, and warnings about data from the future.
@Suite struct MessageSyntaxTests {
    func result(_ rules: String, _ data: [String: String], today: String = "2021-03-01") throws -> RuleResult {
        let (loaded, diagnostics) = Support.program(rules)
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: program)
        for (name, json) in data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind(name, to: value)
        }
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: today)))
        return try #require(runner.check(data: bindings.values).first?.results.first)
    }

    static let rule = """
        ruleset r for proposal
        param n = 2
        rule f "At least {n} facilitators"
          require count(proposal.facilitators) >= n
          message when proposal.facilitators is missing "no facilitators are listed"
          message when count(proposal.facilitators) = 0 "the list of facilitators is empty"
          message "{count(proposal.facilitators) facilitators} named; at least {n} are needed"
        """

    @Test(arguments: [
        (#"{"id": "p"}"#, "no facilitators are listed (`proposal.facilitators` is missing)"),
        (#"{"id": "p", "facilitators": []}"#, "the list of facilitators is empty"),
        (#"{"id": "p", "facilitators": [{"name": "A"}]}"#, "1 facilitator named; at least 2 are needed"),
    ])
    func theFirstMessageWhoseConditionHoldsIsShownElseThePlainOne(_ proposal: String, _ message: String) throws {
        #expect(try result(MessageSyntaxTests.rule, ["proposal": proposal]).message == message)
    }

    @Test func aResultNotMetBecauseDataIsMissingNamesTheMissingDataUnlessTheMessageDoes() throws {
        let rules = """
            ruleset r for proposal
            rule o "O"
              require proposal.outreach.organisations is not empty
              message "no organisations are named"
            """
        #expect(try result(rules, ["proposal": #"{"id": "p"}"#]).message == "no organisations are named (`proposal.outreach.organisations` is missing)")
        #expect(try result(rules, ["proposal": #"{"id": "p", "outreach": {"organisations": []}}"#]).message == "no organisations are named")
    }

    @Test(arguments: [
        ("the list `proposal.outreach.organisations` is not there", "the list `proposal.outreach.organisations` is not there"),
        ("die Liste `proposal.outreach.organisations` fehlt – bitte ergänzen", "die Liste `proposal.outreach.organisations` fehlt – bitte ergänzen"),
        ("see `proposal.outreach`", "see `proposal.outreach` (`proposal.outreach.organisations` is missing)"),
        ("siehe `proposal.outreach` – ergänzen", "siehe `proposal.outreach` – ergänzen (`proposal.outreach.organisations` is missing)"),
    ])
    func aMessageThatNamesTheMissingPathInBackquotesGetsNoNoteWhetherItsWordsAreASCIIOrNot(_ message: String, _ shown: String) throws {
        let rules = """
            ruleset r for proposal
            rule o "O"
              require proposal.outreach.organisations is not empty
              message "\(message)"
            """
        #expect(try result(rules, ["proposal": #"{"id": "p"}"#]).message == shown)
    }

    @Test func aCountedNounIsSingularForOneAndPluralOtherwise() {
        #expect(Plural.forms("facilitators") == ("facilitator", "facilitators"))
        #expect(Plural.forms("open virtual meetings") == ("open virtual meeting", "open virtual meetings"))
        #expect(Plural.forms("entries") == ("entry", "entries"))
        #expect(Plural.forms("boxes") == ("box", "boxes"))
        #expect(Plural.forms("person/people") == ("person", "people"))
        #expect(Support.show("\"{0 meetings}, {1 meetings}, {2 meetings}\"") == "\"0 meetings, 1 meeting, 2 meetings\"")
    }

    @Test func theFormatterKeepsMessageLinesAndCountedNouns() {
        let text = MessageSyntaxTests.rule + "\n"
        guard case .success(let formatted) = Formatter.format(SourceFile(path: "f.rules", text: text)) else {
            Issue.record("does not format")
            return
        }
        #expect(formatted == text)
    }

    static let deadline = """
        ruleset r for activity
        define due = activity.annual_meeting_session.date
        rule d "The draft is published by its due date"
          require activity.draft_output.published by due
          message when activity.draft_output.published is missing "not published yet; it was due {due}"
          message when met
            "published {activity.draft_output.published}, {days(due - activity.draft_output.published) days} before the due date {due}"
          message "published {activity.draft_output.published}, {days(activity.draft_output.published - due) days} after the due date {due}"
        """

    @Test(arguments: [
        (#"{"id": "a", "draft_output": {"published": "2021-10-20"}, "annual_meeting_session": {"date": "2021-10-25"}}"#, RuleResult.Status.pass, "published 2021-10-20, 5 days before the due date 2021-10-25"),
        (#"{"id": "a", "draft_output": {"published": "2021-10-25"}, "annual_meeting_session": {"date": "2021-10-25"}}"#, .pass, "published 2021-10-25, 0 days before the due date 2021-10-25"),
        (#"{"id": "a", "draft_output": {"published": "2021-10-27"}, "annual_meeting_session": {"date": "2021-10-25"}}"#, .fail, "published 2021-10-27, 2 days after the due date 2021-10-25"),
        (#"{"id": "a", "annual_meeting_session": {"date": "2021-10-25"}}"#, .fail, "not published yet; it was due 2021-10-25 (`activity.draft_output.published` is missing)"),
    ])
    func aPassShowsTheMessageWhenMetAndOnlyAPass(_ activity: String, _ status: RuleResult.Status, _ message: String) throws {
        let result = try result(MessageSyntaxTests.deadline, ["activity": activity], today: "2021-11-01")
        #expect(result.status == status)
        #expect(result.message == message)
    }

    @Test func aPendingPassOrAPassWithoutAMessageWhenMetHasNoMessage() throws {
        let pending = try result(MessageSyntaxTests.deadline, ["activity": #"{"id": "a", "annual_meeting_session": {"date": "2021-10-25"}}"#], today: "2021-10-01")
        #expect(pending.pendingNote == "pending, due 2021-10-25")
        #expect(pending.message == nil)
        let plain = try result(MessageSyntaxTests.rule, ["proposal": #"{"id": "p", "facilitators": [{"name": "A"}, {"name": "B"}]}"#])
        #expect(plain.status == .pass)
        #expect(plain.message == nil)
    }

    @Test func aConditionThatReadsADefinitionNamedMetIsStillACondition() throws {
        let rules = """
            ruleset r for proposal
            define met = proposal.id is missing
            rule t "T"
              require proposal.title is not missing
              message when met and proposal.title is missing "neither an id nor a title"
              message "no title"
            """
        #expect(try result(rules, ["proposal": #"{"kind": "bpf"}"#]).message == "neither an id nor a title (`proposal.title` is missing)")
        #expect(try result(rules, ["proposal": #"{"id": "p"}"#]).message == "no title (`proposal.title` is missing)")
    }

    @Test func theFormatterKeepsAMessageWhenMetAndASecondOneIsReported() throws {
        let text = MessageSyntaxTests.deadline + "\n"
        guard case .success(let formatted) = Formatter.format(SourceFile(path: "f.rules", text: text)) else {
            Issue.record("does not format")
            return
        }
        #expect(formatted == text)
        let twice = MessageSyntaxTests.deadline + "\n  message when met \"again\"\n"
        let (_, diagnostics) = Support.program(twice)
        #expect(diagnostics.contains { $0.message.contains("message when met") })
    }

    @Test func aSkipSaysWhichConditionDidNotHoldAndTheValuesThatDecidedIt() throws {
        let rules = "ruleset r for activity\n  when calendar.annual_meeting.end is not missing and today > calendar.annual_meeting.end\nrule a \"A\"\n  require 1 = 1\n"
        let calendar = #"{"annual_meeting": {"start": "2021-12-06", "end": "2021-12-10"}}"#
        let before = try result(rules, ["activity": #"{"id": "a"}"#, "calendar": calendar], today: "2021-09-01")
        #expect(before.status == .skip)
        #expect(before.message == "applies only when `today > calendar.annual_meeting.end`: `today` is 2021-09-01, not after `calendar.annual_meeting.end` (2021-12-10)")
        let unknown = try result(rules, ["activity": #"{"id": "a"}"#, "calendar": "{}"], today: "2021-09-01")
        #expect(unknown.message == "applies only when `calendar.annual_meeting.end is not missing`: the calendar's annual meeting has no end (`calendar.annual_meeting.end` is missing)")
    }

    @Test func dateTimesInMessagesAreInUTCWithTheLocalTimeBeside() throws {
        let instant = try #require(DateTime.parse("2020-11-24T15:50:00+08:00").success)
        #expect(Value.dateTime(instant).plain == "2020-11-24T07:50:00Z (15:50 at +08:00)")
        let nextDay = try #require(DateTime.parse("2020-11-11T08:00:00+14:00").success)
        #expect(Value.dateTime(nextDay).plain == "2020-11-10T18:00:00Z (2020-11-11 08:00 at +14:00)")
        let dayBefore = try #require(DateTime.parse("2020-11-10T20:00:00-12:00").success)
        #expect(Value.dateTime(dayBefore).plain == "2020-11-11T08:00:00Z (2020-11-10 20:00 at -12:00)")
        let utc = try #require(DateTime.parse("2020-11-24T07:50:00Z").success)
        #expect(Value.dateTime(utc).plain == "2020-11-24T07:50:00Z")
    }

    @Test func aPastEventDatedAfterTodayIsFlagged() throws {
        let activity = Value.record(Record([("draft_output", .record(Record([("published", .date(CivilDate(parsing: "2021-10-29")!))]))),
                                            ("milestones", .list([.record(Record([("due", .date(CivilDate(parsing: "2021-12-01")!))]))]))]))
        let findings = DataValidation.futureDates(in: activity, name: "activity", today: CivilDate(parsing: "2021-09-01")!)
        #expect(findings.map(\.description) == ["activity.draft_output.published: 2021-10-29 is after today (2021-09-01): is the date right, or --today?"])
    }
}

extension MessageSyntaxTests {
    @Test func withoutAMessageAFailedComparisonReadsAsASentenceAboutTheData() throws {
        let rules = """
            ruleset r for proposal
            rule a "A"
              require count(f in proposal.facilitators where f.name is not empty) >= 3
            rule b "B"
              require proposal.submitted <= 2021-01-01
            """
        let proposal = #"{"id": "p", "submitted": "2021-02-23", "facilitators": [{"name": "A"}, {"name": " "}]}"#
        #expect(try result(rules, ["proposal": proposal]).message == "1 facilitator with a name (of 2 facilitators); at least 3 are needed")
        let dated = "ruleset r for proposal\nrule b \"B\"\n  require proposal.submitted <= 2021-01-01\n"
        #expect(try result(dated, ["proposal": proposal]).message == "`proposal.submitted` is 2021-02-23, not on or before 2021-01-01")
        let between = "ruleset r for proposal\nrule c \"C\"\n  require count(proposal.facilitators) is between 3 and 5\n"
        #expect(try result(between, ["proposal": proposal]).message == "2 facilitators; between 3 and 5 are needed")
    }
}

extension Result {
    var success: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
