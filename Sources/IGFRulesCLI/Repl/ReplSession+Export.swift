import Foundation
import IGFRules

/// `:export FILE`: the session as a script that replays it.
extension ReplSession {
    /// The script: a header saying how to replay it, then every input that made the current state
    /// (today, data loaded, the baseline, parameter changes, declarations, `set` and `unset`), in
    /// order, with `:focus` where a change was made to one record of a batch; then `:diff`.
    func script() -> String {
        var lines = [
            "# A what-if scenario exported by igfrules \(IGFRulesCommand.version). Replay it with",
            "#   igfrules repl \(rulePaths.joined(separator: " "))\(eachName.map { " --each \($0)=FILE" } ?? "") < THIS-FILE",
            "# or over a batch of records with",
            "#   igfrules check \(rulePaths.joined(separator: " ")) --each \(eachName ?? "NAME")=FILE --scenario THIS-FILE",
        ]
        var focused: String?
        for step in steps {
            if step.focus != focused {
                lines.append(step.focus.map { ":focus \($0)" } ?? ":focus")
                focused = step.focus
            }
            lines.append(step.text)
            // A declaration over several lines ends at an empty line.
            if step.text.contains("\n") || InputAssembler.blockKeywords.contains(String(step.text.prefix { $0.isLetter })) { lines.append("") }
        }
        // Replayed, the script ends by showing what it changes, over every record.
        if focused != nil { lines.append(":focus") }
        lines.append(":diff")
        return lines.joined(separator: "\n") + "\n"
    }

    func export(_ path: String) {
        guard !path.isEmpty else {
            problem("write `:export FILE`, such as :export scenario.txt")
            return
        }
        do {
            try AtomicFile.write(script(), to: path)
            let count = steps.count
            say("exported \(count) step\(count == 1 ? "" : "s") to \(path); replay with igfrules repl … < \(path) or check … --scenario \(path)")
        } catch {
            problem("cannot write \(path): \(error); nothing was written")
        }
    }
}
