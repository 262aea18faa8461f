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
    /// The expression as written in the rule file (for an element: `p = #2`); the tracer writes
    /// it out from `range` when the tree is finished, only for the nodes it keeps.
    package var source: String
    /// Where the expression is written in its file (empty for an element).
    package var range: Range<Int>
    /// Nil when evaluating this part failed (see `error`).
    package var value: Value?
    package var error: String?
    /// What the node adds to its value, as data (worded by the renderers as its `note`): which
    /// element it is, what a comprehension kept, what a quantifier left out, a due moment.
    package var detail: Detail?
    package var children: [Explanation]
    /// For comparisons: the operator (`>=`, `by`, `between`); for checks, which one (`is not empty`,
    /// `is missing`, …: a `Check`'s raw value).
    package var op: String?

    /// The children worth showing (written-out constants are left out).
    package var shownChildren: [Explanation] { children.filter { $0.role != .constant } }

    /// The truth of a condition node: yes, no, unknown (missing data) or pending.
    var truth: Truth? { value.flatMap(Explanation.truth(of:)) }

    /// The truth of a condition whose value is `value` (nil for a value that is not one).
    static func truth(of value: Value) -> Truth? {
        switch value {
        case .bool(let flag): flag ? .yes : .no
        case .missing: .unknown
        case .pending: .pending
        default: nil
        }
    }

    /// What a node adds to its value, as data: no words (see `note` for them).
    package enum Detail: Sendable {
        /// One element of a list: its position (from 1) and how many the list has.
        case element(position: Int, of: Int)
        /// A comprehension: how many elements were kept of how many, and the positions (from 1) of
        /// the first kept ones, at most `Tracer.elementsKept` of them (`kept > positions.count` when some were left out).
        case kept(Int, of: Int, positions: [Int])
        /// The list of a quantifier: how many elements were checked; only the deciding ones are children.
        case checked(Int)
        /// A `by` or `pending` not yet due, with its due moment when known.
        case pending(due: Value?)
        /// A `by` whose obligation is not done and whose due moment has passed.
        case overdue
    }
}

extension Explanation {
    /// A node whose source text is written out later (see `source`). Declared in an extension so
    /// that it hands its parts to the memberwise initializer, which builds the node where it goes:
    /// an initializer of the struct's own that assigned each property built it aside, and every
    /// node was copied once more (each part retained) and the first one destroyed.
    package init(role: Role, range: Range<Int>, value: Value?, error: String? = nil, detail: Detail? = nil, children: [Explanation] = [],
                op: String? = nil) {
        self.init(role: role, source: "", range: range, value: value, error: error, detail: detail, children: children, op: op)
    }
}
