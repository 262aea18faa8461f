/// Why a result came out as it did: the tree of sub-expressions that decided it, each with its
/// source text and value, pruned to what matters (for `all`, the element that failed; for a
/// comprehension, how many elements were kept and which).
public struct Explanation: Sendable {
    package enum Role: String, Sendable {
        /// A whole `require` condition, or `when`.
        case condition
        case comparison, membership, check, between, by, pending
        case and, or, not, quantifier, comprehension, call, arithmetic, conditional
        /// One element of a list, as a quantifier or comprehension saw it.
        case element
        /// A value read from data, a parameter, a definition or a variable.
        case value
        /// A value written in the rule itself (`3`, `"bpf"`): kept for hints, not shown.
        case constant
    }

    package var role: Role
    /// The expression as written in the rule file (for an element: `p = #2`).
    package var source: String
    /// Nil when evaluating this part failed (see `error`).
    package var value: Value?
    package var error: String?
    /// A short remark: "1 of 2 kept: #1", "pending, due 2021-10-25", "element 2 of 3".
    package var note: String?
    package var children: [Explanation]
    /// For comparisons: the operator (`>=`, `by`, `between`).
    package var op: String?

    package init(role: Role, source: String, value: Value?, error: String? = nil, note: String? = nil, children: [Explanation] = [],
                op: String? = nil) {
        self.op = op
        self.role = role
        self.source = source
        self.value = value
        self.error = error
        self.note = note
        self.children = children
    }

    /// The children worth showing (written-out constants are left out).
    package var shownChildren: [Explanation] { children.filter { $0.role != .constant } }

    /// The truth of a condition node: yes, no, unknown (missing data) or pending.
    var truth: Truth? {
        switch value {
        case .bool(let flag): flag ? .yes : .no
        case .missing: .unknown
        case .pending: .pending
        default: nil
        }
    }
}
