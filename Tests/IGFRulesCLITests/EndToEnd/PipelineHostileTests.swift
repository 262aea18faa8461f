import Foundation
import Testing

/// A hostile test of `check --each`'s batches (32 records or 2 MB each, checked on
/// `IGFRULES_THREADS` threads): output, messages and exit status are the same whatever the
/// number of threads, at every batch edge, for lines past the batch size, for output that cannot
/// be written, and when the command is stopped by a signal mid-run.
@Suite struct PipelineHostileTests {
    static let rules = CLI.root + "/rules/bpf"

    /// A proposal without an `id` (named by its position), as one JSON Lines line.
    static func line(_ index: Int, padding: Int = 0) -> String {
        "{\"kind\": \"bpf\", \"title\": \"Topic \(index)\", \"facilitators\": [{\"name\": \"F\(index)\"}]"
            + String(repeating: " ", count: padding) + "}"
    }

    /// `count` records, with a `null` record, a line that is not JSON and a data warning just
    /// before, at and after the first batch edge (records 31, 32 and 33).
    func edgeLines(_ count: Int) throws -> String {
        let lines = (0..<count).map { index -> String in
            switch index {
            case 30: "null"
            case 31: "{not json \(index)"
            case 32: "{\"kind\": \"bpf\", \"submitted\": \"2021-13-40\", \"title\": \"Topic \(index)\"}"
            default: Self.line(index)
            }
        }
        return try CLI.file("edge-\(count).jsonl", lines.map { $0 + "\n" }.joined())
    }

    func check(_ path: String, threads: String, _ options: [String], environment: [String: String] = [:]) throws -> CLI.Run {
        let arguments = ["check", Self.rules, "--each", "proposal=" + path, "--today", "2021-03-01"] + options
        let (run, signalled) = try CLI.execute(arguments, environment: ["NO_COLOR": "1", "IGFRULES_THREADS": threads].merging(environment) { $1 })
        #expect(!signalled)
        return run
    }

    /// Runs on one thread and on `others`, and expects the same bytes and status from each.
    @discardableResult
    func sameOnEveryThreadCount(_ path: String, _ options: [String], others: [String] = ["2", "8"], environment: [String: String] = [:],
                                sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Run {
        let one = try check(path, threads: "1", options, environment: environment)
        for threads in others {
            let many = try check(path, threads: threads, options, environment: environment)
            #expect(many.status == one.status, "IGFRULES_THREADS=\(threads)", sourceLocation: sourceLocation)
            #expect(many.output == one.output, "IGFRULES_THREADS=\(threads): the output differs", sourceLocation: sourceLocation)
            #expect(many.errors == one.errors, "IGFRULES_THREADS=\(threads): the messages differ", sourceLocation: sourceLocation)
        }
        return one
    }

    @Test(arguments: [1, 31, 32, 33, 64, 65])
    func recordsAtEveryBatchEdgeReadAsOnOneThreadWithSpilledReports(count: Int) throws {
        let path = try edgeLines(count)
        let one = try sameOnEveryThreadCount(path, ["--format", "junit", "--strict"], environment: ["IGFRULES_SPILL_LIMIT": "0"])
        #expect(one.status == (count > 31 ? 2 : 1))
        if count > 31 { #expect(one.errors.contains("1 record of \(path) could not be read; the \(count - 1) others were checked.")) }
    }

    @Test func anEmptyRecordsFileIsTheSameUsageErrorOnEveryThreadCount() throws {
        let path = try CLI.file("empty.jsonl", "")
        let one = try sameOnEveryThreadCount(path, ["--format", "html"])
        #expect(one.status == 2)
        #expect(one.output.isEmpty)
        #expect(one.errors.contains("holds no records"))
    }

    @Test func linesPastTheBatchSizeEndTheirBatchAndAreNamedAsOnOneThread() throws {
        // Three lines of 3 MB (more than a batch's 2 MB) around the first batch edge.
        let lines = (0..<40).map { index in Self.line(index, padding: (30...32).contains(index) ? 3 << 20 : 0) + "\n" }
        let path = try CLI.file("wide.jsonl", lines.joined())
        let one = try sameOnEveryThreadCount(path, ["--format", "text"], others: ["3"])
        #expect(one.status == 1)
        for position in [30, 31, 32, 33, 40] { #expect(one.output.contains("proposal #\(position)\n")) }
        #expect(!one.output.contains("proposal #41\n"))
    }

    /// Runs a bash script with `$IGF` naming the built executable and `$RECORDS` a file of
    /// `count` records (or of `lines`); returns its status and standard error.
    func script(_ text: String, records count: Int = 0, lines: [String]? = nil) throws -> (status: Int32, errors: String) {
        let records = try CLI.file("records.jsonl", (lines ?? (0..<count).map { Self.line($0) }).map { $0 + "\n" }.joined())
        let result = try Subprocess.run("/bin/bash", ["-c", text], in: CLI.root,
                                        environment: ["NO_COLOR": "1", "IGF": CLI.executable, "RULES": Self.rules, "RECORDS": records,
                                                      "PATH": "/usr/bin:/bin"],
                                        timeLimit: 60)
        #expect(!result.timedOut, "did not end within 60 s")
        return (result.status, String(decoding: result.errors, as: UTF8.self))
    }

    @Test(arguments: ["1", "8"])
    func outputThatCannotBeWrittenEndsTheCommandOnEveryThreadCount(threads: String) throws {
        let check = "IGFRULES_THREADS=\(threads) \"$IGF\" check \"$RULES\" --each proposal=\"$RECORDS\" --today 2021-03-01"
        let full = try script(check + " --format html > /dev/full", records: 200)
        #expect(full.status == 2)
        #expect(full.errors.contains("error: cannot write the output: the disk is full; it is incomplete"))
        let closed = try script(check + " --format json >&-", records: 200)
        #expect(closed.status == 2)
        #expect(closed.errors.contains("error: cannot write the output: it is closed; it is incomplete"))
        // A reader that stops early: quiet, as grep is, and exit 2.
        let early = try script(check + " --format text | head -c 100 > /dev/null; exit ${PIPESTATUS[0]}", records: 200)
        #expect(early.status == 2)
        #expect(!early.errors.contains("error"), "\(early.errors)")
    }

    @Test(arguments: ["INT", "TERM"])
    func aSignalMidRunEndsTheCommandWithoutAHangOrLeftoverFiles(signal: String) throws {
        let folder = try CLI.temporaryFolder()
        // `set -m` and `env --default-signal`: a background job of a script, and a child of the
        // test runner, would otherwise ignore SIGINT or SIGTERM.
        let run = try script("""
            set -m
            IGFRULES_THREADS=8 IGFRULES_SPILL_LIMIT=0 TMPDIR="\(folder)" env --default-signal=INT,TERM "$IGF" check "$RULES" --each proposal="$RECORDS" \
              --today 2021-03-01 --format markdown > /dev/null 2>&1 &
            pid=$!; sleep 0.4; kill -\(signal) $pid; wait $pid; status=$?
            [ -z "$(ls -A "\(folder)")" ] || { echo "left behind: $(ls "\(folder)")" >&2; exit 99; }
            exit $status
            """, records: 2000)
        // Ended by the signal (128 + its number), 2,000 records in.
        #expect(run.status == (signal == "INT" ? 130 : 143), "status \(run.status): \(run.errors)")
    }

    /// A report much larger than its records (JUnit repeats a subject's id in each of its test
    /// cases: 14 MB for a 1 MB id): the batches waiting to be written are kept under a budget of
    /// bytes (`BatchPipeline`), and checking threads start only when a batch would wait for one,
    /// so eight threads fit the memory one does (they took 232 MB against 105 MB, and aborted
    /// under this cap, before the budget).
    @Test func aReportLargerThanItsRecordsFitsTheMemoryOnEightThreadsThatItFitsOnOne() throws {
        let lines = (0..<24).map { "{\"id\": \"\($0)" + String(repeating: "x", count: 1_000_000) + "\", \"kind\": \"bpf\", \"title\": \"Topic \($0)\"}" }
        for threads in ["1", "2", "8"] {
            let run = try script("""
                ulimit -v 400000
                IGFRULES_THREADS=\(threads) "$IGF" check "$RULES" --each proposal="$RECORDS" --today 2021-03-01 --format junit \\
                  | (sleep 1; cat > /dev/null)
                exit ${PIPESTATUS[0]}
                """, lines: lines)
            #expect(run.status == 1, "IGFRULES_THREADS=\(threads): status \(run.status)\n\(run.errors.prefix(400))")
        }
    }
}
