import Foundation

/// Checks a program for things that are allowed but probably wrong: parameters and definitions
/// nothing uses, rules that cite no clause or can never fail, repeated titles, tests that expect
/// outcomes of rules that do not exist, rules the tests do not show passing and not passing.
package struct Linter {
    package let program: Program

    package init(program: Program) {
        self.program = program
    }

    package func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let used = Dependencies(of: program.rules.flatMap { $0.codes(in: program) } + program.scorings.flatMap(\.codes), in: program)
        let usedNames = used.parameters.map { program.parameters[$0].name }
        for (slot, parameter) in program.parameters.enumerated() where !used.parameters.contains(slot) {
            var notes = ["remove it, or use it in a rule"]
            if let close = Suggestions.closest(to: parameter.name, among: usedNames) {
                notes.insert("the rules use `\(close)`: is this a second, misspelt declaration?", at: 0)
            }
            diagnostics.append(Diagnostic(.warning, code: "unused-parameter", message: "parameter `\(parameter.name)` is not used by any rule",
                                          file: parameter.declared.file, range: parameter.declared.range, notes: notes))
        }
        for (slot, definition) in program.definitions.enumerated() where !used.definitions.contains(slot) {
            diagnostics.append(Diagnostic(.warning, code: "unused-definition", message: "`\(definition.name)` is defined but not used by any rule",
                                          file: definition.declared.file, range: definition.declared.range))
        }
        var titles: [String: Rule] = [:]
        for rule in program.rules {
            let file = rule.declared.file
            if rule.cite == nil {
                diagnostics.append(Diagnostic(.warning, code: "no-cite", message: "rule `\(rule.id)` cites no clause",
                                              file: file, range: rule.declared.range,
                                              notes: ["add a line `cite CLAUSE-ID \"the words it rests on\"` with an id from rules/clauses.rules"]))
            } else if rule.clause == nil {
                diagnostics.append(Diagnostic(.warning, code: "cite-without-clause", message: "rule `\(rule.id)` cites no clause of the clause index",
                                              file: file, range: rule.declared.range,
                                              notes: ["begin its `cite` with a clause id from rules/clauses.rules, so that `coverage` counts it"]))
            }
            if rule.title == nil {
                diagnostics.append(Diagnostic(.warning, code: "no-title", message: "rule `\(rule.id)` has no title",
                                              file: file, range: rule.declared.range,
                                              notes: ["write what the rule checks in plain words after its name: rule name \"At least two facilitators are named\""]))
            }
            if let title = rule.title {
                if let first = titles[title] {
                    diagnostics.append(Diagnostic(.warning, code: "duplicate-title", message: "rules `\(first.id)` and `\(rule.id)` have the same title",
                                                  file: file, range: rule.declared.range,
                                                  notes: ["give each rule a title that says what is different about it"]))
                } else {
                    titles[title] = rule
                }
            }
            if neverFails(rule) {
                diagnostics.append(Diagnostic(.warning, code: "never-fails", message: "rule `\(rule.id)` can never fail: its conditions do not depend on the data",
                                              file: file, range: rule.declared.range))
            }
        }
        diagnostics += testProblems()
        diagnostics += untestedRules()
        diagnostics += controlCharacters()
        return diagnostics.sorted(by: Checker.sourceOrder)
    }

    /// Whether every condition of a rule holds whatever the data: it reads no data and no `today`
    /// and comes out yes, or it is `x or not x`.
    func neverFails(_ rule: Rule) -> Bool {
        rule.requires.allSatisfy { require in
            if Linter.isTautology(require, file: rule.declared.file) { return true }
            let dependencies = Dependencies(of: [require], in: program)
            guard dependencies.fields.isEmpty, !dependencies.readsToday else { return false }
            let evaluator = Evaluator(program: program, data: DataBindings(program: program).values, today: CivilDate(daysSinceEpoch: 0))
            return (try? evaluator.evaluate(require))?.isTrue == true
        }
    }

    static func isTautology(_ code: Code, file: SourceFile) -> Bool {
        guard case .or(let a, let b) = code.op else { return false }
        func negation(_ x: Code, _ y: Code) -> Bool {
            if case .not(let inner) = x.op, inner.sourceText(in: file) == y.sourceText(in: file) { return true }
            if case .check(let p, let c1) = x.op, case .check(let q, let c2) = y.op, p.sourceText(in: file) == q.sourceText(in: file) {
                return Set([c1, c2]) == [.empty, .notEmpty] || Set([c1, c2]) == [.missing, .notMissing]
            }
            return false
        }
        return negation(a, b) || negation(b, a)
    }

    /// `expect` lines naming rules that do not exist, or outcomes that do not exist.
    func testProblems() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for test in program.tests {
            let file = test.declared.file
            var today = false
            for clause in test.declaration.clauses {
                switch clause {
                case .set(let target, _, _), .unset(let target):
                    if case .failure(let diagnostic) = DataPath.checked(target, in: program, file: file, verb: clause.verb) {
                        diagnostics.append(diagnostic)
                    }
                case .expect(_, let rule, let outcome):
                    if let diagnostic = TestRunner.expectProblem(rule: rule, outcome: outcome, in: program, file: file) {
                        diagnostics.append(diagnostic)
                    }
                case .today:
                    today = true
                case .givenFile(let path), .givenNameFromFile(_, let path), .each(_, let path):
                    // The file is not read (lint needs no data), only looked for, as `test` will read it.
                    let folder = (file.path as NSString).deletingLastPathComponent
                    let resolved = path.text.hasPrefix("/") ? path.text : RuleLoader.normalized((folder as NSString).appendingPathComponent(path.text))
                    if let problem = FileAccess.problem(reading: resolved) {
                        diagnostics.append(Diagnostic(.error, code: "test-data", message: "cannot read the data file \(resolved): \(problem)",
                                                      file: file, range: path.range))
                    }
                default:
                    continue
                }
            }
            if !today { diagnostics.append(TestRunner.withoutToday(test)) }
        }
        return diagnostics
    }
}
