/// The messages of a subject's results, with the wording of a skip reason reused while the next
/// skip has the very same reason: every rule of a ruleset whose `when` said no shares one reason,
/// so a skipped ruleset of 14 rules is worded once, not 14 times. The words are a function of the
/// reason's explanation alone, and the reuse only happens when that explanation is provably the
/// same value, so every message is exactly what `RuleResult.message` gives.
package struct MessageMemo {
    /// The last skip reason worded, and its sentence (kept alive: see `same`).
    private var last: (decisive: Explanation, sentence: String?)?

    package init() {}

    /// `result.message`.
    package mutating func message(of result: RuleResult) -> String? {
        guard case .skip(.when(_, let decisive?)) = result.outcome else { return result.message }
        if let last, MessageMemo.same(last.decisive, decisive) { return last.sentence }
        let sentence = result.message
        last = (decisive, sentence)
        return sentence
    }

    /// Whether `a` and `b` are provably the same explanation: equal fields and the same children
    /// buffer. Two live arrays with the same buffer hold the same elements (a shared buffer is
    /// copied before any change), and `last` keeps its buffer alive, so its address is not reused.
    /// Values the test cannot prove equal are worded again, never mistaken.
    private static func same(_ a: Explanation, _ b: Explanation) -> Bool {
        guard a.role == b.role, a.source == b.source, a.range == b.range, a.error == b.error, a.op == b.op,
            a.children.count == b.children.count, same(a.value, b.value), same(a.detail, b.detail)
        else { return false }
        return a.children.withUnsafeBufferPointer { x in b.children.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }

    /// Equal for the values a `when` usually decides on (a truth, missing data, a text, a date); false otherwise.
    private static func same(_ a: Value?, _ b: Value?) -> Bool {
        switch (a, b) {
        case (nil, nil), (.missing?, .missing?): true
        case (.bool(let x)?, .bool(let y)?): x == y
        case (.text(let x)?, .text(let y)?): x == y
        case (.date(let x)?, .date(let y)?): x == y
        default: false
        }
    }

    private static func same(_ a: Explanation.Detail?, _ b: Explanation.Detail?) -> Bool {
        switch (a, b) {
        case (nil, nil), (.overdue?, .overdue?): true
        case (.element(let p, let n)?, .element(let q, let m)?): p == q && n == m
        case (.checked(let x)?, .checked(let y)?): x == y
        default: false
        }
    }
}
