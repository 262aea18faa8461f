/// What one rule gave for one subject, as a value: renderers turn it into words, badges and
/// exit codes. `status` is the five-way status of the reports (`pending` counts as a pass).
package enum RuleOutcome: Sendable {
    /// Every condition held.
    case pass
    /// Every condition held or rests on an obligation not yet due; `due` is the earliest such
    /// moment (a date or date-time), nil when no `by` gave one.
    case pending(due: Value?)
    /// A required rule was not met.
    case fail
    /// A recommended rule was not met.
    case warn
    /// The rule does not apply to this subject.
    case skip(SkipReason)
    /// The rule could not be evaluated.
    case error(EvaluationError)

    /// The status of the reports and of `cli.md`'s JSON: pending is a pass.
    package var status: RuleResult.Status {
        switch self {
        case .pass, .pending: .pass
        case .fail: .fail
        case .warn: .warn
        case .skip: .skip
        case .error: .error
        }
    }

    /// The outcome's name as a test's `expect` line writes it: one of `TestRunner.outcomeNames`.
    package var name: String {
        if case .pending = self { return "pending" }
        return status.rawValue
    }

    /// Whether it rests on an obligation not yet due.
    package var isPending: Bool {
        if case .pending = self { return true }
        return false
    }
}

/// Why a rule was skipped, as data (boxed, so that a result stays small).
package indirect enum SkipReason: Sendable {
    /// Which `when` said no.
    package enum Scope: String, Sendable {
        /// The `when` of the ruleset that holds the rule.
        case ruleset
        /// The rule's own `when`.
        case rule
    }

    /// A `when` that was no; `decisive` is the part of it that did not hold, with the values
    /// that decided it (nil when it could not be traced).
    case when(Scope, decisive: Explanation?)
}

extension RuleOutcome {
    /// Whether two outcomes are the same case (pass, pending, fail, warn, skip, error), whatever
    /// their due moments, reasons or errors: what a comparison of scenarios reports as a change.
    package func sameKind(as other: RuleOutcome) -> Bool {
        name == other.name
    }
}
