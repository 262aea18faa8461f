import Foundation
@testable import IGFRulesCLI
import IGFRules
import Testing

/// Scripted REPL sessions (standard input not a terminal), pinned as transcripts.
@Suite struct ReplTests {
    static let activity = """
        {"calendar": {"year": 2020, "first_mag_meeting": "2020-01-14", "annual_meeting": {"start": "2020-11-02", "end": "2020-11-17"}, "tracks": ["Data"]},
         "activity": {"id": "bpf-test", "approved": "2020-03-15",
          "meetings": [{"date": "2020-04-20", "open": true, "virtual": true}, {"date": "2020-06-11", "open": true, "virtual": true}, {"date": "2020-09-01", "open": true, "virtual": true}],
          "mailing_list": {"subscribers": 240, "messages": 57}, "documented_on_website": true,
          "draft_output": {"published": "2020-09-15", "open_for_comment": true},
          "annual_meeting_session": {"date": "2020-11-05"}, "final_output": {"published": "2021-01-20"},
          "milestones": [{"name": "Draft", "due": "2020-06-01", "done": "2020-05-30"}]}}
        """

    func session(_ lines: [String], data: String = ReplTests.activity, today: String = "2021-02-01") throws -> CLI.Run {
        let file = try CLI.file("a.json", data)
        return CLI.run(["repl", CLI.root + "/rules", "--data", file, "--today", today], environment: ["IGFRULES_HISTORY": ""], input: lines)
    }

    @Test func movesTheAnnualMeetingAndRaisesTheMeetingMinimum() throws {
        let run = try session([
            "count(m in activity.meetings where m.open and m.virtual)",
            "set calendar.annual_meeting.start = 2020-10-20",
            "param min_open_meetings = 4",
            ":diff",
            ":undo",
            ":diff",
            ":quit",
        ])
        #expect(run.status == 0)
        #expect(run.output.hasSuffix("""
            igfrules> count(m in activity.meetings where m.open and m.virtual)
            3  (number)
            igfrules> set calendar.annual_meeting.start = 2020-10-20
            calendar.annual_meeting.start = 2020-10-20
            → 1 outcome changed (bpf.timeline.draft-six-weeks: pass → fail)
            igfrules> param min_open_meetings = 4
            min_open_meetings = 4
            → 1 outcome changed (bpf.functioning.open-meetings: pass → fail)
            igfrules> :diff
            2 outcomes differ from the baseline:
              bpf.functioning.open-meetings  (activity bpf-test): pass → fail
                  before: met
                  now:    3 open virtual meetings of 3 meetings; at least 4 are needed (needs 1 more open virtual meeting)
              bpf.timeline.draft-six-weeks  (activity bpf-test): pass → fail
                  before: met
                  now:    published 2020-09-15, 7 days after the due date 2020-09-08 (would pass if `activity.draft_output.published` were 2020-09-08 or earlier (7 days earlier))
            igfrules> :undo
            undid `param min_open_meetings = 4`; 1 change left to undo
            → 1 outcome changed (bpf.functioning.open-meetings: fail → pass)
            igfrules> :diff
            1 outcome differs from the baseline:
              bpf.timeline.draft-six-weeks  (activity bpf-test): pass → fail
                  before: met
                  now:    published 2020-09-15, 7 days after the due date 2020-09-08 (would pass if `activity.draft_output.published` were 2020-09-08 or earlier (7 days earlier))
            igfrules> :quit

            """))
    }

    @Test func errorsMidSessionAreShownAndTheSessionGoesOn() throws {
        let run = try session([
            "count(activity.meetngs)",
            "set activity.meetings[9].open = yes",
            "1 / 0",
            ":chek",
            "rule x \"X\"",
            "  require 1 =",
            "",
            "count(activity.meetings)",
        ])
        // A script whose inputs fail still runs to its end, and then exits with 1.
        #expect(run.status == 1)
        #expect(run.output.contains("""
            igfrules> count(activity.meetngs)
            input 1:1:16: error: unknown field `meetngs` on activity
             1 | count(activity.meetngs)
               |                ^~~~~~~
               = did you mean `meetings`?
            """))
        #expect(run.output.contains("error: activity.meetings[9].open: the list has 3 entries, so there is no position 9"))
        #expect(run.output.contains("igfrules> 1 / 0\nerror: division by zero"))
        #expect(run.output.contains("error: unknown command `:chek`; did you mean `:check`? (:help lists them)"))
        #expect(run.output.contains("input 5:2:14: error: expected a value or an expression, found the end of the file"))
        #expect(run.output.hasSuffix("igfrules> count(activity.meetings)\n3  (number)\n"))
    }

    @Test func redefinesARuleAndShowsWhatChanges() throws {
        let run = try session([
            "rule bpf.functioning.open-meetings \"At least one open meeting\"",
            "  require count(m in activity.meetings where m.open) >= 1",
            "",
            ":diff",
            "rule bpf.functioning.open-meetings \"Five open meetings\"",
            "  require count(m in activity.meetings where m.open) >= 5",
            "",
            ":diff",
            ":why bpf.functioning.open-meetings",
            ":reset",
            ":diff",
        ])
        #expect(run.output.contains("rule bpf.functioning.open-meetings replaced\n→ no outcome changed\nigfrules> :diff\nno outcome differs from the baseline"))
        #expect(run.output.contains("rule bpf.functioning.open-meetings replaced\n→ 1 outcome changed (bpf.functioning.open-meetings: pass → fail)"))
        #expect(run.output.contains("bpf.functioning.open-meetings  (activity bpf-test): pass → fail"))
        #expect(run.output.contains("bpf.functioning.open-meetings: FAIL  Five open meetings"))
        #expect(run.output.hasSuffix("""
            igfrules> :reset
            back to the baseline
            → 1 outcome changed (bpf.functioning.open-meetings: fail → pass)
            igfrules> :diff
            no outcome differs from the baseline

            """))
    }

    @Test func setsAndUnsetsNestedPathsAndListEntries() throws {
        let run = try session([
            "set activity.meetings[1].open = no",
            "activity.meetings.open",
            "set activity.meetings += {date: 2020-07-01, open: yes, virtual: yes}",
            "count(activity.meetings)",
            "unset activity.meetings[1]",
            "activity.meetings.date",
            "unset activity.final_output",
            "set activity.final_output.published = 2021-02-01",
            "activity.final_output",
            ":undo",
            ":undo",
            ":undo",
            ":undo",
            ":undo",
            "activity.meetings.open",
            ":undo",
        ])
        #expect(run.output.contains("igfrules> activity.meetings.open\n[no, yes, yes]  (list of 3)"))
        #expect(run.output.contains("igfrules> count(activity.meetings)\n4  (number)"))
        #expect(run.output.contains("igfrules> activity.meetings.date\n[2020-06-11, 2020-09-01, 2020-07-01]  (list of 3)"))
        #expect(run.output.contains("igfrules> activity.final_output\n{published: 2021-02-01}  (record of 1 field)"))
        #expect(run.output.contains("igfrules> activity.meetings.open\n[yes, yes, yes]  (list of 3)\nigfrules> :undo\nnothing to undo"))
    }

    @Test func unsetOfWhatIsNotThereSaysNothingChanged() throws {
        let run = try session(["unset activity.meetings[9]", "unset activity.final_output", "unset activity.final_output"])
        #expect(run.output.contains("igfrules> unset activity.meetings[9]\nactivity.meetings[9] was already missing; nothing changed"))
        #expect(run.output.contains("igfrules> unset activity.final_output\nactivity.final_output is now missing"))
        #expect(run.output.contains("igfrules> unset activity.final_output\nactivity.final_output was already missing; nothing changed"))
    }

    @Test func savesTheCurrentDataAsJSON() throws {
        let folder = try CLI.temporaryFolder()
        let run = try session(["set activity.id = \"changed\"", ":save \(folder)/saved.json"])
        #expect(run.output.contains("saved calendar, activity to \(folder)/saved.json"))
        let saved = try String(contentsOfFile: folder + "/saved.json", encoding: .utf8)
        // Pretty-printed as the example files are: a field a line, two spaces a level.
        #expect(saved.hasPrefix("{\n  \"calendar\": {\n    \"year\": 2020,\n    \"first_mag_meeting\": \"2020-01-14\",\n    \"annual_meeting\": {\n      \"start\": \"2020-11-02\","))
        #expect(saved.contains("\n  \"activity\": {\n    \"id\": \"changed\",\n"))
        #expect(saved.contains("\"meetings\": [\n      {\n        \"date\": \"2020-04-20\",\n        \"open\": true,"))
        let reread = CLI.run(["check", CLI.root + "/rules", "--data", folder + "/saved.json", "--today", "2021-02-01", "--quiet"])
        #expect(reread.output.contains("activity changed"))
    }

    @Test func theInputAssemblerKeepsDeclarationsTogether() {
        var assembler = InputAssembler()
        assembler.isUnfinished = ReplSession.isUnfinished
        #expect(assembler.add("rule a \"A\"") == [])
        #expect(assembler.add("  require x > 1") == [])
        #expect(assembler.add("count(y)") == ["rule a \"A\"\n  require x > 1", "count(y)"])
        #expect(assembler.add("[1,") == [])
        #expect(assembler.add(" 2]") == ["[1,\n 2]"])
        #expect(assembler.add("define z = 1 +") == [])
        #expect(assembler.add("  2") == ["define z = 1 +\n  2"])
        #expect(assembler.add("   ") == [])
    }

    @Test func anUnfinishedInputNeverSwallowsACommandOrAStatementThatFollows() {
        var assembler = InputAssembler()
        assembler.isUnfinished = ReplSession.isUnfinished
        // A text ends with its line: the input is complete, and the parser says the quote is missing.
        #expect(assembler.add("set proposal.title = \"x") == ["set proposal.title = \"x"])
        #expect(assembler.add("set proposal.title = (\"x\"") == [])
        #expect(assembler.add(":today 2021-01-01") == ["set proposal.title = (\"x\"", ":today 2021-01-01"])
        #expect(assembler.add("define n = count(") == [])
        #expect(assembler.add("set proposal.kind = \"pn\"") == ["define n = count(", "set proposal.kind = \"pn\""])
        // A record field named like a keyword still continues the input.
        #expect(assembler.add("define r = {") == [])
        #expect(assembler.add("type: 1}") == ["define r = {\ntype: 1}"])
    }

    @Test func survivesTenThousandRandomLines() throws {
        var generator = ProgramLines(seed: 7)
        let lines = (0..<10_000).map { _ in generator.line() }
        let run = try session(lines)
        // Many of the lines are mistakes, so the script fails; but it is never ended early.
        #expect(run.status == 1)
        // Every line was read and answered: each is echoed after a prompt, and the session was not ended.
        let prompts = run.output.components(separatedBy: "igfrules> ").count + run.output.components(separatedBy: "     ...> ").count - 2
        #expect(prompts == 10_000)
    }
}

/// Random REPL input: commands, expressions, changes and junk.
struct ProgramLines {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

    mutating func line() -> String {
        switch next(12) {
        case 0: return pick([":check", ":diff", ":undo", ":reset", ":history", ":params", ":why bpf.timeline.milestones", ":why x", ":today 2020-13-01", ":save /nonexistent/dir/x.json", ":data nothing.json", ":load nowhere", ":help",
                                ":export /nonexistent/dir/s.txt", ":show activity", ":show", ":focus x", ":focus", ":baseline", ":why", ":check x y z", "quit"])
        case 1: return "set " + pick(["activity.id", "activity.meetings[1].open", "calendar.annual_meeting.start", "activity.x[2]", "nothing.y"]) + " = " + pick(["1", "\"t\"", "2020-10-01", "[1, 2]", "{a: 1}", "missing", "yes"])
        case 2: return "unset " + pick(["activity.meetings[1]", "activity.id", "calendar", "zzz.q"])
        case 3: return "param " + pick(["min_open_meetings", "draft_lead", "nope"]) + " = " + pick(["4", "3 weeks", "\"x\""])
        case 4: return String((0..<next(20)).map { _ in Character(UnicodeScalar(UInt8(32 + next(95)))) })
        case 5: return pick(["rule bpf.timeline.milestones \"M\"", "  require 1 = 1", "", "define q = (", ")", "[", "]", "\"unterminated", "{", "}"])
        case 6: return pick(["count(activity.meetings)", "activity.meetings.date", "min(activity.meetings.date) + 1 month", "today - 2020-01-01", "1 / 0", "all x in [1, 2]: x > 1"])
        default: return pick(["activity", "calendar.tracks", "not yes", "2021-02-30", "(((((", "#", "  ", "ruleset x for y", "test \"t\"", "include \"/etc/passwd\""])
        }
    }
}

/// The README's what-if scenario, run as a script through the executable.
@Suite(.serialized) struct WhatIfScenarioTests {
    @Test func movingTheAnnualMeetingAWeekAndRaisingTheMeetingMinimum() throws {
        let script = try String(contentsOfFile: CLI.root + "/rules/examples/whatif-annual-meeting.txt", encoding: .utf8)
        let (run, signalled) = try CLI.execute(["repl", "rules", "--data", "rules/examples/activity-bpf-data-2021.json", "--today", "2022-01-31"],
                                               environment: ["NO_COLOR": "1", "IGFRULES_HISTORY": ""], stdin: script)
        #expect(!signalled)
        #expect(run.status == 0)
        #expect(run.output.contains("""
            igfrules> set calendar.annual_meeting.start = 2021-12-13
            calendar.annual_meeting.start = 2021-12-13
            warning: calendar.annual_meeting: ends on 2021-12-10, before it starts on 2021-12-13: is one of the dates wrong?
            → 2 outcomes changed (bpf.timeline.draft-six-weeks: fail → pass, bpf.timeline.session-at-meeting: pass → fail)
            igfrules> set calendar.annual_meeting.end = 2021-12-17
            calendar.annual_meeting.end = 2021-12-17
            → no outcome changed
            igfrules> :diff
            2 outcomes differ from the baseline:
              bpf.timeline.draft-six-weeks  (activity bpf-2021-data): fail → pass
                  before: published 2021-10-29, 4 days after the due date 2021-10-25 (would pass if `activity.draft_output.published` were 2021-10-25 or earlier (4 days earlier))
                  now:    met
              bpf.timeline.session-at-meeting  (activity bpf-2021-data): pass → fail
                  before: met
                  now:    session on 2021-12-08, outside the annual meeting (2021-12-13 to 2021-12-17) (would pass if `activity.annual_meeting_session.date` were 2021-12-13 or later (5 days later))
            """))
        #expect(run.output.contains("""
            igfrules> :diff
            3 outcomes differ from the baseline:
              bpf.functioning.open-meetings  (activity bpf-2021-data): pass → fail
                  before: met
                  now:    3 open virtual meetings of 4 meetings; at least 4 are needed (needs 1 more open virtual meeting)
            """))
    }
}
