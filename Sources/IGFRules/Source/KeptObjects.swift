import Foundation

/// Objects of one run kept to be used again (evaluators, trace recorders): one is taken, used
/// by the taking thread alone, and kept again when done, so that it and its buffers are made once
/// per checking thread rather than once per use. Shared by the copies of a `RuleRunner` and used
/// from any thread: the lock guards the list, and an object taken out is used only by the thread
/// that took it until it is kept again, which makes the unchecked `Sendable` safe.
final class KeptObjects<Object: AnyObject>: @unchecked Sendable {
    /// The most objects kept (one per checking thread is what a batch needs).
    static var maximumKept: Int { 8 }
    private let lock = NSLock()
    /// Read and written only under `lock`, so the run-time exclusivity checks are off.
    @exclusivity(unchecked) private var kept: [Object] = []

    /// A kept object, if there is one.
    func take() -> Object? {
        lock.lock()
        defer { lock.unlock() }
        return kept.popLast()
    }

    /// Keeps `object`, already cleared of what its last use held, unless enough are kept.
    func keep(_ object: Object) {
        lock.lock()
        defer { lock.unlock() }
        if kept.count < KeptObjects.maximumKept { kept.append(object) }
    }

    /// How many objects are kept (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return kept.count
    }
}
