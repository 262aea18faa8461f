import IGFRules

/// What goes to the MAG from a comparison: a Markdown table of the outcomes that change, and
/// one line on how many subjects change eligibility (meeting every required rule or not).
extension Comparison {
    static let markdownHeader = "| Subject | Rule | Before | After | Why, before | Why, after |\n|---|---|---|---|---|---|\n"

    static func markdown(_ change: OutcomeChange) -> String {
        func cell(_ text: String?) -> String { MarkdownReport.cell(text ?? "") }
        return "| \(change.subject) \(MarkdownReport.code(change.id)) | \(MarkdownReport.code(change.rule)) | "
            + "\(OutcomeChange.label(change.before)) | \(OutcomeChange.label(change.after)) | "
            + "\(cell(change.before.flatMap(ReplSession.reason))) | \(cell(change.after.flatMap(ReplSession.reason))) |\n"
    }

    mutating func countEligibility(before: [SubjectResult], after: [SubjectResult]) {
        for old in before {
            guard let new = after.first(where: { $0.subject == old.subject && $0.id == old.id }) else { continue }
            let (was, now) = (!old.results.contains(where: \.blocks), !new.results.contains(where: \.blocks))
            if was && !now { becameIneligible += 1 }
            if !was && now { becameEligible += 1 }
        }
    }

    /// "2 subjects change eligibility: 1 no longer meets every required rule, 1 now does."
    var eligibilityLine: String {
        let changed = becameIneligible + becameEligible
        guard changed > 0 else { return "No subject changes eligibility (meeting every required rule or not).\n" }
        return "\(changed) subject\(changed == 1 ? "" : "s") change\(changed == 1 ? "s" : "") eligibility: "
            + "\(becameIneligible) no longer meet\(becameIneligible == 1 ? "s" : "") every required rule, \(becameEligible) now meet\(becameEligible == 1 ? "s" : "") them all.\n"
    }
}
