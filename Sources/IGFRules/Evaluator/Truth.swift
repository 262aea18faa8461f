/// The four truth values a condition can have. `unknown` comes from missing data and never
/// lets a rule pass; `pending` is an obligation not yet due, which counts as met for now.
enum Truth: Equatable {
    case yes, no, unknown, pending

    /// `and`: no beats unknown beats pending beats yes.
    func and(_ other: Truth) -> Truth {
        if self == .no || other == .no { return .no }
        if self == .unknown || other == .unknown { return .unknown }
        if self == .pending || other == .pending { return .pending }
        return .yes
    }

    /// `or`: yes beats pending beats unknown beats no.
    func or(_ other: Truth) -> Truth {
        if self == .yes || other == .yes { return .yes }
        if self == .pending || other == .pending { return .pending }
        if self == .unknown || other == .unknown { return .unknown }
        return .no
    }

    var negated: Truth {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown, .pending: self
        }
    }
}

extension Value {
    static let yes = Value.bool(true)
    static let no = Value.bool(false)

    init(_ truth: Truth, due: Value? = nil) {
        switch truth {
        case .yes: self = .bool(true)
        case .no: self = .bool(false)
        case .unknown: self = .missing
        case .pending: self = .pending(due: due)
        }
    }
}
