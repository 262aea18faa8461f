import Foundation
import IGFRules

/// Where `check --format markdown|html|junit` keeps a batch's subjects until its summary is written:
/// `TMPDIR`, or `/tmp` when it is not set. `IGFRULES_SPILL_LIMIT` sets how many bytes stay in
/// memory first (0: every subject goes to the file at once), for comparisons in tests.
extension SpillSettings {
    static func of(_ environment: [String: String]) -> SpillSettings {
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let limit = environment["IGFRULES_SPILL_LIMIT"].flatMap { Int($0) }.map { max(0, $0) } ?? SpillSettings.defaultLimit
        return SpillSettings(folder: folder, limit: limit)
    }
}

extension CheckCommand {
    /// Writes what the report writes after the last subject, a piece at a time. When its
    /// temporary file failed, says so and ends the command (exit 2) with nothing written.
    static func finish(_ reporter: inout SubjectReporter, console: Console) throws {
        do {
            try reporter.end { chunk in console.out { $0.append(contentsOf: chunk) } }
        } catch {
            console.err("error: cannot write the report: \(error); " + (error.stage == .reading ? "the output is incomplete\n" : "nothing was written\n"))
            throw CommandFailure.reported
        }
    }
}
