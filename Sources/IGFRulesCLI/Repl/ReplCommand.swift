import IGFRules

/// `igfrules repl [RULES…] [--data …]`: the interactive what-if session.
enum ReplCommand: Command {
    static let name = "repl"
    static let summary = "Explore what-if scenarios interactively: change data, parameters and rules, and see which outcomes change."
    static let usage = "igfrules repl [RULES...] [--data FILE | --data NAME=FILE]... [--each NAME=FILE] [--param NAME=VALUE]... [--today YYYY-MM-DD]"
    static let options: [Arguments.Option] = RunSetup.dataOptions
    static let discussion = """
        On a terminal, lines can be edited with the arrow keys, Ctrl-W (delete a word), Alt-B and
        Alt-F (move by words); Tab completes field paths, rule ids, parameters, definitions and
        :commands; Ctrl-R searches the history; Up and Down recall earlier inputs (kept in
        ~/.igfrules_history, or the file IGFRULES_HISTORY names; set it empty to keep none).
        Ctrl-C cancels the current input; Ctrl-D or :quit leaves.
        When standard input is not a terminal, lines are read as they come and echoed after the
        prompt, so that a what-if script runs reproducibly: igfrules repl rules/ … < scenario.txt
        (the exit status is then 1 when an input of the script failed). With --each, every record
        of the file is loaded, and :check, :why and :diff work over all of them (or the one
        :focus names). :export FILE writes the session as such a script.

        """ + ReplSession.help

    static let prompt = "igfrules> "
    static let continuation = "     ...> "

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let today = try RunSetup.parseToday(arguments.value("today"))
        try RunSetup.oneEach(arguments)
        let (opened, loadDiagnostics) = Workspace.load(paths: arguments.positionals)
        console.report(loadDiagnostics)
        guard let workspace = opened else { throw CommandFailure.reported }
        let (checked, diagnostics) = workspace.check()
        console.report(diagnostics)
        guard let program = checked else { throw CommandFailure.reported }
        var inputs = RunInputs(program: program, today: today)
        try RunSetup.adapt(console: console) { () throws(SetupProblem) in try inputs.override(arguments.values("param")) }
        for argument in arguments.values("data") {
            let before = Set(inputs.bindings.doubtfulDates(today: today).map(\.description))
            let notices = try RunSetup.adapt(console: console) { () throws(SetupProblem) in try Workspace.bind(argument, into: &inputs.bindings) }
            console.report(notices.warnings)
            let found = inputs.bindings.doubtfulDates(today: today).filter { !before.contains($0.description) }
            CheckCommand.report(found, in: Workspace.splitBinding(argument)?.1 ?? argument, console: console)
        }
        let (parameters, bindings) = (inputs.parameters, inputs.bindings)
        let batch = try records(arguments.value("each"), program: program, console: console)
        let scenario = Scenario(program: program, bindings: bindings, parameters: parameters, today: today)
        let setup = [":today \(today)"] + arguments.values("data").map { ":data " + $0 }
            + program.parameters.indices.compactMap { slot in
                parameters[slot].equals(program.parameters[slot].defaultValue) == true ? nil
                    : "param \(program.parameters[slot].name) = \(ReplSession.whole(parameters[slot]))"
            } + [":baseline"]
        let session = ReplSession(console: console, rulePaths: arguments.positionals, baseFiles: workspace.baseFiles, scenario: scenario,
                                  records: batch, setup: setup)
        let loaded = program.dataNames.filter { !bindings.value(of: $0.name).isMissing }.map(\.name)
        let records = batch.map { "; \($0.values.count) record\($0.values.count == 1 ? "" : "s") of \($0.name)" } ?? ""
        console.out("igfrules \(IGFRulesCommand.version) — \(program.rules.count) rules loaded; data: "
            + (loaded.isEmpty ? "none" : loaded.joined(separator: ", ")) + records + "; today is \(today). Type :help for help.\n")
        runLoop(session, console: console)
        // A script (input that is not a terminal) fails when one of its inputs did.
        return session.failures > 0 && !console.inputIsTerminal ? 1 : 0
    }

    /// `--each NAME=FILE`: every record of the file; records that cannot be read are reported
    /// and left out, as `check` does.
    static func records(_ argument: String?, program: Program, console: Console) throws -> (name: String, values: [Value])? {
        guard let argument else { return nil }
        let (name, path) = try RunSetup.adapt { () throws(SetupProblem) in try Workspace.records(argument, program: program) }
        var values: [Value] = []
        let (_, unreadable) = try RunSetup.forEachRecord(in: path, console: console) { value, _ in values.append(value) }
        if unreadable > 0 {
            console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") of \(path) could not be read and \(unreadable == 1 ? "was" : "were") left out.\n")
        }
        guard !values.isEmpty else { throw CommandFailure.usage(UsageError("the records file \(path) holds no records that can be read")) }
        return (name, values)
    }

    /// Reads and handles inputs until `:quit` or the end of input.
    static func runLoop(_ session: ReplSession, console: Console) {
        let history = ReplHistory(environment: console.environment)
        let editor = console.inputIsTerminal && console.outputIsTerminal
            ? LineEditor(history: history.load(), continuation: continuation, output: { console.out($0); console.flush() }) : nil
        editor?.completer = ReplCompletion(session: session).complete
        var assembler = InputAssembler()
        assembler.isUnfinished = ReplSession.isUnfinished
        while !session.finished {
            let prompt = assembler.isContinuing || assembler.isSkipping ? continuation : self.prompt
            let line: String
            if let editor {
                switch editor.read(prompt: prompt) {
                case .text(let text): line = text
                case .cancelled:
                    assembler.cancel()
                    continue
                case .end:
                    if let rest = assembler.finish() { session.handle(rest) }
                    return
                }
            } else {
                guard let text = console.readLine() else {
                    if let rest = assembler.finish() { session.handle(rest) }
                    return
                }
                line = text
                console.out(prompt + line + "\n")
            }
            // A recalled input of several lines comes back whole.
            let inputs = line.contains("\n") && !assembler.isContinuing ? [InputAssembler.Input(line)] : assembler.add(line)
            for input in inputs {
                editor?.remember(input.text)
                if editor != nil { history.append(input.text) }
                if input.cut { session.warn(InputAssembler.cutNotice(endedAt: InputAssembler.maximumLines)) }
                session.handle(input.text)
                console.flush()
                if session.finished { return }
            }
        }
    }
}
