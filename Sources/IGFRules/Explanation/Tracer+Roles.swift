extension Tracer {
    /// The role of the node of `code`.
    static func role(of code: Code) -> Explanation.Role {
        switch code.op {
        case .compare: .comparison
        case .membership: .membership
        case .check: .check
        case .between: .between
        case .by: .by
        case .pending: .pending
        case .and: .and
        case .or: .or
        case .not: .not
        case .quantifier: .quantifier
        case .comprehension: .comprehension
        case .call: .call
        case .arithmetic, .negate: .arithmetic
        case .conditional: .conditional
        default: .value
        }
    }
}
