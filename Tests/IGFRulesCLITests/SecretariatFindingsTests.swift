import Foundation
import Testing

/// What a fresh-eyes tester found for the Secretariat: HTML messages, filtered summaries, the
/// timeline's future dates, coverage headings, and warnings that name their data file.
@Suite struct SecretariatFindingsTests {
    static let reports = ["check", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl", "--data",
                          "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15"]

    @Test func htmlReportsShowABacktickedNameAsCodeNotAsBackticks() {
        let run = CLI.run(["score", "rules/", "--each", "proposal=rules/examples/proposals-2021.jsonl",
                           "--data", "calendar=rules/examples/calendar-2021.json", "--format", "html"])
        #expect(run.output.contains("no submission date is given (<code>proposal.submitted</code> is missing)"))
        let check = CLI.run(["check", "rules/bpf", "--data", "rules/examples/proposal-rushed-2021.json", "--format", "html"])
        #expect(check.output.contains("<code>"))
        #expect(!check.output.contains("`"))
    }

    @Test func aFilteredBatchCountsTheResultsShownButTheSubjectsAndExitStatusByEveryRule() {
        let run = CLI.run(Self.reports + ["--rule", "session.report.short-report"])
        #expect(run.output.contains("36 subjects checked: 23 met every required rule, 13 did not.\nAll results: 35 pass, 1 fail, 0 warn, 0 skip, 0 error\n"))
        #expect(run.output.contains("Rules most often not met:\n  session.report.short-report  1 of 36\n"))
        #expect(!run.output.contains("session.report.recommendations"))
        #expect(run.status == 1)
        let json = CLI.run(Self.reports + ["--rule", "session.report.short-report", "--format", "json"])
        #expect(json.output.hasSuffix("],\"summary\":{\"pass\":35,\"fail\":1,\"warn\":0,\"skip\":0,\"error\":0}}\n"))
        let unfiltered = CLI.run(Self.reports)
        #expect(!unfiltered.output.contains("All results: 35 pass, 1 fail"))
    }

    @Test func timelineWarnsAboutADoneDateAfterToday() {
        let run = CLI.run(["timeline", "rules/", "--data", "calendar=rules/examples/calendar-2021.json",
                           "--each", "activity=rules/examples/activities-2021.jsonl", "--today", "2021-10-01"])
        #expect(run.status == 0)
        #expect(run.errors.contains("warning: rules/examples/activities-2021.jsonl, record 3: activity.milestones[2].done: 2021-10-18 is after today (2021-10-01): is the date right, or --today?\n"))
        let shared = CLI.run(["timeline", "rules/bpf", "--data", "rules/examples/activity-bpf-data-2021.json", "--today", "2021-06-01"])
        #expect(shared.errors.contains("warning: rules/examples/activity-bpf-data-2021.json:71:17: activity.milestones[1].done: 2021-06-28 is after today"))
    }

    @Test func coveragePrintsEachHeadingOnce() {
        let run = CLI.run(["coverage", "rules/"])
        #expect(run.status == 0)
        let headings = run.output.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.hasPrefix("Modalities") }
        #expect(!headings.isEmpty)
        #expect(headings.count == Set(headings).count, "repeated: \(headings.filter { h in headings.count { $0 == h } > 1 })")
    }

    @Test func aMalformedValueWarningNamesTheDataFileItCameFrom() throws {
        let calendar = try CLI.file("cal.json", #"{"first_mag_meeting": "2021-02-30"}"#)
        let proposal = try CLI.file("p.json", #"{"id": "x", "title": "T"}"#)
        let run = CLI.run(["check", "rules/bpf", "--data", "calendar=" + calendar, "--data", "proposal=" + proposal, "--today", "2021-03-01"])
        #expect(run.errors.contains("warning: \(calendar):1:23: calendar.first_mag_meeting: \"2021-02-30\" is not a date: February 2021 has 28 days"))
        let validate = CLI.run(["validate", "rules/bpf", "--data", "calendar=" + calendar])
        #expect(validate.output.contains("\(calendar):1:23: calendar.first_mag_meeting: \"2021-02-30\" is not a date"))
    }
}
