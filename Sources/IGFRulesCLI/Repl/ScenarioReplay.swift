import Foundation
import IGFRules

/// A scenario file — a script `:export` wrote, or one written by hand — replayed without output
/// for `check --scenario` and `diff --scenario`, over every record of `--each`. Its inputs are
/// handled exactly as the REPL handles them: `:data` and `:baseline` set the baseline, and the
/// changes after it are the what-if. A failed input is reported with its file and line, and the
/// rest is still replayed.
struct ScenarioReplay {
    static let sizeLimit = 16 << 20
    let path: String
    /// Each input, with the line it starts on.
    let inputs: [(line: Int, text: String, cut: Bool)]

    /// Reads and splits the file into inputs; a file that cannot be read is a usage error.
    init(path: String) throws {
        self.path = path
        // Only a regular file: reading a FIFO or a device could wait for ever.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            throw CommandFailure.usage(UsageError("cannot read the scenario file \(path): it is not a regular file"))
        }
        let bytes: [UInt8]
        switch RuleLoader.read(path, limit: ScenarioReplay.sizeLimit) {
        case .success(let read): bytes = read
        case .failure(let problem): throw CommandFailure.usage(UsageError("cannot read the scenario file \(path): \(problem)"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure.usage(UsageError("the scenario file \(path) is not UTF-8 text"))
        }
        inputs = ScenarioReplay.split(text)
    }

    /// The inputs of a script, as the REPL gathers typed lines.
    static func split(_ text: String) -> [(line: Int, text: String, cut: Bool)] {
        var assembler = InputAssembler()
        assembler.isUnfinished = ReplSession.isUnfinished
        var inputs: [(line: Int, text: String, cut: Bool)] = []
        var pendingStart = 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let wasContinuing = assembler.isContinuing
            let completed = assembler.add(line)
            for (offset, input) in completed.enumerated() {
                inputs.append((offset == 0 && wasContinuing ? pendingStart : number, input.text, input.cut))
            }
            if assembler.isContinuing, !wasContinuing || !completed.isEmpty { pendingStart = number }
        }
        if let rest = assembler.finish() { inputs.append((pendingStart, rest, false)) }
        return inputs
    }

    /// Replays the scenario over a world: the rules and data of `setup`, and the records.
    func replay(over setup: RunSetup, records: (name: String, values: [Value])?, console: Console) -> ReplSession {
        let scenario = Scenario(program: setup.program, bindings: setup.bindings, parameters: setup.parameters, today: setup.today)
        let session = ReplSession(console: console, rulePaths: [], baseFiles: setup.program.files, scenario: scenario, records: records)
        session.quiet = true
        session.showsEffects = false
        session.writesFiles = false
        for (line, text, cut) in inputs where !session.finished {
            session.origin = (path, line)
            if cut { session.warn(InputAssembler.cutNotice(endedAt: line + InputAssembler.maximumLines - 1)) }
            session.handle(text)
        }
        session.origin = nil
        session.focus = nil
        return session
    }

    /// Reads every record of `--each` (reporting and counting those that cannot be read).
    static func records(_ each: (name: String, path: String)?, console: Console) throws -> (records: (name: String, values: [Value])?, unreadable: Int) {
        guard let each else { return (nil, 0) }
        var values: [Value] = []
        let (_, unreadable) = try RunSetup.forEachRecord(in: each.path, console: console) { value, _ in values.append(value) }
        return ((each.name, values), unreadable)
    }

    /// `check --compare --scenario FILE`: the outcomes at the scenario's baseline against those at
    /// its end, record by record.
    static func compare(_ path: String, setup: RunSetup, arguments: Arguments, format: String, console: Console) throws -> Int32 {
        guard arguments.values("set").isEmpty, arguments.values("param").isEmpty else {
            throw CommandFailure.usage(UsageError("--scenario FILE holds the changes: write them in it as `param NAME = VALUE` and `set PATH = VALUE` rather than with --param and --set"))
        }
        let replay = try ScenarioReplay(path: path)
        let (records, unreadable) = try ScenarioReplay.records(setup.each, console: console)
        let session = replay.replay(over: setup, records: records, console: console)
        let positions: [Int?] = records.map { $0.values.indices.map { Optional($0) } } ?? [nil]
        let status = try Comparison.report(format: format, console: console) { emit in
            for position in positions {
                emit((session.results(of: session.baseline, only: position), session.results(of: session.snapshot, only: position)))
            }
            return unreadable
        }
        return replay.finish(status, failures: [session.failures], console: console)
    }

    /// The exit status, 1 when an input of the scenario failed, said once more at the end.
    func finish(_ status: Int32, failures: [Int], console: Console) -> Int32 {
        let failed = failures.max() ?? 0
        guard failed > 0 else { return status }
        console.flush()
        console.err("\(failed) input\(failed == 1 ? "" : "s") of \(path) failed (shown above); the rest of it was replayed.\n")
        return max(status, 1)
    }
}
