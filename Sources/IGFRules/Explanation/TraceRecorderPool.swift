import Foundation

/// Trace recorders of one run kept for the next rule explained: a rule takes one (or makes
/// one) and gives it back, so that a recorder and its buffers are made once per checking thread
/// rather than once per rule explained. Shared by the copies of a `RuleRunner` and used from any
/// thread: the lock guards the list, and a recorder taken out is used only by the thread that
/// took it until it is given back, which makes the unchecked `Sendable` safe.
final class TraceRecorderPool: @unchecked Sendable {
    /// The most recorders kept (one per checking thread is what a batch needs).
    static let maximumKept = 8
    private let lock = NSLock()
    /// Read and written only under `lock`, so the run-time exclusivity checks are off.
    @exclusivity(unchecked) private var kept: [TraceRecorder] = []

    init() {}

    /// A recorder for the conditions of `file`: a kept one made as new, or a new one.
    func take(file: SourceFile) -> TraceRecorder {
        lock.lock()
        let recorder = kept.popLast()
        lock.unlock()
        guard let recorder else { return TraceRecorder(file: file) }
        recorder.restart(file: file)
        return recorder
    }

    /// Keeps `recorder` (its trace finished) for a later rule, holding no value of this one.
    func give(_ recorder: TraceRecorder) {
        recorder.restart()
        lock.lock()
        defer { lock.unlock() }
        if kept.count < TraceRecorderPool.maximumKept { kept.append(recorder) }
    }

    /// How many recorders are kept (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return kept.count
    }
}
