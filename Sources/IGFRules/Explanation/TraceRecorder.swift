/// Attaches a `Tracer` to an evaluator: the evaluator holds this one reference, and each of its
/// calls reaches the tracer in place, with one access.
final class TraceRecorder: EvaluationObserver {
    /// Reached once per call, never in overlapping accesses: no run-time exclusivity check.
    @exclusivity(unchecked) private var tracer: Tracer

    init(file: SourceFile) {
        tracer = Tracer(file: file)
    }

    func begin() { tracer.begin() }

    func end(_ code: Code, value: Value) { tracer.end(code, value: value) }

    func end(_ code: Code, error: EvaluationError) { tracer.end(code, error: error) }

    func beginElement() { tracer.beginElement() }

    func endElement(index: Int, of count: Int, value: Value, outcome: Truth?) {
        tracer.endElement(index: index, of: count, value: value, outcome: outcome)
    }

    /// The tree of the condition evaluated (see `Tracer.finish`).
    func finish() -> Explanation? { tracer.finish() }
}

extension Evaluator {
    /// Evaluates `code` (written in `file`) with a tracer attached, and gives its tree: nil when
    /// nothing was recorded.
    func trace(_ code: Code, file: SourceFile) -> Explanation? {
        let tracing = TraceRecorder(file: file)
        observer = tracing
        steps = 0
        defer { observer = nil }
        _ = try? evaluate(code)
        return tracing.finish()
    }
}
