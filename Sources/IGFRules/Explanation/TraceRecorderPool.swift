/// Trace recorders of one run kept for the next rule explained (`KeptObjects`): a rule takes one
/// (or makes one) and gives it back, so that a recorder and its buffers are made once per
/// checking thread rather than once per rule explained.
struct TraceRecorderPool: Sendable {
    static let maximumKept = KeptObjects<TraceRecorder>.maximumKept
    private let kept = KeptObjects<TraceRecorder>()

    /// A recorder for the conditions of `file`: a kept one made as new, or a new one.
    func take(file: SourceFile) -> TraceRecorder {
        guard let recorder = kept.take() else { return TraceRecorder(file: file) }
        recorder.restart(file: file)
        return recorder
    }

    /// Keeps `recorder` (its trace finished) for a later rule, holding no value of this one.
    func give(_ recorder: TraceRecorder) {
        recorder.restart()
        kept.keep(recorder)
    }

    /// How many recorders are kept (for tests).
    var count: Int { kept.count }
}
