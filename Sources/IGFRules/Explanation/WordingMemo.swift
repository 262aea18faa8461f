import Foundation

/// The words worked out from a piece of a rule's source (`proposal.outreach.organisations` →
/// "the proposal's outreach has no organisations"), kept for the whole run: the same rule fails
/// the same way for many subjects, and its wording is made once, not once per subject. The
/// words must depend on the key alone. Shared by the threads that check records, behind a lock.
/// `Words` is what is kept: a sentence (`WordingMemo`), or the parts of one (a counted noun).
final class WordsMemo<Words>: @unchecked Sendable {
    // `entries` is only read or written with `lock` held.
    private let lock = NSLock()
    private var entries: [String: Words?] = [:]
    /// Past this many keys the memo starts again, so that memory stays bounded whatever the rules.
    static var maximumEntries: Int { 4096 }

    init() {}

    /// The words for `key`, made by `make` the first time (nil words are kept too).
    func words(_ key: String, _ make: (String) -> Words?) -> Words? {
        lock.lock()
        let known = entries[key]
        lock.unlock()
        if let known { return known }
        let made = make(key)
        lock.lock()
        if entries.count >= WordsMemo.maximumEntries { entries.removeAll() }
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

/// Sentences kept by the piece of source they are worded from.
typealias WordingMemo = WordsMemo<String>
