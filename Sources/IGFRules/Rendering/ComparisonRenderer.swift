/// The words of a comparison (`check --compare`, `diff`, the REPL's `:diff`): each changed
/// outcome as text, a JSON object or a Markdown row, with the reason on each side, and the counts.
public enum ComparisonRenderer {
    /// The formats a comparison is written in.
    public static let formats = ["text", "json", "markdown"]

    /// Why a result is what it is, in one line: its message, pending note or error.
    public static func reason(_ result: RuleResult) -> String? {
        if let note = result.pendingNote { return note }
        switch result.status {
        case .pass: return "met"
        case .skip: return "does not apply"
        default: return [result.message, result.hint.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// Changes as text, grouped under their subject.
    public static func text(_ changes: [OutcomeChange]) -> String {
        var out = ""
        var current = ""
        for change in changes {
            let subject = "\(change.subject) \(Value.visible(change.id))"
            if subject != current {
                out += "\(subject)\n"
                current = subject
            }
            out += "  \(change.rule): \(OutcomeChange.label(change.before)) → \(OutcomeChange.label(change.after))\n"
            if let before = change.before, let reason = reason(before) { out += "      before: \(reason)\n" }
            if let after = change.after, let reason = reason(after) { out += "      after:  \(reason)\n" }
        }
        return out
    }

    /// One change as a JSON object.
    public static func json(_ change: OutcomeChange) -> String {
        JSONWriter.object([
            ("name", JSONWriter.string(change.subject)), ("id", JSONWriter.string(change.id)), ("rule", JSONWriter.string(change.rule)),
            ("before", JSONWriter.optional(change.before.map { OutcomeChange.label($0) })),
            ("after", JSONWriter.optional(change.after.map { OutcomeChange.label($0) })),
            ("before_reason", JSONWriter.optional(change.before.flatMap(reason))),
            ("after_reason", JSONWriter.optional(change.after.flatMap(reason))),
        ])
    }

    /// The head of the Markdown table of changes.
    public static let markdownHeader = "| Subject | Rule | Before | After | Why, before | Why, after |\n|---|---|---|---|---|---|\n"

    /// One change as a row of the Markdown table.
    public static func markdown(_ change: OutcomeChange) -> String {
        func cell(_ text: String?) -> String { MarkdownReport.cell(text ?? "") }
        return "| \(change.subject) \(MarkdownReport.code(change.id)) | \(MarkdownReport.code(change.rule)) | "
            + "\(OutcomeChange.label(change.before)) | \(OutcomeChange.label(change.after)) | "
            + "\(cell(change.before.flatMap(reason))) | \(cell(change.after.flatMap(reason))) |\n"
    }

    /// "3 outcomes change in 2 of 36 subjects." or "No outcome changes in 36 subjects."
    public static func summary(_ tally: ComparisonTally) -> String {
        let (changes, subjects) = (tally.changes.count, tally.subjects)
        let outcomes = "\(changes) outcome\(changes == 1 ? "" : "s")"
        return changes == 0 ? "No outcome changes in \(subjects) subject\(subjects == 1 ? "" : "s").\n"
            : "\(outcomes) change\(changes == 1 ? "s" : "") in \(tally.changedSubjects) of \(subjects) subject\(subjects == 1 ? "" : "s").\n"
    }

    /// "2 subjects change eligibility: 1 no longer meets every required rule, 1 now meets them all."
    public static func eligibilityLine(_ tally: ComparisonTally) -> String {
        let (lost, gained) = (tally.becameIneligible, tally.becameEligible)
        let changed = lost + gained
        guard changed > 0 else { return "No subject changes eligibility (meeting every required rule or not).\n" }
        return "\(changed) subject\(changed == 1 ? "" : "s") change\(changed == 1 ? "s" : "") eligibility: "
            + "\(lost) no longer meet\(lost == 1 ? "s" : "") every required rule, \(gained) now meet\(gained == 1 ? "s" : "") them all.\n"
    }

    /// What follows the changes: the counts (and, with `eligibility`, the eligibility line) in
    /// `format`; `anyWritten` says whether a change was written before it (for JSON's array).
    public static func closing(_ tally: ComparisonTally, format: String, eligibility: Bool, anyWritten: Bool) -> String {
        switch format {
        case "json":
            var summary = [("subjects", String(tally.subjects)), ("changed_subjects", String(tally.changedSubjects)),
                           ("changed_outcomes", String(tally.changes.count))]
            if eligibility {
                summary += [("became_ineligible", String(tally.becameIneligible)), ("became_eligible", String(tally.becameEligible))]
            }
            return (anyWritten ? "\n" : "") + "],\"summary\":" + JSONWriter.object(summary) + "}\n"
        case "markdown":
            return (tally.changes.isEmpty ? "" : "\n") + "**" + summary(tally).dropLast() + "**\n"
                + (eligibility ? "\n" + eligibilityLine(tally) : "")
        default:
            return (tally.changes.isEmpty ? "" : "\n") + summary(tally) + (eligibility ? eligibilityLine(tally) : "")
        }
    }
}
