import Foundation

/// Runs the `test` declarations of a program: each test's data is loaded and changed as it says,
/// the rules are evaluated, and every `expect` is compared with the outcome the rule gave.
package struct TestRunner {
    package let program: Program

    package init(program: Program) {
        self.program = program
    }

    /// One `expect` line and how it came out.
    package struct Outcome: Sendable {
        package let test: Test
        package let rule: String
        /// The subject id the expectation names, or the subject's id when it names none.
        package let subject: String?
        /// Whether the expectation names its subject (`expect "WS #72" …`).
        package let namesSubject: Bool
        package let expected: String
        /// What the rule gave (`pass`, `fail`, …, `pending`), or nil when it gave no result.
        package let actual: String?
        package let result: RuleResult?
        /// Why the expectation could not be checked, when it could not.
        package let problem: String?
        package let range: Range<Int>

        package var passed: Bool { problem == nil && actual.map { TestRunner.matches(expected, $0) } == true }
    }

    package struct Report: Sendable {
        package var outcomes: [Outcome] = []
        /// Problems with tests themselves: a data file that cannot be read, an unknown rule.
        package var diagnostics: [Diagnostic] = []
        /// Tests with such a problem and no expectation to report it by (for JUnit's `error`s):
        /// each with the first problem's message.
        package var unrunnable: [(test: Test, problem: String)] = []
        package var passed: Int { outcomes.count(where: \.passed) }
        package var failed: Int { outcomes.count - passed }
    }

    /// The outcomes an `expect` may name.
    package static let outcomeNames = ["pass", "fail", "warn", "skip", "error", "pending"]

    /// A test without a `today` line: the same error for `lint` and for `test`.
    static func withoutToday(_ test: Test) -> Diagnostic {
        Diagnostic(.error, code: "test", message: "this test does not say which day it is checked on", file: test.declared.file,
                   range: test.declaration.name.range, notes: ["add a line such as `today 2021-03-01`: a test must not depend on the day it runs"])
    }

    /// What is wrong with an `expect` line: a rule id the rules do not have, or an outcome that
    /// does not exist. The same diagnostic for `lint` and for `test`.
    static func expectProblem(rule: Name, outcome: Name, in program: Program, file: SourceFile) -> Diagnostic? {
        if program.scorings.contains(where: { $0.id == rule.text }), placements.contains(outcome.text) { return nil }
        if program.rule(id: rule.text) == nil {
            let suggestion = Suggestions.closest(to: rule.text, among: program.rules.map(\.id))
            return Diagnostic(.error, code: "unknown-rule", message: "no rule has the id `\(rule.text)`", file: file, range: rule.range,
                              notes: suggestion.map { ["did you mean `\($0)`?"] } ?? [], fixes: Diagnostic.FixIt.didYouMean(suggestion, at: rule.range))
        }
        guard outcomeNames.contains(outcome.text) else {
            return Diagnostic(.error, code: "unknown-outcome", message: "`\(outcome.text)` is not an outcome", file: file, range: outcome.range,
                              notes: ["an outcome is one of " + outcomeNames.joined(separator: ", ")])
        }
        return nil
    }

    static func matches(_ expected: String, _ actual: String) -> Bool {
        expected == actual || (expected == "pass" && actual == "pending")
    }

    /// Runs every test, or only those whose name contains `matching` (case and accents aside).
    package func run(matching: String? = nil) -> Report {
        var report = Report()
        for test in program.tests {
            if let matching, test.name.range(of: matching, options: [.caseInsensitive, .diacriticInsensitive]) == nil { continue }
            run(test, into: &report)
        }
        return report
    }

    struct Expectation {
        let subject: String?
        let rule: String
        let outcome: String
        let range: Range<Int>
    }

    private func run(_ test: Test, into report: inout Report) {
        let (outcomes, diagnostics) = (report.outcomes.count, report.diagnostics.count)
        runExpectations(test, into: &report)
        if report.outcomes.count == outcomes, report.diagnostics.count > diagnostics {
            report.unrunnable.append((test, report.diagnostics[diagnostics].message))
        }
    }

    private func runExpectations(_ test: Test, into report: inout Report) {
        var setup = Setup(test: test, program: program)
        for clause in test.declaration.clauses {
            apply(clause, to: &setup, test: test, report: &report)
        }
        if setup.today == nil { setup.problems.append(TestRunner.withoutToday(test)) }
        guard setup.problems.isEmpty, let today = setup.today else {
            report.diagnostics += setup.problems
            for expectation in setup.expectations {
                report.outcomes.append(Outcome(test: test, rule: expectation.rule, subject: expectation.subject,
                                               namesSubject: expectation.subject != nil, expected: expectation.outcome,
                                               actual: nil, result: nil, problem: "the test could not be set up", range: expectation.range))
            }
            report.outcomes += setup.scoreExpectations.map { unchecked($0, test: test, problem: "the test could not be set up") }
            return
        }
        let runner = RuleRunner(program: program, parameters: setup.parameters, today: today)
        let (results, records) = evaluate(&setup, runner: runner, into: &report)
        for expectation in setup.expectations {
            report.outcomes.append(outcome(of: expectation, in: results, test: test))
        }
        report.outcomes += setup.scoreExpectations.map { outcome(of: $0, records: records, runner: runner, test: test) }
    }

    /// Evaluates the rules on the test's data, once per record of its `each` file when it has one:
    /// the subjects' results, and each with the data it was checked on.
    private func evaluate(_ setup: inout Setup, runner: RuleRunner,
                          into report: inout Report) -> ([SubjectResult], [([Value], SubjectResult)]) {
        guard let each = setup.each else {
            let results = runner.check(data: setup.bindings.values)
            return (results, results.map { (setup.bindings.values, $0) })
        }
        var results: [SubjectResult] = []
        var records: [([Value], SubjectResult)] = []
        var stream = RecordStream(path: each.path)
        var position = 0
        while let record = stream.next() {
            switch record {
            case .success(let value):
                position += 1
                setup.bindings.bind(each.name, to: value)
                let checked = runner.check(data: setup.bindings.values, position: position, only: [each.name])
                results += checked
                records += checked.map { (setup.bindings.values, $0) }
            case .failure(let diagnostic):
                // A records file that cannot be opened is placed at the `each` line that names it.
                report.diagnostics.append(located(diagnostic, in: setup.file, at: each.written.range, suggesting: each.path,
                                                  written: each.written.text))
            }
        }
        return (results, records)
    }

    private func outcome(of expectation: Expectation, in results: [SubjectResult], test: Test) -> Outcome {
        let subjects = expectation.subject.map { id in results.filter { $0.id == id } } ?? results
        func make(_ actual: String?, _ result: RuleResult?, _ problem: String?, subject: String?) -> Outcome {
            Outcome(test: test, rule: expectation.rule, subject: subject, namesSubject: expectation.subject != nil,
                    expected: expectation.outcome, actual: actual, result: result, problem: problem, range: expectation.range)
        }
        if subjects.isEmpty {
            let problem = expectation.subject.map { "no subject has the id \"\($0)\"" } ?? "the data given has nothing this rule checks"
            return make(nil, nil, problem, subject: expectation.subject)
        }
        // Without a subject id, the expectation holds for every subject; the first that differs is reported.
        var first: Outcome?
        for subject in subjects {
            guard let result = subject.results.first(where: { $0.rule.id == expectation.rule }) else {
                let outcome = make(nil, nil, "the rule gave no result for \(subject.subject) \(subject.id)", subject: subject.id)
                if first == nil || first!.passed { first = outcome }
                continue
            }
            let actual = result.outcome.name
            let outcome = make(actual, result, nil, subject: subject.id)
            if first == nil || (first!.passed && !outcome.passed) { first = outcome }
        }
        return first!
    }

    /// A diagnostic about a data file, placed at the test line that names it.
    func unknownName(_ name: String) -> String {
        var message = "`\(name)` is not a data name or a parameter of these rules"
        let names = program.dataNames.map(\.name) + program.parameters.map(\.name)
        if let suggestion = Suggestions.closest(to: name, among: names) { message += "; did you mean `\(suggestion)`?" }
        return message
    }
}
