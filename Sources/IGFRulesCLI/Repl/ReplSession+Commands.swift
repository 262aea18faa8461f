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
          :check [ID]             check all rules, one ruleset or one rule
          :why RULE-ID            the full explanation of a rule's outcome
          :diff                   every outcome that differs from the baseline (the state when the data was loaded)
          :undo                   undo the last change        :reset    back to the baseline
          :history                this session's inputs       :params   the parameters and their values
          :today DATE             check as of another day
          :load RULES…            load other rules            :data NAME=FILE or :data FILE   load data
          :save FILE              write the current data as JSON
          :help                   this text                   :quit     leave (or Ctrl-D)
        """

    func command(_ text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = words[0]
        let arguments = Array(words.dropFirst())
        switch name {
        case ":quit", ":q", ":exit": finished = true
        case ":help", ":h", ":?": say(ReplSession.help)
        case ":check": check(arguments.first)
        case ":why": why(arguments.first)
        case ":diff": diff()
        case ":undo":
            guard let previous = undoStack.popLast() else {
                say("nothing to undo")
                return
            }
            restore(previous)
            say("undone; \(undoStack.count) change\(undoStack.count == 1 ? "" : "s") left to undo")
        case ":reset":
            change { restore(baseline) }
            say("back to the baseline")
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
        case ":today":
            guard let text = arguments.first else {
                problem("write `:today YYYY-MM-DD`, such as :today 2021-10-01")
                return
            }
            let date: CivilDate
            do {
                date = try RunSetup.parseToday(text)
            } catch {
                if case .usage(let usage) = error as? CommandFailure { problem(usage.message.replacingOccurrences(of: "--today ", with: ":today ")) }
                return
            }
            change { scenario.today = date }
            say("today is \(date)")
        case ":load": load(arguments)
        case ":data": data(arguments)
        case ":save": save(ReplFileName.parse(afterCommandIn: text))
        default:
            let commands = [":quit", ":help", ":check", ":why", ":diff", ":undo", ":reset", ":history", ":params", ":today", ":load", ":data", ":save"]
            problem("unknown command `\(name)`" + (suggestion(for: name, among: commands).map { "; did you mean `\($0)`?" } ?? "") + " (:help lists them)")
        }
    }

    func check(_ selector: String?) {
        let results = scenario.results()
        guard !results.isEmpty else {
            say("no ruleset applies to the data loaded; load data with :data NAME=FILE")
            return
        }
        var filtered: [SubjectResult] = []
        for subject in results {
            let kept = subject.results.filter { result in
                guard let selector else { return true }
                return result.rule.id == selector || result.rule.id.hasPrefix(selector + ".")
            }
            if !kept.isEmpty { filtered.append(SubjectResult(subject: subject.subject, id: subject.id, results: kept)) }
        }
        guard !filtered.isEmpty else {
            let ids = scenario.program.rules.map(\.id) + scenario.program.rulesets.map(\.id)
            problem("no rule or ruleset `\(selector ?? "")` checks the data loaded"
                    + (suggestion(for: selector ?? "", among: ids).map { "; did you mean `\($0)`?" } ?? ""))
            return
        }
        var writer = TextReport(colour: console.colourOutput, explain: false, quiet: false,
                                ruleIdWidth: scenario.program.rules.map(\.id.count).max() ?? 0)
        var totals = RunTotals()
        for subject in filtered {
            totals.add(subject)
            console.out(writer.subject(subject))
        }
        console.out(writer.end(totals))
    }

    func why(_ id: String?) {
        guard let id else {
            problem("write `:why RULE-ID`, such as :why bpf.proposal.facilitators")
            return
        }
        guard let rule = scenario.program.rule(id: id) else {
            problem("no rule has the id `\(id)`" + (suggestion(for: id, among: scenario.program.rules.map(\.id)).map { "; did you mean `\($0)`?" } ?? ""))
            return
        }
        let subject = scenario.program.rulesets[rule.rulesetIndex].subject
        guard !scenario.bindings.value(of: subject).isMissing else {
            problem("rule `\(id)` checks \(subject), and no \(subject) is loaded")
            return
        }
        let result = scenario.runner.traced(rule, data: scenario.bindings.values)
        say("\(rule.id): \(result.status.rawValue.uppercased())\(result.pendingNote.map { " (\($0))" } ?? "")  \(rule.title ?? "")")
        if let message = result.message { say("  " + message) }
        if let hint = result.hint { say("  hint: " + hint) }
        if let cite = rule.cite { say("  cites: " + cite) }
        for tree in result.explanation {
            for line in ExplanationRenderer.text(tree, indent: "  ") { say(line) }
        }
    }

    func diff() {
        let changes = OutcomeChange.changes(before: baseline.scenario.results(), after: scenario.results())
        guard !changes.isEmpty else {
            say("no outcome differs from the baseline")
            return
        }
        say("\(changes.count) outcome\(changes.count == 1 ? "" : "s") differ\(changes.count == 1 ? "s" : "") from the baseline:")
        for change in changes {
            say("  \(change.rule)  (\(change.subject) \(Value.visible(change.id))): \(OutcomeChange.label(change.before)) → \(OutcomeChange.label(change.after))")
            if let before = change.before, let reason = ReplSession.reason(before) { say("      before: " + reason) }
            if let after = change.after, let reason = ReplSession.reason(after) { say("      now:    " + reason) }
        }
    }

    /// Why a result is what it is, in one line: its message, pending note or error.
    static func reason(_ result: RuleResult) -> String? {
        if let note = result.pendingNote { return note }
        switch result.status {
        case .pass: return "met"
        case .skip: return "does not apply"
        default: return [result.message, result.hint.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        }
    }

    func load(_ paths: [String]) {
        guard !paths.isEmpty else {
            problem("write `:load RULES…`, such as :load rules/")
            return
        }
        var loader = RuleLoader()
        for path in paths { loader.add(path: path) }
        guard !loader.diagnostics.contains(where: { $0.severity == .error }) else {
            report(loader.diagnostics)
            say("nothing was loaded")
            return
        }
        let (program, diagnostics) = Checker.check(loader.files + edits.map(\.file))
        guard let program else {
            report(diagnostics.filter { $0.severity == .error })
            say("nothing was loaded")
            return
        }
        change {
            baseFiles = loader.files
            rulePaths = paths
            scenario.replaceProgram(program)
        }
        say("loaded \(program.rules.count) rules in \(program.rulesets.count) rulesets")
    }

    func data(_ arguments: [String]) {
        guard let argument = arguments.first else {
            problem("write `:data NAME=FILE` or `:data FILE`")
            return
        }
        var bindings = scenario.bindings
        if let (name, path) = RunSetup.splitBinding(argument) {
            guard scenario.program.dataSlot(named: name) != nil else {
                problem(RunSetup.unknownDataName(name, program: scenario.program).message)
                return
            }
            switch DataFile.read(path) {
            case .success(let value): bindings.bind(name, to: value)
            case .failure(let diagnostic):
                report([diagnostic])
                return
            }
        } else {
            switch DataFile.read(argument) {
            case .success(let value):
                switch bindings.bindObject(value, from: argument) {
                case .success(let warnings): report(warnings)
                case .failure(let diagnostic):
                    report([diagnostic])
                    return
                }
            case .failure(let diagnostic):
                report([diagnostic])
                return
            }
        }
        change { scenario.bindings = bindings }
        baseline = snapshot
        let loaded = scenario.program.dataNames.filter { !scenario.bindings.value(of: $0.name).isMissing }.map(\.name)
        say("data loaded: \(loaded.joined(separator: ", ")); this is the new baseline for :diff")
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
            fields.append((name.name, JSONWriter.value(scenario.bindings.values[slot])))
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
