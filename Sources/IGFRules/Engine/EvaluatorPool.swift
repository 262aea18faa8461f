import Foundation

/// Evaluators of one run kept for the next subject: a check takes one (or makes one), resets it
/// to the subject's data and gives it back, cleared, so that an evaluator and its arrays are made
/// once per checking thread rather than once per record. Shared by the copies of a `RuleRunner`
/// and used from any thread: the lock guards the list, and an evaluator taken out is used only
/// by the thread that took it until it is given back, which makes the unchecked `Sendable` safe.
final class EvaluatorPool: @unchecked Sendable {
    /// The most evaluators kept (one per checking thread is what a batch needs).
    static let maximumKept = 8
    private let lock = NSLock()
    /// Read and written only under `lock`, so the run-time exclusivity checks are off.
    @exclusivity(unchecked) private var kept: [Evaluator] = []

    /// A kept evaluator set to `data`, if there is one.
    func take(data: [Value]) -> Evaluator? {
        lock.lock()
        let evaluator = kept.popLast()
        lock.unlock()
        evaluator?.reset(data: data)
        return evaluator
    }

    /// Keeps `evaluator` for a later subject, holding no data of this one.
    func give(_ evaluator: Evaluator) {
        evaluator.clear()
        lock.lock()
        defer { lock.unlock() }
        if kept.count < EvaluatorPool.maximumKept { kept.append(evaluator) }
    }

    /// How many evaluators are kept (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return kept.count
    }
}
