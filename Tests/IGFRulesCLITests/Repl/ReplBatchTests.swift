import Foundation
@testable import IGFRulesCLI
import Testing

/// The REPL over a batch (`--each`): the IGF 2020 session reports, with `:diff` across records,
/// `:focus`, `:check ID` and `:why RULE ID`.
@Suite struct ReplBatchTests {
    static let reports = ["--each", "report=" + CLI.root + "/rules/examples/reports-2020.jsonl",
                          "--data", "calendar=" + CLI.root + "/rules/examples/calendar-2020.json", "--today", "2020-12-15"]

    func batch(_ lines: [String], each: [String] = ReplBatchTests.reports) -> CLI.Run {
        CLI.run(["repl", CLI.root + "/rules/session"] + each, environment: ["IGFRULES_HISTORY": ""], input: lines)
    }

    func transcript(_ run: CLI.Run) -> String {
        String(run.output.drop { $0 != "\n" }.dropFirst())
    }

    @Test func loadsEveryRecordAndDiffCountsPerRuleThenListsTheRecords() {
        let run = batch(["param short_within = 13 hours", ":diff"])
        #expect(run.output.hasPrefix("igfrules \(IGFRulesCommand.version) — 7 rules loaded; data: calendar; 36 records of report; today is 2020-12-15."))
        #expect(transcript(run) == """
            igfrules> param short_within = 13 hours
            short_within = 13 hours
            → 1 outcome changed (session.report.short-report (WS #128): fail → pass)
            igfrules> :diff
            1 outcome differs from the baseline, in 1 of 36 records:
              session.report.short-report  1 record
            report WS #128
              session.report.short-report: fail → pass
                  before: submitted 12 hours 1 minute after the session ended (2020-11-11T08:20:00Z); at most 12 hours is allowed (would pass if `report.short_report_submitted_at` were 2020-11-11T20:20:00Z or earlier (1 minute earlier))
                  now:    met

            """)
        #expect(run.status == 0)
    }

    @Test func focusNarrowsToOneRecordSuggestsOnAnUnknownIdAndWidensAgain() {
        let run = batch([":focus OF #2", ":focus WS #75", "set report.detailed_report_submitted_at = missing", ":focus", ":diff"])
        #expect(transcript(run).hasPrefix("""
            igfrules> :focus OF #2
            error: no record of report has the id `OF #2`; did you mean `OF #20`?
            igfrules> :focus WS #75
            report WS #75 in view (record 5 of 36); :focus alone shows all again
            igfrules> set report.detailed_report_submitted_at = missing
            report.detailed_report_submitted_at = missing
            → 1 outcome changed (session.report.detailed-report (WS #75): pass → fail)
            igfrules> :focus
            all 36 records of report in view
            igfrules> :diff
            1 outcome differs from the baseline, in 1 of 36 records:
              session.report.detailed-report  1 record
            report WS #75
              session.report.detailed-report: pass → fail
                  before: met
                  now:    no detailed report;
            """))
        #expect(run.status == 1)
    }

    @Test func checkAndWhyTakeARecordId() {
        let run = batch([":check session.report.track WS #341", ":why session.report.short-report WS #128", ":why session.report.short-report", ":check WS #34"])
        #expect(transcript(run) == """
            igfrules> :check session.report.track WS #341
            report WS #341
              FAIL   session.report.track                The session belongs to one of the year's thematic tracks
                     track Digital Cooperation is not one of the year's tracks (Data, Environment, Inclusion, Trust)
                     cites: IGF 2020 session-report practice: “The recommendations and suggestions are listed under the thematic track that the session was included under”
              0 pass, 1 fail, 0 warn, 0 skip, 0 error

            igfrules> :why session.report.short-report WS #128
            session.report.short-report (report WS #128): FAIL  A short report is submitted within 12 hours of the session's end
              submitted 12 hours 1 minute after the session ended (2020-11-11T08:20:00Z); at most 12 hours is allowed
              hint: would pass if `report.short_report_submitted_at` were 2020-11-11T20:20:00Z or earlier (1 minute earlier)
              cites: IGF 2020 session-report practice: “Session organisers at each IGF meeting are requested to submit a short report on the session they organised within 12 hours of their session ending”
              report.short_report_submitted_at by report.ended_at + short_within → no
                report.short_report_submitted_at → 2020-11-11T20:21:00Z
                report.ended_at + short_within → 2020-11-11T20:20:00Z
                  report.ended_at → 2020-11-11T08:20:00Z
                  short_within → 12 hours
            igfrules> :why session.report.short-report
            error: which record? write `:why session.report.short-report RECORD-ID`, such as :why session.report.short-report DC Future Unclear, or :focus a record first
            igfrules> :check WS #34
            error: no record of report has the id `WS #34`; did you mean `WS #341`?

            """)
    }

    @Test func setChangesEveryRecordOrNoneAndDataForTheRecordsComesFromEach() {
        let run = batch(["set report.title = \"T\"", "set report.recommendations[3].text = \"x\"", ":data report=x.json", "report.title"])
        #expect(transcript(run) == """
            igfrules> set report.title = "T"
            report.title = "T"  (in all 36 records)
            → no outcome changed
            igfrules> set report.recommendations[3].text = "x"
            error: in report OF #30: report.recommendations[3].text: the list has 1 entry, so there is no position 3; no record was changed
            igfrules> :data report=x.json
            error: the records of report come from --each; :data loads the other data, such as :data calendar=FILE
            igfrules> report.title
            "T"  (text; the same in all 36 records)

            """)
    }

    @Test func recordsThatCannotBeReadAreReportedAndLeftOut() throws {
        let file = try CLI.file("r.jsonl", "{\"id\": \"a\", \"title\": \"A\"}\nnot json\n{\"id\": \"b\"}\n")
        let run = batch(["report.title"], each: ["--each", "report=" + file, "--today", "2020-12-15"])
        #expect(run.output.contains("2 records of report"))
        #expect(run.errors.contains("r.jsonl:2:1: error: this data is not valid JSON"))
        #expect(run.errors.contains("1 record of \(file) could not be read and was left out."))
        #expect(run.output.hasSuffix("igfrules> report.title\na: \"A\"  (text)\nb: missing  (missing)\n"))
    }
}
