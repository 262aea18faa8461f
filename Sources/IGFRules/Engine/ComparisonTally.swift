/// The running count of a comparison over many evaluations (records, or one): the changes, the
/// subjects, and the subjects that changed eligibility (meeting every required rule or not).
public struct ComparisonTally: Sendable {
    public private(set) var changes: [OutcomeChange] = []
    public private(set) var subjects = 0
    public private(set) var changedSubjects = 0
    /// Subjects that met every required rule before and not after, and the other way round.
    public private(set) var becameIneligible = 0
    public private(set) var becameEligible = 0

    public init() {}

    /// Adds one evaluation on both sides; returns its changes.
    public mutating func add(before: [SubjectResult], after: [SubjectResult]) -> [OutcomeChange] {
        subjects += max(before.count, after.count)
        countEligibility(before: before, after: after)
        let found = Self.changes(before: before, after: after)
        var changed: Set<String> = []
        for change in found { changed.insert(change.subject + "\u{0}" + change.id) }
        changedSubjects += changed.count
        changes += found
        return found
    }

    /// The outcomes that differ, subject by subject in order: when both sides hold the same
    /// subjects in the same order, a subject whose id was changed is still the same subject;
    /// otherwise subjects are matched by data name and id.
    package static func changes(before: [SubjectResult], after: [SubjectResult]) -> [OutcomeChange] {
        guard before.count == after.count, zip(before, after).allSatisfy({ $0.subject == $1.subject }) else {
            return OutcomeChange.changes(before: before, after: after)
        }
        let renamed = zip(before, after).map { SubjectResult(subject: $0.subject, id: $1.id, results: $0.results) }
        return OutcomeChange.changes(before: renamed, after: after)
    }

    private mutating func countEligibility(before: [SubjectResult], after: [SubjectResult]) {
        for old in before {
            guard let new = after.first(where: { $0.subject == old.subject && $0.id == old.id }) else { continue }
            let (was, now) = (!old.results.contains(where: \.blocks), !new.results.contains(where: \.blocks))
            if was && !now { becameIneligible += 1 }
            if !was && now { becameEligible += 1 }
        }
    }
}
