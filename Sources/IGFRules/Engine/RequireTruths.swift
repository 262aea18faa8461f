/// The truth each `require` of a rule came out with when the rule was checked, kept so that
/// explaining the result traces only the conditions its explanation keeps (a condition that
/// held is not traced again only to be dropped). Four bits each, in one word, for the first
/// `RequireTruths.capacity` conditions: a later one is not known, and is traced.
struct RequireTruths {
    private var bits: UInt64 = 0

    /// How many conditions it holds the truth of.
    static let capacity = 16

    init() {}

    /// Records the truth of the condition at `index` (from 0); past `capacity`, nothing.
    mutating func record(_ truth: Truth, at index: Int) {
        guard index < RequireTruths.capacity else { return }
        bits |= RequireTruths.code(truth) << UInt64(4 * index)
    }

    /// The truth of the condition at `index`, nil when not recorded.
    subscript(index: Int) -> Truth? {
        guard index < RequireTruths.capacity else { return nil }
        switch (bits >> UInt64(4 * index)) & 0xF {
        case 1: return .yes
        case 2: return .no
        case 3: return .unknown
        case 4: return .pending
        default: return nil
        }
    }

    private static func code(_ truth: Truth) -> UInt64 {
        switch truth {
        case .yes: 1
        case .no: 2
        case .unknown: 3
        case .pending: 4
        }
    }
}
