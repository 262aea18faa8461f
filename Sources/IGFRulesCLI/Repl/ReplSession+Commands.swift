import Foundation
import IGFRules

/// The session's `:` commands.
extension ReplSession {
    static let help = """
        Type an expression to see its value, such as count(proposal.facilitators)
        or one of:
          set PATH = VALUE        change the data: set proposal.submitted = 2021-03-01
          set PATH += VALUE       add to a list: set proposal.facilitators += {name: "X", mag_member: true}
          unset PATH              remove a field: unset proposal.kind
          param NAME = VALUE      change a parameter: param min_open_meetings = 4
          define NAME = …         add or replace a definition
          rule ID "Title" …       add or replace a rule (its clauses on the following lines; end with an empty line)
          :check [ID]             check all rules, one ruleset, one rule or (over a batch) one record
          :why RULE-ID [RECORD]   the full explanation of a rule's outcome, with the definitions it uses
          :show EXPRESSION        a value whole and exact (records and long texts over several lines)
          :diff                   every outcome that differs from the baseline (the state when the data was loaded)
          :undo                   undo the last change        :reset    back to the baseline
          :baseline               make the current state the baseline for :diff
          :history                this session's inputs       :params   the parameters and their values
          :today DATE             check as of another day
          :focus [RECORD]         over a batch (--each): look at one record; :focus alone, at all again
          :load RULES…            load other rules            :data NAME=FILE or :data FILE   load data
          :save FILE              write the current data as JSON
          :export FILE            write this session as a script that replays it (repl … < FILE, check --scenario FILE)
          :help                   this text                   :quit     leave (or Ctrl-D)
        """

    static let commandNames = [":quit", ":help", ":check", ":why", ":diff", ":undo", ":reset", ":baseline", ":history", ":params",
                               ":today", ":load", ":data", ":save", ":export", ":show", ":focus"]

    func command(_ text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = words[0]
        let arguments = Array(words.dropFirst())
        let rest = text.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        if !writesFiles, name == ":save" || name == ":export" {
            return warn("`\(name)` is skipped: a scenario replayed by check or diff writes no file (run it in `igfrules repl` to write one)")
        }
        switch name {
        case ":quit", ":q", ":exit": finished = true
        case ":help", ":h", ":?": say(ReplSession.help)
        case ":check": check(rest)
        case ":why": why(rest)
        case ":diff": diff()
        case ":undo": undo()
        case ":show":
            guard !rest.isEmpty else { return problem("write `:show EXPRESSION`, such as :show proposal") }
            evaluate(rest, full: true)
        case ":focus": focusCommand(rest.isEmpty ? nil : rest)
        case ":export": export(rest)
        case ":baseline":
            baseline = snapshot
            steps.append(Step(text: ":baseline", focus: focusedId))
            say("this is the new baseline for :diff")
        case ":reset":
            change(text) {
                restore(baseline)
                say("back to the baseline")
            }
        case ":history":
            for (index, input) in inputs.dropLast().enumerated() {
                say(String(format: "%4d  ", index + 1) + input.replacingOccurrences(of: "\n", with: "\n      "))
            }
        case ":params":
            for (slot, parameter) in scenario.program.parameters.enumerated() {
                let value = scenario.parameters[slot]
                let changed = value.equals(parameter.defaultValue) == true ? "" : "   (default \(parameter.defaultValue.literal()))"
                say("\(parameter.name) = \(value.literal())\(changed)")
            }
        case ":today": today(arguments.first, input: text)
        case ":load": load(arguments)
        case ":data": data(arguments)
        case ":save": save(ReplFileName.parse(afterCommandIn: text))
        default:
            let commands = ReplSession.commandNames
            problem("unknown command `\(name)`" + (suggestion(for: name, among: commands).map { "; did you mean `\($0)`?" } ?? "") + " (:help lists them)")
        }
    }

    func today(_ argument: String?, input: String) {
        guard let argument else {
            problem("write `:today YYYY-MM-DD`, such as :today 2021-10-01")
            return
        }
        let date: CivilDate
        do throws(SetupProblem) {
            date = try Workspace.today(argument, option: ":today")
        } catch {
            problem(error.message)
            return
        }
        change(input) {
            scenario.today = date
            say("today is \(date)")
        }
    }

    func load(_ paths: [String]) {
        guard !paths.isEmpty else {
            problem("write `:load RULES…`, such as :load rules/")
            return
        }
        let (loaded, loadDiagnostics) = Workspace.load(paths: paths)
        guard let loaded else {
            report(loadDiagnostics)
            say("nothing was loaded")
            return
        }
        let (program, diagnostics) = Checker.check(loaded.baseFiles + workspace.editedFiles)
        guard let program else {
            report(diagnostics.filter { $0.severity == .error })
            say("nothing was loaded")
            return
        }
        change(":load " + paths.joined(separator: " ")) {
            workspace = workspace.replacingBase(with: loaded.baseFiles)
            rulePaths = paths
            scenario.replaceProgram(program)
            say("loaded \(program.rules.count) rules in \(program.rulesets.count) rulesets")
        }
    }

    func data(_ arguments: [String]) {
        guard let argument = arguments.first else {
            problem("write `:data NAME=FILE` or `:data FILE`")
            return
        }
        var bindings = scenario.bindings
        if let (name, _) = Workspace.splitBinding(argument), name == eachName {
            problem("the records of \(name) come from --each; :data loads the other data, such as :data calendar=FILE")
            return
        }
        do throws(SetupProblem) {
            report(try Workspace.bind(argument, into: &bindings, resolve: scenarioRelative).warnings)
        } catch {
            switch error {
            case .usage(let message, _): problem(message)
            case .diagnostics(let diagnostics): diagnostics.forEach(reportPlaced)
            }
            return
        }
        let before = doubtfulDates()
        change(":data " + argument, effect: false) { scenario.bindings = bindings }
        baseline = snapshot
        let loaded = scenario.program.dataNames.filter { !scenario.bindings.value(of: $0.name).isMissing }.map(\.name)
        say("data loaded: \(loaded.joined(separator: ", ")); this is the new baseline for :diff")
        warnAboutDoubtfulDates(since: before, place: Workspace.splitBinding(argument)?.1 ?? argument)
    }

    /// In a scenario file, a relative data path is read from the scenario's folder when the file
    /// is there, else from the current folder (where `:export` was typed), so that a scenario can
    /// be replayed from anywhere.
    func scenarioRelative(_ path: String) -> String {
        guard let origin, !path.hasPrefix("/") else { return path }
        let beside = ((origin.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
        return FileAccess.kind(of: beside) == .regularFile ? beside : path
    }

    /// A data problem that has no place of its own (a file that cannot be read) is placed at the
    /// scenario input that asked for it.
    func reportPlaced(_ diagnostic: Diagnostic) {
        guard origin != nil, diagnostic.file == nil else { return report([diagnostic]) }
        problem(([diagnostic.message] + diagnostic.notes).joined(separator: "; "))
    }

    func save(_ name: Result<String, ReplFileNameProblem>) {
        let path: String
        switch name {
        case .success(let name): path = name
        case .failure(let failure):
            problem(failure.message)
            return
        }
        var fields: [(String, String)] = []
        for (slot, name) in scenario.program.dataNames.enumerated() where !scenario.bindings.values[slot].isMissing {
            fields.append((name.name, PrettyJSON.value(scenario.bindings.values[slot], indent: "  ")))
        }
        let text = "{\n" + fields.map { "  " + JSONWriter.string($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
        do {
            try AtomicFile.write(text, to: path)
            say("saved \(fields.map(\.0).joined(separator: ", ")) to \(path)")
        } catch {
            problem("cannot write \(path): \(error); nothing was written")
        }
    }
}
