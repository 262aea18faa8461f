import Foundation
import Testing

/// `check --format markdown|html|junit` over a batch keeps the subjects' sections in a temporary file
/// until the summary is written: the bytes are those of a batch kept in memory, no file is left
/// behind, and a temporary folder that cannot be written is a clear error with nothing written.
@Suite struct SpilledReportEndToEndTests {
    /// 324 session reports: the 36 examples nine times, each copy with its own ids.
    static func batch() throws -> String {
        let examples = try String(contentsOfFile: CLI.root + "/rules/examples/reports-2020.jsonl", encoding: .utf8)
        let lines = examples.split(separator: "\n")
        let copies = (1...9).flatMap { copy in lines.map { $0.replacingOccurrences(of: #"{"id": ""#, with: #"{"id": "copy \#(copy) "#) } }
        #expect(copies.count == 324 && copies.allSatisfy { $0.hasPrefix(#"{"id": "copy "#) })
        return try CLI.file("reports.jsonl", copies.joined(separator: "\n") + "\n")
    }

    static func check(_ records: String, format: String, quiet: Bool = false, environment: [String: String]) throws -> CLI.Run {
        let arguments = ["check", "rules/session", "--each", "report=" + records, "--data", "calendar=rules/examples/calendar-2020.json",
                         "--today", "2020-12-15", "--format", format] + (quiet ? ["--quiet"] : [])
        let (run, signalled) = try CLI.execute(arguments, environment: ["NO_COLOR": "1"].merging(environment) { $1 })
        #expect(!signalled)
        return run
    }

    @Test(arguments: ["markdown", "html", "junit"], [false, true])
    func aBatchWritesTheSameBytesSpilledOrKeptInMemoryAndLeavesNoFile(format: String, quiet: Bool) throws {
        let records = try Self.batch()
        let folder = try CLI.temporaryFolder()
        let kept = try Self.check(records, format: format, quiet: quiet, environment: ["TMPDIR": folder, "IGFRULES_SPILL_LIMIT": "1000000000"])
        #expect(kept.status != 2)
        #expect(kept.output.hasPrefix(["html": "<!DOCTYPE html>", "junit": "<?xml "][format] ?? "**324 subjects checked: "))
        for limit in [nil, "0"] {
            let spilled = try Self.check(records, format: format, quiet: quiet,
                                         environment: limit.map { ["TMPDIR": folder, "IGFRULES_SPILL_LIMIT": $0] } ?? ["TMPDIR": folder])
            #expect(spilled.status == kept.status)
            #expect(spilled.output == kept.output, "\(format), limit \(limit ?? "default")")
            #expect(spilled.errors == kept.errors)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test(arguments: ["markdown", "html", "junit"])
    func aTemporaryFolderThatCannotBeWrittenIsAClearErrorWithNothingWritten(format: String) throws {
        let run = try Self.check(try Self.batch(), format: format, environment: ["TMPDIR": "/no/such/folder"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("error: cannot write the report: the report keeps the subjects' sections in a temporary file until its summary "
                                    + "is written, and no temporary file could be made in /no/such/folder (there is no such folder); "
                                    + "set TMPDIR to a folder with free space that you can write to; nothing was written\n"), "\(run.errors)")
    }

    @Test func aSmallBatchStaysInMemoryAndNeedsNoTemporaryFolder() throws {
        let records = try CLI.file("two.jsonl", try String(contentsOfFile: CLI.root + "/rules/examples/reports-2020.jsonl", encoding: .utf8)
            .split(separator: "\n").prefix(2).joined(separator: "\n") + "\n")
        let run = try Self.check(records, format: "markdown", environment: ["TMPDIR": "/no/such/folder"])
        #expect(run.status != 2)
        #expect(run.output.hasPrefix("**2 subjects checked: "))
    }
}
