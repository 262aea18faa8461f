import Foundation
import IGFRules
@testable import IGFRulesCLI
import Testing

/// Golden transcripts of the REPL's commands over one subject: `:show`, rounding, `:why` with
/// definitions, `:check ID`, `:baseline`, `:undo`, the effect line, `quit`, and parameters that
/// do not exist.
@Suite struct ReplCommandsTests {
    func session(_ lines: [String]) throws -> CLI.Run {
        let file = try CLI.file("a.json", ReplTests.activity)
        return CLI.run(["repl", CLI.root + "/rules", "--data", file, "--today", "2021-02-01"], environment: ["IGFRULES_HISTORY": ""], input: lines)
    }

    /// The transcript after the banner line.
    func transcript(_ run: CLI.Run) -> String {
        String(run.output.drop { $0 != "\n" }.dropFirst())
    }

    @Test func numbersAreRoundedForReadingAndShowGivesValuesWholeAndExact() throws {
        let run = try session(["100 / 6", ":show 100 / 6", "[1/3, 2]", ":show activity.milestones", ":show activity.mailing_list", ":show"])
        #expect(transcript(run) == """
            igfrules> 100 / 6
            16.67  (number, rounded; :show gives it exactly)
            igfrules> :show 100 / 6
            16.6666666666667  (number)
            igfrules> [1/3, 2]
            [0.33, 2]  (list of 2, rounded; :show gives it exactly)
            igfrules> :show activity.milestones
            [
              {name: "Draft", due: 2020-06-01, done: 2020-05-30}
            ]  (list of 1)
            igfrules> :show activity.mailing_list
            {subscribers: 240, messages: 57}  (record of 2 fields)
            igfrules> :show
            error: write `:show EXPRESSION`, such as :show proposal

            """)
    }

    @Test func showPrintsLongTextsAndNestedRecordsInFull() {
        let long = String(repeating: "a long text ", count: 20)
        let value = Value.record(Record([("title", .text(long)), ("people", .list([.record(Record([("name", .text("Amina"))]))]))]))
        #expect(ReplSession.pretty(value) == """
            {
              title: "\(long)",
              people: [
                {name: "Amina"}
              ]
            }
            """)
    }

    @Test func whyExpandsTheDefinitionsARuleUsesWithTheirValues() throws {
        let run = try session([":why bpf.timeline.draft-six-weeks"])
        #expect(run.output.hasSuffix("""
              activity.draft_output.published by draft_due → yes
                activity.draft_output.published → 2020-09-15
                draft_due → 2020-09-21
              definitions used:
                draft_due = calendar.annual_meeting.start - draft_lead + draft_grace → 2020-09-21

            """))
    }

    @Test func quitAndExitSayHowToLeave() throws {
        let run = try session(["quit", "exit", "1 + 1"])
        #expect(transcript(run) == """
            igfrules> quit
            type :quit or Ctrl-D to leave
            igfrules> exit
            type :quit or Ctrl-D to leave
            igfrules> 1 + 1
            2  (number)

            """)
        #expect(run.status == 0)
    }

    @Test func aParameterTheRulesDoNotHaveIsAnErrorWithDidYouMean() throws {
        let run = try session(["param min_open_meeting = 4", "param brand_new = 4"])
        #expect(transcript(run) == """
            igfrules> param min_open_meeting = 4
            input 1:1:7: error: the rules have no parameter `min_open_meeting`
             1 | param min_open_meeting = 4
               |       ^~~~~~~~~~~~~~~~
               = did you mean `min_open_meetings`?
            igfrules> param brand_new = 4
            input 2:1:7: error: the rules have no parameter `brand_new`
             1 | param brand_new = 4
               |       ^~~~~~~~~
               = to name a new value in this session, write `define brand_new = …`

            """)
        #expect(run.status == 1)
    }

    @Test func checkTakesARulesetAndSuggestsOnATypo() throws {
        let run = try session([":check bpf.timeline.milestones", ":check bpf.timline"])
        #expect(transcript(run) == """
            igfrules> :check bpf.timeline.milestones
            activity bpf-test
              PASS   bpf.timeline.milestones              Every milestone is met by its due date
              1 pass, 0 fail, 0 warn, 0 skip, 0 error

            igfrules> :check bpf.timline
            error: no rule, ruleset or record `bpf.timline` checks the data loaded; did you mean `bpf.timeline`?

            """)
    }

    @Test func everyChangeSaysWhichOutcomesItChangedAndUndoSaysWhatItUndid() throws {
        let run = try session([
            ":baseline",
            "set activity.draft_output.published = 2020-09-30",
            "set activity.id = \"renamed\"",
            "rule bpf.timeline.milestones \"Never met\"",
            "  require 1 = 2",
            "",
            ":undo",
            ":undo",
            ":diff",
        ])
        #expect(transcript(run) == """
            igfrules> :baseline
            this is the new baseline for :diff
            igfrules> set activity.draft_output.published = 2020-09-30
            activity.draft_output.published = 2020-09-30
            → 1 outcome changed (bpf.timeline.draft-six-weeks: pass → fail)
            igfrules> set activity.id = "renamed"
            activity.id = "renamed"
            → no outcome changed
            igfrules> rule bpf.timeline.milestones "Never met"
                 ...>   require 1 = 2
                 ...> 
            rule bpf.timeline.milestones replaced
            → 1 outcome changed (bpf.timeline.milestones: pass → fail)
            igfrules> :undo
            undid `rule bpf.timeline.milestones "Never met" …`; 2 changes left to undo
            → 1 outcome changed (bpf.timeline.milestones: fail → pass)
            igfrules> :undo
            undid `set activity.id = "renamed"`; 1 change left to undo
            → no outcome changed
            igfrules> :diff
            1 outcome differs from the baseline:
              bpf.timeline.draft-six-weeks  (activity bpf-test): pass → fail
                  before: met
                  now:    published 2020-09-30, 9 days after the due date 2020-09-21 (would pass if `activity.draft_output.published` were 2020-09-21 or earlier (9 days earlier))

            """)
    }

    @Test func theEffectLineNamesThreeChangesAndCountsTheRest() throws {
        let run = try session(["unset activity"])
        let line = run.output.split(separator: "\n").first { $0.hasPrefix("→") } ?? ""
        #expect(line.hasPrefix("→ "))
        #expect(line.hasSuffix("more; :diff lists them)"))
        #expect(line.components(separatedBy: " → ").count - 1 == ReplSession.namedChanges)
    }
}
