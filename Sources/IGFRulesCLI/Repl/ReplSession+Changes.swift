import Foundation
import IGFRules

/// A problem with a change, in words for the user.
struct ReplProblem: Error, CustomStringConvertible {
    let description: String
}

/// Changing the world: `set`, `unset`, `param`, and declarations typed in the session.
extension ReplSession {
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
                let dated = doubtfulDates()
                try change(text, changed: [path]) {
                    if isInRecords(path) {
                        try changeRecords { bindings throws(DataPath.Problem) in try bindings.set(path, to: value, append: operation == .append) }
                    } else {
                        try scenario.bindings.set(path, to: value, append: operation == .append)
                    }
                    say(confirmation(of: path))
                    warnAboutDoubtfulDates(since: dated)
                }
            case .unset(let target):
                guard let path = checkedPath(target, file: file, verb: "unset") else { return }
                let wasMissing = isMissing(path)
                try change(text, changed: [path]) {
                    if isInRecords(path) {
                        try changeRecords { bindings throws(DataPath.Problem) in try bindings.unset(path) }
                    } else {
                        try scenario.bindings.unset(path)
                    }
                    say("\(path) " + (wasMissing ? "was already missing; nothing changed" : "is now missing") + inRecords(path))
                }
            default:
                problem("only `set` and `unset` change the data here")
            }
        } catch let error as DataPath.Problem {
            problem(error.description)
        } catch let error as ReplProblem {
            problem(error.description)
        } catch {
            problem("\(error)")
        }
    }

    /// `path = value` after a `set` (of the focused or only record, in a batch).
    private func confirmation(of path: DataPath) -> String {
        let root = isInRecords(path) ? records?[focus ?? 0] ?? .missing : scenario.bindings.value(of: path.root)
        return "\(path) = \(ReplSession.readable(DataPath.reading(path.steps[...], in: root)).literal(limit: 200))" + inRecords(path)
    }

    /// Whether nothing is at `path` yet: in the focused record, or in every record of a batch
    /// (so that `unset` past the end of a list does not claim to have removed something).
    private func isMissing(_ path: DataPath) -> Bool {
        guard isInRecords(path), let records else { return DataPath.reading(path.steps[...], in: scenario.bindings.value(of: path.root)).isMissing }
        let chosen = focus.map { [records[$0]] } ?? records
        return chosen.allSatisfy { DataPath.reading(path.steps[...], in: $0).isMissing }
    }

    /// "in all 36 records" after a change of a path in a batch of several records.
    private func inRecords(_ path: DataPath) -> String {
        guard isInRecords(path), focus == nil, let count = records?.count, count > 1 else { return "" }
        return "  (in all \(count) records)"
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
            // A parameter that is not there is an error, so that a scenario written for other rules says so.
            let close = suggestion(for: declaration.name.text, among: scenario.program.parameters.map(\.name))
            report([Diagnostic(.error, code: "unknown-parameter", message: "the rules have no parameter `\(declaration.name.text)`",
                               file: file, range: declaration.name.range,
                               notes: [close.map { "did you mean `\($0)`?" } ?? "to name a new value in this session, write `define \(declaration.name.text) = …`"])])
            return
        }
        switch Checker.constantValue(of: declaration.value, in: file) {
        case .success(let value):
            do {
                try change(text) {
                    try scenario.setParameter(declaration.name.text, to: value)
                    say("\(declaration.name.text) = \(value.literal())")
                }
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
        var keys: [DeclarationKey] = []
        for (index, declaration) in ruleFile.declarations.enumerated() {
            if case .rule(let d) = declaration {
                guard let id = fullRuleId(d.name.text, file: file, range: d.name.range) else { return }
                ruleFile.declarations[index] = .rule(d.renamed(Name(id, at: d.name.range)))
            }
            keys += DeclarationKey(ruleFile.declarations[index], ruleset: nil).map { [$0] } ?? []
        }
        let edited = workspace.declaring(ruleFile, keys: keys)
        let (program, checkDiagnostics) = edited.check()
        guard let program else {
            report(checkDiagnostics.filter { $0.severity == .error })
            say("nothing was changed")
            return
        }
        let before = scenario.program
        change(text) {
            workspace = edited
            scenario.replaceProgram(program)
            say(announcement(ruleFile.declarations, before: before))
        }
    }

    /// "rule X replaced", "definition Y added", one line each ("declared" for other declarations).
    private func announcement(_ declarations: [Declaration], before: Program) -> String {
        declarations.map { declaration in
            guard let key = DeclarationKey(declaration, ruleset: nil) else { return "declared" }
            return "\(key.kindWord) \(key.name) \(key.isDeclared(in: before) ? "replaced" : "added")"
        }.joined(separator: "\n")
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
}
