import Foundation
import IGFRules

/// The REPL's history file, kept across sessions: `IGFRULES_HISTORY`, or `~/.igfrules_history`.
/// Set `IGFRULES_HISTORY` to an empty value to keep no history.
struct ReplHistory {
    static let limit = 1000
    let path: String?

    init(environment: [String: String]) {
        if let configured = environment["IGFRULES_HISTORY"] {
            path = configured.isEmpty ? nil : configured
        } else if let home = environment["HOME"], !home.isEmpty {
            path = home + "/.igfrules_history"
        } else {
            path = nil
        }
    }

    func load() -> [String] {
        // Only a regular file is read: a FIFO named as the history would block the session.
        guard let path, case .success(let bytes) = FileAccess.read(path, limit: 8 << 20) else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n").map { $0.replacingOccurrences(of: "\\n", with: "\n") }.suffix(ReplHistory.limit)
    }

    /// Appends a line; a history that cannot be written is silently not kept.
    func append(_ line: String) {
        guard let path, !line.isEmpty else { return }
        let entry = line.replacingOccurrences(of: "\n", with: "\\n") + "\n"
        // Appended only to a regular file (or a new one), and a failed write is not a trap.
        let kind = FileAccess.kind(of: path)
        guard kind == .regularFile || kind == .missing else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        _ = CheckedOutput(descriptor: descriptor).write(entry)
        close(descriptor)
    }
}
