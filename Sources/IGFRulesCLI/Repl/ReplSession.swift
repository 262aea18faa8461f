import Foundation
import IGFRules

/// An interactive what-if session over loaded rules and data. It evaluates expressions, checks
/// rules, changes the data, parameters and rules, and compares outcomes with the baseline (the
/// state when the data was loaded). Every input is handled here; no input ends the session
/// except `:quit` (or the end of input).
final class ReplSession {
    let console: Console
    /// The rule files read from disk (with their includes), as parsed.
    var baseFiles: [RuleFile]
    var rulePaths: [String]
    /// Declarations typed in the session, each in a file of its own, by key (`define:NAME`,
    /// `rule:FULL-ID`); a later one with the same key replaces the earlier one, and one with the
    /// key of a declaration on disk replaces that.
    var edits: [(key: String, file: RuleFile)] = []
    var scenario: Scenario
    /// The state when the data was loaded: what `:diff` compares with and `:reset` returns to.
    var baseline: Snapshot
    var undoStack: [Snapshot] = []
    /// This session's inputs, for `:history`.
    var inputs: [String] = []
    var inputCount = 0
    var finished = false

    struct Snapshot {
        let baseFiles: [RuleFile]
        let rulePaths: [String]
        let edits: [(key: String, file: RuleFile)]
        let scenario: Scenario
    }

    init(console: Console, rulePaths: [String], baseFiles: [RuleFile], scenario: Scenario) {
        self.console = console
        self.rulePaths = rulePaths
        self.baseFiles = baseFiles
        self.scenario = scenario
        baseline = Snapshot(baseFiles: baseFiles, rulePaths: rulePaths, edits: [], scenario: scenario)
    }

    var snapshot: Snapshot { Snapshot(baseFiles: baseFiles, rulePaths: rulePaths, edits: edits, scenario: scenario) }

    func restore(_ snapshot: Snapshot) {
        baseFiles = snapshot.baseFiles
        rulePaths = snapshot.rulePaths
        edits = snapshot.edits
        scenario = snapshot.scenario
    }

    /// Remembers the current state for `:undo`, then applies a change; a change that throws is
    /// not remembered.
    func change(_ body: () throws -> Void) rethrows {
        let before = snapshot
        try body()
        undoStack.append(before)
    }

    // MARK: Input

    /// Handles one complete input (possibly several lines).
    func handle(_ input: String) {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return }
        inputCount += 1
        inputs.append(input)
        if text.hasPrefix(":") {
            command(text)
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

    /// A fresh source for one input, named so that messages say which input it was.
    func source(_ text: String) -> SourceFile {
        SourceFile(path: "input \(inputCount)", text: text)
    }

    /// Problems are shown in the session's own output, in order with everything else.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        console.out(DiagnosticRenderer(useColour: console.colourOutput).render(diagnostics))
    }

    func say(_ text: String) {
        console.out(text.hasSuffix("\n") ? text : text + "\n")
    }

    func problem(_ text: String) {
        console.out("error: \(text)\n")
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
        return diagnostics.contains { $0.message.hasSuffix("found the end of the file") }
    }

    // MARK: Expressions

    /// Evaluates an expression against the current data and shows its value and kind.
    func evaluate(_ text: String) {
        let file = source(text)
        let (expression, diagnostics) = Parser.parseExpression(file)
        guard let expression else {
            report(diagnostics)
            return
        }
        let name = "repl_value_\(inputCount)"
        let declaration = Declaration.define(DefineDeclaration(Name(name, at: expression.range), expression))
        let files = programFiles() + [RuleFile(file: file, declarations: [declaration])]
        let (program, checkDiagnostics) = Checker.check(files)
        guard let program, let slot = program.definitions.firstIndex(where: { $0.name == name }) else {
            report(checkDiagnostics.filter { $0.severity == .error })
            return
        }
        var bindings = DataBindings(program: program)
        for (index, data) in scenario.program.dataNames.enumerated() where !scenario.bindings.values[index].isMissing {
            bindings.bind(data.name, to: scenario.bindings.values[index])
        }
        var parameters = program.parameters.map(\.defaultValue)
        for (index, parameter) in scenario.program.parameters.enumerated() {
            if let newSlot = program.parameterSlot(named: parameter.name) { parameters[newSlot] = scenario.parameters[index] }
        }
        let evaluator = Evaluator(program: program, data: bindings.values, parameters: parameters, today: scenario.today)
        do {
            let value = try evaluator.evaluate(program.definitions[slot].code)
            say("\(value.literal(limit: 400))  (\(ReplSession.kind(of: value)))")
        } catch let error as EvaluationError {
            problem(error.message)
        } catch {
            problem("\(error)")
        }
    }

    static func kind(of value: Value) -> String {
        switch value {
        case .list(let items): "list of \(items.count)"
        case .record(let record): "record of \(record.count) field\(record.count == 1 ? "" : "s")"
        case .pending: "yes/no, pending"
        default: value.kindName
        }
    }

    // MARK: Changing the world

    func changeData(_ text: String) {
        let file = source(text)
        let (statement, diagnostics) = Parser.parseStatement(file)
        guard let statement else {
            report(diagnostics)
            return
        }
        do {
            switch statement {
            case .set(let target, let operation, let expression):
                guard let path = checkedPath(target, file: file, verb: "set") else { return }
                let value: Value
                switch Checker.constantValue(of: expression, in: file) {
                case .success(let constant): value = constant
                case .failure(let list):
                    report(list.diagnostics)
                    return
                }
                try change { try scenario.bindings.set(path, to: value, append: operation == .append) }
                say("\(path) = \(DataPath.reading(path.steps[...], in: scenario.bindings.value(of: path.root)).literal(limit: 200))")
            case .unset(let target):
                guard let path = checkedPath(target, file: file, verb: "unset") else { return }
                try change { try scenario.bindings.unset(path) }
                say("\(path) is now missing")
            default:
                problem("only `set` and `unset` change the data here")
            }
        } catch let error as DataPath.Problem {
            problem(error.description)
        } catch {
            problem("\(error)")
        }
    }

    private func checkedPath(_ target: Expr, file: SourceFile, verb: String) -> DataPath? {
        switch DataPath.checked(target, in: scenario.program, file: file, verb: verb) {
        case .success(let path): return path
        case .failure(let diagnostic):
            report([diagnostic])
            return nil
        }
    }

    func setParameter(_ text: String) {
        let file = source(text)
        let (ruleFile, diagnostics) = Parser.parse(file)
        guard diagnostics.isEmpty, ruleFile.declarations.count == 1, case .param(let declaration) = ruleFile.declarations[0] else {
            report(diagnostics.isEmpty ? [Diagnostic(.error, code: "repl", message: "write `param NAME = VALUE`", file: file, range: 0..<text.utf8.count)] : diagnostics)
            return
        }
        guard scenario.program.parameterSlot(named: declaration.name.text) != nil else {
            if let close = suggestion(for: declaration.name.text, among: scenario.program.parameters.map(\.name)) {
                report([Diagnostic(.error, code: "unknown-parameter", message: "the rules have no parameter `\(declaration.name.text)`",
                                   file: file, range: declaration.name.range, notes: ["did you mean `\(close)`?"])])
                return
            }
            // A parameter the rules do not have, and that is not a misspelling, is a new declaration.
            declare(text)
            return
        }
        switch Checker.constantValue(of: declaration.value, in: file) {
        case .success(let value):
            do {
                try change { try scenario.setParameter(declaration.name.text, to: value) }
                say("\(declaration.name.text) = \(value.literal())")
            } catch let error as ParameterProblem {
                problem(error.description)
            } catch {
                problem("\(error)")
            }
        case .failure(let list):
            report(list.diagnostics)
        }
    }

    /// Adds or replaces definitions and rules typed in the session, checking the rules again.
    func declare(_ text: String) {
        let file = source(text)
        let (parsed, diagnostics) = Parser.parse(file)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            report(diagnostics)
            return
        }
        var ruleFile = parsed
        var keys: [String] = []
        for (index, declaration) in ruleFile.declarations.enumerated() {
            switch declaration {
            case .define(let d): keys.append("define:" + d.name.text)
            case .param(let d): keys.append("param:" + d.name.text)
            case .rule(let d):
                guard let id = fullRuleId(d.name.text, file: file, range: d.name.range) else { return }
                keys.append("rule:" + id)
                ruleFile.declarations[index] = .rule(d.renamed(Name(id, at: d.name.range)))
            default: keys.append("other:\(inputCount):\(index)")
            }
        }
        let previousEdits = edits
        let newEdits = edits.filter { !keys.contains($0.key) } + [(keys.joined(separator: " "), ruleFile)]
        edits = newEdits
        let (program, checkDiagnostics) = Checker.check(programFiles())
        guard let program else {
            edits = previousEdits
            report(checkDiagnostics.filter { $0.severity == .error })
            say("nothing was changed")
            return
        }
        edits = previousEdits
        change {
            edits = newEdits
            scenario.replaceProgram(program)
        }
        let before = undoStack.last?.scenario.program ?? scenario.program
        say(keys.map { key in
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] != "other" else { return "declared" }
            let (kind, name) = (parts[0], parts[1])
            let existed = switch kind {
            case "rule": before.rule(id: name) != nil
            case "param": before.parameterSlot(named: name) != nil
            default: before.definitions.contains { $0.name == name }
            }
            return "\(kind == "param" ? "parameter" : kind == "define" ? "definition" : "rule") \(name) \(existed ? "replaced" : "added")"
        }.joined(separator: "\n"))
    }

    /// The full id of a rule typed in the session: as written when it names a ruleset, else the
    /// one existing rule with that short name.
    func fullRuleId(_ name: String, file: SourceFile, range: Range<Int>) -> String? {
        let rulesets = scenario.program.rulesets.map(\.id)
        if rulesets.contains(where: { name.hasPrefix($0 + ".") }) { return name }
        let matching = scenario.program.rules.filter { $0.id.hasSuffix("." + name) }
        if matching.count == 1 { return matching[0].id }
        let message = matching.isEmpty
            ? "which ruleset does rule `\(name)` belong to? write its full id, such as `rule \(rulesets.first ?? "bpf.proposal").\(name)`"
            : "several rules are called `\(name)`: " + matching.map(\.id).joined(separator: ", ") + "; write the full id"
        report([Diagnostic(.error, code: "repl", message: message, file: file, range: range)])
        return nil
    }

    /// The rule files as the session sees them: those on disk without the declarations replaced
    /// in the session, then the session's own.
    func programFiles() -> [RuleFile] {
        let replaced = Set(edits.flatMap { $0.key.split(separator: " ").map(String.init) })
        var files: [RuleFile] = []
        for var file in baseFiles {
            var ruleset: String?
            file.declarations = file.declarations.filter { declaration in
                switch declaration {
                case .ruleset(let d):
                    ruleset = d.id.text
                    return true
                case .define(let d): return !replaced.contains("define:" + d.name.text)
                case .param(let d): return !replaced.contains("param:" + d.name.text)
                case .rule(let d):
                    let id = ruleset.map { $0 + "." + d.name.text } ?? d.name.text
                    return !replaced.contains("rule:" + id)
                default: return true
                }
            }
            files.append(file)
        }
        return files + edits.map(\.file)
    }
}
