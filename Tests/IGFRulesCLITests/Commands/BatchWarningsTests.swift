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
}
