import Foundation
import IGFRules

/// An interactive what-if session over loaded rules and data. It evaluates expressions, checks
/// rules, changes the data, parameters and rules, and compares outcomes with the baseline (the
/// state when the data was loaded). With `--each`, it holds a batch of records and every check
/// and comparison runs over all of them (or the one `:focus` names). Every input is handled here;
/// no input ends the session except `:quit` (or the end of input).
final class ReplSession {
    let console: Console
    /// The rule files read from disk (with their includes), and the declarations typed in the
    /// session over them (a later one with the same key replaces the earlier one).
    var workspace: Workspace { didSet { memo.current = nil } }
    var rulePaths: [String]
    var scenario: Scenario { didSet { memo.current = nil } }
    /// With `--each`: the data name of the records, and the records as the session changed them.
    let eachName: String?
    var records: [Value]? { didSet { memo.current = nil } }
    /// The inputs that made the current state, in order, for `:export`.
    var steps: [Step] = []
    /// The state when the data was loaded: what `:diff` compares with and `:reset` returns to.
    var baseline: Snapshot { didSet { memo.baseline = nil } }
    /// The outcomes last found for the current state and the baseline (see ReplSession+Incremental).
    var memo = OutcomeMemo()
    /// Each change with the state before it, for `:undo`.
    var undoStack: [(snapshot: Snapshot, input: String)] = []
    /// The record (by position in `records`) that checks, `set` and `:diff` are narrowed to.
    var focus: Int?
    /// This session's inputs, for `:history`.
    var inputs: [String] = []
    var inputCount = 0
    var finished = false
    /// How many inputs failed (showed an error), for the exit status of a script.
    var failures = 0
    var inputFailed = false
    /// While replaying a scenario file: the file and the line the current input starts on, so that
    /// messages point into the file.
    var origin: (path: String, line: Int)?
    /// Whether each change is followed by one line saying which outcomes it changed.
    var showsEffects = true
    /// When a scenario is replayed for `check` or `diff`: nothing is shown but problems, and
    /// those go to standard error.
    var quiet = false
    /// Whether `:save` and `:export` write their files. A scenario replayed by `check` or `diff`
    /// only evaluates: a file passed around must not make a check write anywhere.
    var writesFiles = true

    /// One input that changed the state, and the record `:focus` named when it was typed.
    struct Step {
        let text: String
        let focus: String?
    }

    struct Snapshot {
        let workspace: Workspace
        let rulePaths: [String]
        let scenario: Scenario
        let records: [Value]?
        let steps: [Step]
    }

    init(console: Console, rulePaths: [String], baseFiles: [RuleFile], scenario: Scenario,
         records: (name: String, values: [Value])? = nil, setup: [String] = []) {
        self.console = console
        self.rulePaths = rulePaths
        workspace = Workspace(files: baseFiles)
        self.scenario = scenario
        eachName = records?.name
        self.records = records?.values
        steps = setup.map { Step(text: $0, focus: nil) }
        baseline = Snapshot(workspace: workspace, rulePaths: rulePaths, scenario: scenario,
                            records: records?.values, steps: steps)
    }

    var snapshot: Snapshot {
        Snapshot(workspace: workspace, rulePaths: rulePaths, scenario: scenario, records: records, steps: steps)
    }

    func restore(_ snapshot: Snapshot) {
        workspace = snapshot.workspace
        rulePaths = snapshot.rulePaths
        scenario = snapshot.scenario
        records = snapshot.records
        steps = snapshot.steps
    }

    /// Applies the change `input` asks for: remembers the state before it for `:undo` and the
    /// input for `:export`, then (with `effect`) says which outcomes it changed. A change that
    /// throws is neither remembered nor recorded.
    /// `changed`: the data paths a `set` or `unset` changes, so that only the rules reading them
    /// are evaluated again.
    func change(_ input: String, effect: Bool = true, changed: [DataPath]? = nil, _ body: () throws -> Void) rethrows {
        let before = snapshot
        let outcomes = effect && showsEffects ? currentResults() : []
        try body()
        steps.append(Step(text: input, focus: focusedId))
        undoStack.append((before, input))
        if effect && showsEffects { say(effectLine(before: outcomes, after: results(after: outcomes, changed: changed))) }
    }

    // MARK: Input

    /// Handles one complete input (possibly several lines).
    func handle(_ input: String) {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        inputCount += 1
        inputs.append(input)
        inputFailed = false
        defer { if inputFailed { failures += 1 } }
        if text.hasPrefix(":") {
            command(text)
            return
        }
        if text == "quit" || text == "exit" {
            say("type :quit or Ctrl-D to leave")
            return
        }
        let firstWord = text.prefix { $0.isLetter || $0 == "_" }
        switch firstWord {
        case "set", "unset": changeData(input)
        case "param": setParameter(input)
        case "define", "rule", "ruleset", "data", "type", "clause", "test", "include": declare(input)
        default: evaluate(input)
        }
    }

    /// A fresh source for one input, named so that messages say which input it was (or, from a
    /// scenario file, its file and line).
    func source(_ text: String) -> SourceFile {
        guard let origin else { return SourceFile(path: "input \(inputCount)", text: text) }
        return SourceFile(path: origin.path, text: String(repeating: "\n", count: max(0, origin.line - 1)) + text)
    }

    /// Problems are shown in the session's own output, in order with everything else.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        if diagnostics.contains(where: { $0.severity == .error }) { inputFailed = true }
        if quiet {
            console.err(DiagnosticRenderer(useColour: console.colourErrors).render(diagnostics))
        } else {
            console.out(DiagnosticRenderer(useColour: console.colourOutput).render(diagnostics))
        }
    }

    func say(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// The session's output (none when `quiet`).
    func write(_ text: String) {
        if !quiet { console.out(text) }
    }

    func problem(_ text: String) {
        inputFailed = true
        let place = origin.map { "\($0.path):\($0.line): " } ?? ""
        if quiet { console.err("\(place)error: \(text)\n") } else { console.out("\(place)error: \(text)\n") }
    }

    /// A warning, in the session's output (or, quiet, on the error stream with the file and line).
    func warn(_ text: String) {
        let place = origin.map { "\($0.path):\($0.line): " } ?? ""
        if quiet { console.err("\(place)warning: \(text)\n") } else { console.out("warning: \(text)\n") }
    }

    /// Whether an input stops in the middle (`define x = 1 +`) and the next line should continue it.
    static func isUnfinished(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix(":") else { return false }
        let file = SourceFile(path: "input", text: text)
        let firstWord = trimmed.prefix { $0.isLetter || $0 == "_" }
        let diagnostics: [Diagnostic]
        switch firstWord {
        case "set", "unset": diagnostics = Parser.parseStatement(file).1
        case "define", "param", "include", "rule", "ruleset", "data", "type", "clause", "test": diagnostics = Parser.parse(file).1
        default: diagnostics = Parser.parseExpression(file).1
        }
        return diagnostics.contains { $0.endsTooSoon }
    }
}
