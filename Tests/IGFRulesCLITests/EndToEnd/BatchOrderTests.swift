import Foundation
import Testing

/// `check --each` reports a batch while the next one is checked: a JSON array whose element
/// breaks at or past a batch boundary must read as on one thread (the records before it
/// checked, the broken one reported), and one broken at its first element ends the command.
@Suite struct BatchOrderTests {
    static let rules = CLI.root + "/rules/bpf"

    /// A JSON array of `count` proposals, broken after the last one.
    func brokenArray(_ count: Int) throws -> String {
        var text = "["
        for index in 0..<count { text += "{\"id\": \"r\(index)\", \"kind\": \"bpf\", \"title\": \"Topic \(index)\"},\n" }
        return try CLI.file("broken-\(count).json", text + "{\"id\": }]\n")
    }

    func run(_ path: String, threads: String) throws -> CLI.Run {
        let (run, signalled) = try CLI.execute(["check", Self.rules, "--each", "proposal=" + path, "--today", "2021-03-01", "--quiet"],
                                               environment: ["NO_COLOR": "1", "IGFRULES_THREADS": threads])
        #expect(!signalled)
        return run
    }

    @Test(arguments: [63, 64, 65, 130])
    func anArrayBrokenAtOrPastABatchBoundaryReadsAsOnOneThread(count: Int) throws {
        let path = try brokenArray(count)
        let one = try run(path, threads: "1")
        let two = try run(path, threads: "2")
        #expect(one.status == 2)
        #expect(two.status == one.status)
        #expect(two.output == one.output)
        #expect(two.errors == one.errors)
        #expect(one.output.contains("proposal r\(count - 1)\n"))
        #expect(one.errors.contains("the \(count) other\(count == 1 ? " was" : "s were") checked."), "\(one.errors.suffix(300))")
    }

    @Test func anArrayBrokenAtItsFirstElementEndsTheCommandWithoutOutput() throws {
        let path = try brokenArray(0)
        for threads in ["1", "2"] {
            let run = try run(path, threads: threads)
            #expect(run.status == 2)
            #expect(run.output.isEmpty)
            #expect(run.errors.contains("error"))
        }
    }

    /// JSON Lines of 150 proposals without an `id` (each named by its position), with lines that
    /// are not JSON, `null` records and data warnings spread over several batches.
    func mixedLines() throws -> String {
        var lines: [String] = []
        for index in 0..<150 {
            switch index % 23 {
            case 5: lines.append("{not json \(index)")
            case 11: lines.append("null")
            case 17: lines.append("{\"kind\": \"bpf\", \"submitted\": \"2021-13-40\", \"title\": \"Topic \(index)\"}")
            default: lines.append("{\"kind\": \"bpf\", \"title\": \"Topic \(index)\", \"facilitators\": [{\"name\": \"F\(index)\"}]}")
            }
        }
        return try CLI.file("mixed.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test(arguments: ["json", "text", "markdown", "html", "junit"])
    func recordsAcrossBatchesAreNamedAndReportedAsOnOneThread(format: String) throws {
        let path = try mixedLines()
        func run(_ threads: String) throws -> CLI.Run {
            let (run, signalled) = try CLI.execute(["check", Self.rules, "--each", "proposal=" + path, "--today", "2021-03-01", "--format", format],
                                                   environment: ["NO_COLOR": "1", "IGFRULES_THREADS": threads])
            #expect(!signalled)
            return run
        }
        let one = try run("1")
        #expect(one.status == 2)
        // 7 lines are not JSON; a subject without an id is named by its place among the records read.
        #expect(one.errors.contains("7 records of \(path) could not be read; the 143 others were checked."))
        #expect(one.output.contains("#142"))  // the last line, 143rd read, is `null`
        #expect(!one.output.contains("#144"))
        for threads in ["2", "3"] {
            let many = try run(threads)
            #expect(many.status == one.status)
            #expect(many.output == one.output)
            #expect(many.errors == one.errors)
        }
    }

    @Test func aFileWhoseEveryRecordIsUnreadableSaysNoOtherRecordWasChecked() throws {
        let path = try CLI.file("all-broken.jsonl", "{not json\n{nor this\n")
        for threads in ["1", "2"] {
            let run = try run(path, threads: threads)
            #expect(run.status == 2)
            #expect(run.errors.hasSuffix("2 records of \(path) could not be read; no other record was checked.\n"), "\(run.errors)")
        }
    }
}
