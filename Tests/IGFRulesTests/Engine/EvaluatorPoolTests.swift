@testable import IGFRules
import Foundation
import Testing

/// A runner keeps its evaluators from one `check` to the next (`EvaluatorPool`): a kept evaluator
/// holds nothing of the subject it last evaluated, and results are those of a fresh evaluator,
/// one record after another and from several threads at once.
@Suite struct EvaluatorPoolTests {
    static let rules = """
        data proposal {
          id: text
          title: text
          answers: list of { name: text, text: text }
        }
        ruleset t for proposal
        define unanswered = [a.name for a in proposal.answers where a.text is empty]
        define titled = proposal.title is not empty
        rule answered "Answered"
          require all a in proposal.answers: a.text is not empty
          message "not answered: {unanswered}"
        rule titled "Titled"
          require titled

        """

    static let records = [
        #"{"id": "a", "title": "T", "answers": [{"name": "x", "text": ""}, {"name": "y", "text": "Y"}]}"#,
        #"{"id": "b", "title": "", "answers": [{"name": "x", "text": "X"}, {"name": "z", "text": " "}]}"#,
        #"{"id": "c", "title": "U", "answers": []}"#,
        #"{"id": "d", "answers": [{"name": "w"}]}"#,
    ]

    func program() throws -> Program {
        let (program, diagnostics) = Support.program(Self.rules, schema: false)
        return try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
    }

    func data(_ program: Program, _ json: String) throws -> [Value] {
        var bindings = DataBindings(program: program)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "proposal", text: json)) else { throw Support.Failure("bad JSON") }
        bindings.bind("proposal", to: value)
        return bindings.values
    }

    /// Each result as a line: rule, status, message and explanation.
    func lines(_ results: [SubjectResult]) -> [String] {
        results.flatMap { subject in
            subject.results.map { "\(subject.id) \($0.rule.id) \($0.status) \($0.written ?? "-") \($0.explanation.map(\.summary))" }
        }
    }

    @Test func aReusedEvaluatorGivesTheResultsOfAFreshOne() throws {
        let program = try program()
        let today = CivilDate(parsing: "2021-03-01")!
        let shared = RuleRunner(program: program, today: today)
        for json in Self.records + Self.records.reversed() {
            let data = try data(program, json)
            let fresh = RuleRunner(program: program, today: today).check(data: data)
            #expect(lines(shared.check(data: data)) == lines(fresh), "\(json)")
        }
        #expect(shared.evaluators.count == 1)
    }

    @Test func aKeptEvaluatorHoldsNoDataOfItsLastSubject() throws {
        let program = try program()
        let runner = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!)
        _ = runner.check(data: try data(program, Self.records[0]))
        let kept = try #require(runner.evaluators.take(data: []))
        #expect(kept.data.isEmpty)
        #expect(!kept.definitionCache.contains { $0 != nil })
        #expect(!kept.locals.contains { !$0.isMissing })
        #expect(kept.observer == nil && kept.recorder == nil && kept.steps == 0)
    }

    @Test func checksOnSeveralThreadsAtOnceGiveTheResultsOfOne() throws {
        let program = try program()
        let runner = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!)
        let inputs = try Self.records.map { try data(program, $0) }
        let expected = inputs.map { lines(runner.check(data: $0)) }
        let outputs = Outputs(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            outputs.set(index, lines(runner.check(data: inputs[index % inputs.count])))
        }
        for index in 0..<64 { #expect(outputs.get(index) == expected[index % inputs.count]) }
        #expect(runner.evaluators.count <= EvaluatorPool.maximumKept)
    }

    /// Results written from several threads.
    final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [[String]]
        init(count: Int) { values = Array(repeating: [], count: count) }
        func set(_ index: Int, _ value: [String]) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> [String] { lock.withLock { values[index] } }
    }
}
