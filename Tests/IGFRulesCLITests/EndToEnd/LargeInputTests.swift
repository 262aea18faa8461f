import Foundation
import Testing

/// Large batches, run through the built executable: a JSON array given to `--each` is read one
/// record at a time under a cap on the address space, a huge object reads in linear time, and
/// the records checked on several threads come out byte for byte as on one.
@Suite struct LargeInputTests {
    static let rules = CLI.root + "/rules/bpf"

    /// Runs the executable with its address space capped at `kilobytes` (`ulimit -v`).
    static func executeCapped(_ kilobytes: Int, _ arguments: [String]) throws -> (CLI.Run, signalled: Bool) {
        let script = "ulimit -v \(kilobytes) && exec \"$0\" \"$@\""
        let result = try Subprocess.run("/bin/sh", ["-c", script, CLI.executable] + arguments, in: CLI.root, environment: ["NO_COLOR": "1"])
        #expect(!result.timedOut)
        let run = CLI.Run(status: result.status, output: String(decoding: result.output, as: UTF8.self),
                          errors: String(decoding: result.errors, as: UTF8.self))
        return (run, result.signalled && !result.timedOut)
    }

    @Test func aJSONArrayGivenToEachIsReadRecordByRecordUnderAMemoryCap() throws {
        // 2,000 records and 48 MB of line breaks between two of them: read whole, the file and
        // its table of line starts (8 bytes a line) would need more than 450 MB.
        let path = try CLI.temporaryFolder() + "/records.json"
        var text = "["
        for index in 0..<2000 {
            if index > 0 { text += ",\n" }
            if index == 1000 { text += String(repeating: "\n", count: 48 << 20) }
            text += "{\"id\": \"r\(index)\", \"kind\": \"bpf\", \"title\": \"Topic \(index)\", \"facilitators\": [{\"name\": \"A\"}]}"
        }
        text += "\n]\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let (run, signalled) = try Self.executeCapped(400_000, ["check", Self.rules, "--each", "proposal=" + path, "--today", "2021-03-01", "--quiet"])
        #expect(!signalled)
        #expect(run.status == 1)
        #expect(run.output.contains("proposal r1999\n"))
        #expect(run.output.contains("2000 subjects checked: 0 met every required rule, 2000 did not."))
        #expect(!run.errors.contains("error"), "\(run.errors.prefix(500))")
    }

    @Test func aRecordWithAHundredThousandFieldsIsChecked() throws {
        var text = "{\"proposal\": {\"id\": \"wide\""
        for index in 0..<100_000 { text += ",\"k\(index)\":\(index)" }
        text += "}}"
        let path = try CLI.file("wide.json", text)
        let (run, signalled) = try CLI.execute(["check", Self.rules, "--data", path, "--today", "2021-03-01", "--quiet"])
        #expect(!signalled)
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("proposal wide\n"))
    }

    @Test func recordsCheckedOnSeveralThreadsComeOutAsOnOne() throws {
        // 36 reports five times over (more than one batch), with broken lines and records
        // without an id among them, so that positions and messages must stay in order.
        let reports = try String(contentsOfFile: CLI.root + "/rules/examples/reports-2020.jsonl", encoding: .utf8)
        var lines: [String] = []
        for round in 0..<5 {
            for (index, line) in reports.split(separator: "\n").enumerated() {
                lines.append(index % 7 == 3 ? line.replacingOccurrences(of: "\"id\":", with: "\"was_id\":") : String(line))
                if index % 11 == round { lines.append("{\"id\": \"broken\", ") }
                if index == 20 { lines.append("{\"id\": \"odd\", \"title\": 3, \"submitted\": \"2021-02-30\"}") }
            }
        }
        let path = try CLI.file("reports.jsonl", lines.joined(separator: "\n") + "\n")
        let arguments = ["check", CLI.root + "/rules/session", "--each", "report=" + path, "--data",
                         "calendar=" + CLI.root + "/rules/examples/calendar-2020.json", "--today", "2020-12-15"]
        for format in ["text", "json", "markdown"] {
            let (one, _) = try CLI.execute(arguments + ["--format", format], environment: ["NO_COLOR": "1", "IGFRULES_THREADS": "1"])
            let (four, _) = try CLI.execute(arguments + ["--format", format], environment: ["NO_COLOR": "1", "IGFRULES_THREADS": "4"])
            #expect(one.status == 2)
            #expect(four.status == one.status)
            #expect(four.output == one.output)
            #expect(four.errors == one.errors)
            #expect(one.errors.contains("could not be read; the 185 others were checked."))
        }
    }
}
