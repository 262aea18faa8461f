import IGFRules

/// `igfrules repl [RULES…] [--data …]`: the interactive what-if session.
enum ReplCommand: Command {
    static let name = "repl"
    static let summary = "Explore what-if scenarios interactively: change data, parameters and rules, and see which outcomes change."
    static let usage = "igfrules repl [RULES...] [--data FILE | --data NAME=FILE]... [--param NAME=VALUE]... [--today YYYY-MM-DD]"
    static let options: [Arguments.Option] = RunSetup.dataOptions.filter { $0.name != "each" }
    static let discussion = """
        On a terminal, lines can be edited with the arrow keys, and Up and Down recall earlier
        inputs (kept in ~/.igfrules_history, or the file IGFRULES_HISTORY names; set it empty to
        keep none). Ctrl-C cancels the current input; Ctrl-D or :quit leaves.
        When standard input is not a terminal, lines are read as they come and echoed after the
        prompt, so that a what-if script runs reproducibly: igfrules repl rules/ … < scenario.txt

        """ + ReplSession.help

    static let prompt = "igfrules> "
    static let continuation = "     ...> "

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let today = try RunSetup.parseToday(arguments.value("today"))
        var loader = RuleLoader()
        for path in arguments.positionals { loader.add(path: path) }
        console.report(loader.diagnostics)
        guard !loader.diagnostics.contains(where: { $0.severity == .error }) else { throw CommandFailure.reported }
        let (checked, diagnostics) = Checker.check(loader.files)
        console.report(diagnostics)
        guard let program = checked else { throw CommandFailure.reported }
        let parameters = try RunSetup.parseParameters(arguments.values("param"), program: program, console: console)
        var bindings = DataBindings(program: program)
        for argument in arguments.values("data") {
            try RunSetup.bind(argument, into: &bindings, console: console)
        }
        let scenario = Scenario(program: program, bindings: bindings, parameters: parameters, today: today)
        let session = ReplSession(console: console, rulePaths: arguments.positionals, baseFiles: loader.files, scenario: scenario)
        let loaded = program.dataNames.filter { !bindings.value(of: $0.name).isMissing }.map(\.name)
        console.out("igfrules \(IGFRulesCommand.version) — \(program.rules.count) rules loaded; data: "
            + (loaded.isEmpty ? "none" : loaded.joined(separator: ", ")) + "; today is \(today). Type :help for help.\n")
        runLoop(session, console: console)
        return 0
    }

    /// Reads and handles inputs until `:quit` or the end of input.
    static func runLoop(_ session: ReplSession, console: Console) {
        let history = ReplHistory(environment: console.environment)
        let editor = console.inputIsTerminal && console.outputIsTerminal
            ? LineEditor(history: history.load(), output: { console.out($0); console.flush() }) : nil
        var assembler = InputAssembler()
        assembler.isUnfinished = ReplSession.isUnfinished
        while !session.finished {
            let prompt = assembler.isContinuing ? continuation : self.prompt
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
            for input in assembler.add(line) {
                editor?.remember(input)
                if editor != nil { history.append(input) }
                session.handle(input)
                console.flush()
                if session.finished { return }
            }
        }
    }
}
