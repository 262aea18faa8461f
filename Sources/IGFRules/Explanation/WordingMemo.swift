import Foundation

/// The words worked out from a piece of a rule's source (`proposal.outreach.organisations` →
/// "the proposal's outreach has no organisations"), kept for the whole run: the same rule fails
/// the same way for many subjects, and its wording is made once, not once per subject. The
/// words must depend on the key alone. Shared by the threads that check records, behind a lock.
final class WordingMemo: @unchecked Sendable {
    // `entries` is only read or written with `lock` held.
    private let lock = NSLock()
    private var entries: [String: String?] = [:]
    /// Past this many keys the memo starts again, so that memory stays bounded whatever the rules.
    static let maximumEntries = 4096

    init() {}

    /// The words for `key`, made by `make` the first time (nil words are kept too).
    func words(_ key: String, _ make: (String) -> String?) -> String? {
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        let made = make(key)
        lock.lock()
        if entries.count >= WordingMemo.maximumEntries { entries.removeAll() }
        entries[key] = .some(made)
        lock.unlock()
        return made
    }

    /// How many keys are kept (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}
