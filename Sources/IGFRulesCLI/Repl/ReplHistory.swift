import Foundation

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
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { $0.replacingOccurrences(of: "\\n", with: "\n") }.suffix(ReplHistory.limit)
    }

    /// Appends a line; a history that cannot be written is silently not kept.
    func append(_ line: String) {
        guard let path, !line.isEmpty else { return }
        let entry = line.replacingOccurrences(of: "\n", with: "\\n") + "\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(entry.utf8))
            try? handle.close()
        } else {
            _ = FileManager.default.createFile(atPath: path, contents: Data(entry.utf8))
        }
    }
}
