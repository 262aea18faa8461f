import Foundation
import Testing

/// A batch's data warnings: the first records' are printed, the rest counted in one line, so that
/// a Secretariat batch of thousands of proposals is not buried under them.
@Suite struct BatchWarningsTests {
    let rules = CLI.root + "/rules"

    @Test func theDataWarningsOfTwentyRecordsArePrintedAndTheRestCountedInOneLine() throws {
        let lines = (1...25).map { #"{"id": "p\#($0)", "title": "T", "submitted": "2021-03-0\#($0 % 9 + 1)"}"# }
        let records = try CLI.file("future.jsonl", lines.joined(separator: "\n") + "\n")
        let run = CLI.run(["check", rules + "/bpf", "--each", "proposal=" + records, "--today", "2021-02-01", "--quiet"])
        let warnings = run.errors.split(separator: "\n").filter { $0.contains("is after today") }
        #expect(warnings.count == 20, "\(run.errors)")
        #expect(warnings.first?.contains("record 1: proposal.submitted: 2021-03-02 is after today (2021-02-01)") == true)
        #expect(run.errors.contains("warning: 5 more records of \(records) have data warnings, not shown "
                                    + "(`igfrules validate` lists every malformed value and unknown field)\n"))
        #expect(run.output.contains("25 subjects checked"), "\(run.output)")
    }

    @Test func aNullRecordIsAWarningNamingItsPositionNotASilentGap() throws {
        let records = try CLI.file("nulls.jsonl", "{\"id\": \"x\", \"title\": \"T\"}\nnull\n")
        let run = CLI.run(["check", rules + "/bpf", "--each", "proposal=" + records, "--today", "2021-02-01", "--quiet", "--format", "json"])
        #expect(run.errors.contains("warning: \(records), record 2: the record is null, so nothing in it is checked\n"))
        #expect(run.output.contains("\"id\":\"x\""))
    }

    @Test func theSharedDataFilesOfABatchAreWarnedAboutOnceBeforeItsRecords() throws {
        let calendar = try CLI.file("shared-calendar.json", #"{"first_mag_meeting": "14 Jan", "annual_meeting": {"start": "2021-12-16", "end": "2021-12-10"}}"#)
        let proposals = try CLI.file("shared-proposals.jsonl", #"{"id": "p1", "title": "T"}"# + "\n" + #"{"id": "p2", "title": "T"}"# + "\n")
        let malformed = "warning: \(calendar):1:23: calendar.first_mag_meeting: expected a date (YYYY-MM-DD), found text \"14 Jan\" (rules that read it give error)\n"
        let reversed = "warning: \(calendar):1:51: calendar.annual_meeting: ends on 2021-12-10, before it starts on 2021-12-16: is one of the dates wrong?\n"
        let data = ["--each", "proposal=" + proposals, "--data", "calendar=" + calendar]
        for arguments in [["check", rules + "/bpf"] + data + ["--today", "2021-03-01", "--quiet"],
                          ["score", rules] + data,
                          ["diff", rules + "/bpf", rules + "/bpf"] + data] {
            let run = CLI.run(arguments)
            #expect(run.errors.hasPrefix(malformed + reversed), "\(arguments[0]): \(run.errors)")
            #expect(run.errors.components(separatedBy: "calendar.annual_meeting").count == 2, "\(arguments[0]): said once")
        }
    }

    @Test func aTimelineOfOnlyUnreadableRecordsSaysSoNotThatNoRulesetApplies() throws {
        let activities = try CLI.file("cr-activities.jsonl", #"{"id": "a1"}"# + "\r" + #"{"id": "a2"}"# + "\r")
        let run = CLI.run(["timeline", rules, "--each", "activity=" + activities, "--today", "2021-06-01"])
        #expect(run.status == 2)
        #expect(run.errors.contains("the records are separated by carriage returns (\\r) alone"))
        #expect(run.errors.hasSuffix("1 record could not be read; no other record was read, so there is no timeline.\n"), "\(run.errors)")
        #expect(!run.errors.contains("no ruleset applies"))
    }
}
