@testable import IGFRules
import Testing

/// A runner keeps its trace recorders from one explained rule to the next (`TraceRecorderPool`):
/// a kept recorder traces as a new one would, for the file it is taken for, and holds no value
/// of the rule it last traced.
@Suite struct TraceRecorderPoolTests {
    let proposal = #"{"id": "p", "submitted": "2021-02-25", "facilitators": [{"name": "Amina K.", "mag_member": false}, {"name": " "}]}"#

    /// The first condition of the only rule in `rule`, its file, and an evaluator over `proposal`.
    func setUp(_ rule: String) throws -> (Code, SourceFile, Evaluator) {
        try Support.firstCondition(of: rule, proposal: proposal)
    }

    func outline(_ node: Explanation?) -> String { Support.outline(node) }

    @Test func aKeptRecorderTracesAnotherFileAsANewOneWould() throws {
        let pool = TraceRecorderPool()
        let (first, firstFile, firstEvaluator) = try setUp("rule a \"A\"\n  require any f in proposal.facilitators: f.mag_member\n")
        let recorder = pool.take(file: firstFile)
        _ = firstEvaluator.trace(first, with: recorder)
        pool.give(recorder)
        #expect(pool.count == 1)
        // Another file, whose condition is written at other offsets.
        let (second, secondFile, secondEvaluator) = try setUp("\n\nrule b \"B\"\n  require proposal.submitted < 2021-01-01 or proposal.id = \"q\"\n")
        let again = pool.take(file: secondFile)
        #expect(again === recorder)
        let reused = secondEvaluator.trace(second, with: again)
        #expect(reused?.source == "proposal.submitted < 2021-01-01 or proposal.id = \"q\"")
        #expect(outline(reused) == outline(secondEvaluator.trace(second, file: secondFile)))
    }

    @Test func aKeptRecorderWritesTheSourceOfAnotherFileAtTheSameOffsets() throws {
        let pool = TraceRecorderPool()
        let (first, firstFile, firstEvaluator) = try setUp("rule a \"A\"\n  require proposal.id = \"p\"\n")
        let recorder = pool.take(file: firstFile)
        #expect(firstEvaluator.trace(first, with: recorder)?.source == "proposal.id = \"p\"")
        pool.give(recorder)
        // The same rule for the next record: its texts are remembered, not written out again.
        let remembered = recorder.keptSourceCount
        #expect(remembered > 0)
        let same = pool.take(file: firstFile)
        #expect(firstEvaluator.trace(first, with: same)?.source == "proposal.id = \"p\"")
        #expect(same.keptSourceCount == remembered)
        pool.give(same)
        // Another file with the condition at the same offsets: its own text.
        let (second, secondFile, secondEvaluator) = try setUp("rule a \"A\"\n  require proposal.id = \"q\"\n")
        let again = pool.take(file: secondFile)
        #expect(secondEvaluator.trace(second, with: again)?.source == "proposal.id = \"q\"")
        #expect(outline(secondEvaluator.trace(second, with: again)) == outline(secondEvaluator.trace(second, file: secondFile)))
    }

    @Test func aRecorderGivenBackRemembersNoValue() throws {
        // A list of more entries than are kept unremembered, so that the tracer remembers it.
        let entries = (1...80).map { "{name: \"n\($0)\"}" }.joined(separator: ", ")
        let rule = "rule a \"A\"\n  require all f in [\(entries)]: f.name = \"n1\"\n"
        let (code, file, evaluator) = try setUp(rule)
        let pool = TraceRecorderPool()
        let recorder = pool.take(file: file)
        _ = evaluator.trace(code, with: recorder)
        #expect(recorder.keptListCount > 0)
        pool.give(recorder)
        #expect(recorder.keptListCount == 0)
    }

    @Test func aPoolKeepsAtMostItsMaximum() throws {
        let (_, file, _) = try setUp("rule a \"A\"\n  require proposal.id = \"p\"\n")
        let pool = TraceRecorderPool()
        let taken = (0..<(TraceRecorderPool.maximumKept + 2)).map { _ in pool.take(file: file) }
        for recorder in taken { pool.give(recorder) }
        #expect(pool.count == TraceRecorderPool.maximumKept)
    }
}
