/// The words of an outcome, shared by every renderer: the pending sentence, the reason of a
/// skip, the labels of comparisons. The outcome itself holds only values.
extension RuleOutcome {
    /// "pending, due 2021-10-25" (or "pending" when no due moment is known); nil when not pending.
    package var pendingNote: String? {
        guard case .pending(let due) = self else { return nil }
        return due.map { "pending, due \($0.plain)" } ?? "pending"
    }

    /// How a comparison shows it: "fail", "pass", "pass (pending)".
    package var label: String {
        isPending ? "pass (pending)" : status.rawValue
    }

    /// "fail", "pass", "pass (pending)", or "—" for no result.
    package static func label(_ outcome: RuleOutcome?) -> String {
        outcome?.label ?? "—"
    }
}

extension SkipReason {
    /// "applies only when `today > calendar.annual_meeting.end`: `today` is 2021-09-01; …".
    package var sentence: String {
        switch self {
        case .when(_, let decisive?): "applies only when `\(decisive.source)`: \(decisive.summary)"
        case .when(_, nil): "does not apply"
        }
    }
}

extension RuleResult {
    /// For results that are not a pass: what was seen (the rule's `message`, or a summary of the
    /// explanation); for a skip, why it does not apply; for an error, what went wrong.
    package var message: String? {
        switch outcome {
        case .skip(let reason): reason.sentence
        case .error(let error): error.message
        default: written
        }
    }

    /// For a pass that rests on an obligation not yet due: "pending, due 2021-10-25".
    package var pendingNote: String? { outcome.pendingNote }
}
