import Foundation
import Testing

/// Data from a pipe (`--data <(…)`, `--each NAME=<(…)`) is read to its end, as a file would be;
/// a device is refused at once (`/dev/zero` used to be read for 1 GB, or for ever as records).
@Suite struct DataPipeTests {
    /// Runs a bash command line with `$IGF` the built tool, from the fixtures folder.
    func bash(_ script: String) throws -> (status: Int32, output: String, errors: String, seconds: Double) {
        let start = Date()
        let result = try Subprocess.run("/bin/bash", ["-c", script], in: CLI.root,
                                        environment: ["NO_COLOR": "1", "IGF": CLI.executable, "PATH": "/usr/bin:/bin"], timeLimit: 60)
        #expect(!result.timedOut && !result.signalled)
        return (result.status, String(decoding: result.output, as: UTF8.self), String(decoding: result.errors, as: UTF8.self),
                Date().timeIntervalSince(start))
    }

    @Test func dataAndRecordsFromAPipeAreRead() throws {
        let data = try bash("\"$IGF\" check rules/bpf --data <(cat rules/examples/proposal-gender-2021.json)")
        #expect(data.status == 0, "\(data.errors)")
        #expect(data.output.contains("14 pass, 0 fail"))
        let records = try bash("\"$IGF\" check rules/session --each report=<(sleep 1; cat rules/examples/reports-2020.jsonl) "
                               + "--data calendar=<(cat rules/examples/calendar-2020.json) --today 2020-12-15 --quiet")
        #expect(records.errors.isEmpty, "\(records.errors)")
        #expect(records.output.contains("36 subjects checked"), "\(records.output.suffix(300))")
    }

    @Test(arguments: ["--data /dev/zero", "--data proposal=/dev/urandom", "--each proposal=/dev/zero"])
    func aDeviceIsRefusedAtOnce(_ given: String) throws {
        let run = try bash("\"$IGF\" check rules/bpf \(given) --today 2021-03-01")
        #expect(run.status == 2)
        #expect(run.errors.contains("it is a device, not a regular file"), "\(run.errors)")
        #expect(run.seconds < 20)
    }
}
