/// Attaches a `Tracer` to an evaluator: the evaluator holds this one reference, and each of its
/// calls reaches the tracer in place, with one access.
final class TraceRecorder: EvaluationObserver {
    // Reached on every node traced. A recorder is used by one evaluator, on one thread, and
    // each call below is one access that calls nothing back, so no two accesses overlap: the
    // run-time exclusivity check (a fifth of a call's cost) is turned off for it.
    @exclusivity(unchecked) private var tracer: Tracer

    init(file: SourceFile) {
        tracer = Tracer(file: file)
    }

    func begin(_ code: Code) { tracer.begin(code) }

    func end(_ code: Code, value: Value) { tracer.end(code, value: value) }

    func end(_ code: Code, error: EvaluationError) { tracer.end(code, error: error) }

    func beginElement() { tracer.beginElement() }

    func endElement(index: Int, of count: Int, value: Value, outcome: Truth?) {
        tracer.endElement(index: index, of: count, value: value, outcome: outcome)
    }

    /// Whether the condition must be traced again with every node recorded (see `Tracer.missedParts`).
    var missedParts: Bool { tracer.missedParts }

    /// Whether nodes that no node shows are recorded too.
    var recordsHidden: Bool {
        get { tracer.recordsHidden }
        set { tracer.recordsHidden = newValue }
    }

    /// The tree of the condition evaluated (see `Tracer.finish`).
    func finish() -> Explanation? { tracer.finish() }

    /// How many lists and records its tracer remembers (for tests).
    var keptListCount: Int { tracer.keptListCount }

    /// How many source texts its tracer remembers (for tests).
    var keptSourceCount: Int { tracer.keptSourceCount }

    /// Makes it as new for the conditions of `file`, or the same file (see `Tracer.restart`).
    func restart(file: SourceFile? = nil) { tracer.restart(file: file) }
}

extension Evaluator {
    /// Evaluates `code` (written in `file`) with a tracer attached, and gives its tree: nil when
    /// nothing was recorded.
    func trace(_ code: Code, file: SourceFile) -> Explanation? {
        trace(code, with: TraceRecorder(file: file))
    }

    /// `trace(_:file:)` with a recorder of that file, which may be used again for the next
    /// piece of code (the conditions of one rule share one, and its buffers).
    func trace(_ code: Code, with recorder: TraceRecorder) -> Explanation? {
        observer = recorder
        defer { observer = nil }
        steps = 0
        _ = try? evaluate(code)
        guard recorder.missedParts else { return recorder.finish() }
        // An error inside a part no node shows is shown with its parts: traced again, whole.
        _ = recorder.finish()
        recorder.recordsHidden = true
        defer { recorder.recordsHidden = false }
        steps = 0
        _ = try? evaluate(code)
        return recorder.finish()
    }
}
