import Foundation

/// Setting a test up from its lines: `today`, `given`, `each`, `set`/`unset` and `expect`.
extension TestRunner {
    /// What a test's lines set up before its rules are evaluated, and the problems found doing so.
    struct Setup {
        let file: SourceFile
        let folder: String
        var bindings: DataBindings
        var parameters: [Value]
        var today: CivilDate?
        /// The `each` line: the data name, the records file, and the path as written in the test.
        var each: (name: String, path: String, written: TextClause)?
        var expectations: [Expectation] = []
        var scoreExpectations: [ScoreExpectation] = []
        var problems: [Diagnostic] = []

        init(test: Test, program: Program) {
            file = test.declared.file
            folder = (file.path as NSString).deletingLastPathComponent
            bindings = DataBindings(program: program)
            parameters = program.parameters.map(\.defaultValue)
        }

        /// A path written in the test, read beside the test's file unless it is absolute.
        func resolve(_ path: String) -> String {
            path.hasPrefix("/") ? path : RuleLoader.normalized((folder as NSString).appendingPathComponent(path))
        }

        mutating func problem(_ message: String, _ range: Range<Int>, notes: [String] = []) {
            problems.append(Diagnostic(.error, code: "test", message: message, file: file, range: range, notes: notes))
        }

        /// The value of a written-out expression, or nil after recording why it is not one.
        mutating func constant(_ expression: Expr) -> Value? {
            switch Checker.constantValue(of: expression, in: file) {
            case .success(let value): return value
            case .failure(let list):
                problems += list.diagnostics
                return nil
            }
        }
    }

    /// Applies one line of a test; a wrong `expect` line fails by itself, straight into `report`.
    func apply(_ clause: TestClause, to setup: inout Setup, test: Test, report: inout Report) {
        switch clause {
        case .today(let expression):
            if case .date(let date)? = setup.constant(expression) {
                setup.today = date
            } else {
                setup.problem("`today` needs a date such as 2021-03-01", expression.range)
            }
        case .givenFile, .givenNameFromFile, .givenValue, .each:
            applyGiven(clause, to: &setup)
        case .set(let target, let operation, let expression):
            guard let path = checked(target, verb: "set", &setup), let value = setup.constant(expression) else { return }
            do {
                try setup.bindings.set(path, to: value, append: operation == .append)
            } catch {
                setup.problem(error.description, target.range)
            }
        case .unset(let target):
            guard let path = checked(target, verb: "unset", &setup) else { return }
            do {
                try setup.bindings.unset(path)
            } catch {
                setup.problem(error.description, target.range)
            }
        case .expect, .expectScore:
            applyExpect(clause, to: &setup, test: test, report: &report)
        }
    }

    /// The data path a `set`/`unset` line names, or nil after recording why it names none.
    private func checked(_ target: Expr, verb: String, _ setup: inout Setup) -> DataPath? {
        switch DataPath.checked(target, in: program, file: setup.file, verb: verb) {
        case .success(let checked): return checked
        case .failure(let diagnostic):
            setup.problems.append(diagnostic)
            return nil
        }
    }

    /// A `given` line (a file, a name from a file, or a value) or an `each` line.
    private func applyGiven(_ clause: TestClause, to setup: inout Setup) {
        let file = setup.file
        switch clause {
        case .givenFile(let path):
            switch DataFile.read(setup.resolve(path.text)) {
            case .success(let value):
                if case .failure(let diagnostic) = setup.bindings.bindObject(value, from: path.text) {
                    setup.problem(diagnostic.message, path.range, notes: diagnostic.notes)
                }
            case .failure(let diagnostic):
                setup.problems.append(located(diagnostic, in: file, at: path.range, suggesting: setup.resolve(path.text), written: path.text))
            }
        case .givenNameFromFile(let name, let path):
            guard program.dataSlot(named: name.text) != nil else { return setup.problem(unknownName(name.text), name.range) }
            switch DataFile.read(setup.resolve(path.text)) {
            case .success(let value): setup.bindings.bind(name.text, to: value)
            case .failure(let diagnostic):
                setup.problems.append(located(diagnostic, in: file, at: path.range, suggesting: setup.resolve(path.text), written: path.text))
            }
        case .givenValue(let name, let expression):
            guard let value = setup.constant(expression) else { return }
            if program.parameterSlot(named: name.text) != nil {
                switch program.overriding(name.text, with: value) {
                case .success(let slot): setup.parameters[slot] = value
                case .failure(let parameterProblem): setup.problem(parameterProblem.description, expression.range, notes: parameterProblem.notes)
                }
            } else if !setup.bindings.bind(name.text, to: value) {
                setup.problem(unknownName(name.text), name.range)
            }
        case .each(let name, let path):
            guard program.dataSlot(named: name.text) != nil else { return setup.problem(unknownName(name.text), name.range) }
            setup.each = (name.text, setup.resolve(path.text), path)
        default: break
        }
    }

    /// An `expect` line, of a rule's outcome or of a scoring's measure.
    private func applyExpect(_ clause: TestClause, to setup: inout Setup, test: Test, report: inout Report) {
        switch clause {
        case .expect(let subject, let rule, let outcome) where program.rule(id: rule.text) == nil && scoring(rule.text) != nil:
            setup.scoreExpectations.append(ScoreExpectation(subject: subject?.text, scoring: rule.text, measure: outcome.text, value: nil,
                                                            range: rule.range.lowerBound..<outcome.range.upperBound))
        case .expectScore(let subject, let scoring, let measure, let value):
            setup.scoreExpectations.append(ScoreExpectation(subject: subject?.text, scoring: scoring.text, measure: measure.text,
                                                            value: setup.constant(value), range: scoring.range.lowerBound..<value.range.upperBound))
        case .expect(let subject, let rule, let outcome):
            let range = rule.range.lowerBound..<outcome.range.upperBound
            // A wrong `expect` line fails by itself; the rest of the test still runs.
            if let wrong = TestRunner.expectProblem(rule: rule, outcome: outcome, in: program, file: setup.file) {
                report.outcomes.append(Outcome(test: test, rule: rule.text, subject: subject?.text, namesSubject: subject != nil,
                                               expected: outcome.text, actual: nil, result: nil,
                                               problem: ([wrong.message] + wrong.notes).joined(separator: "; "), range: range))
                return
            }
            setup.expectations.append(Expectation(subject: subject?.text, rule: rule.text, outcome: outcome.text, range: range))
        default: break
        }
    }
}
