/// Comparing two evaluations of the same subjects: the outcomes that change.
extension Workspace {
    /// The outcomes that differ, subject by subject in order: when both sides hold the same
    /// subjects in the same order, a subject whose id was changed is still the same subject;
    /// otherwise subjects are matched by data name and id (counted over many evaluations by
    /// ``ComparisonTally``).
    public static func compare(before: [SubjectResult], after: [SubjectResult]) -> [OutcomeChange] {
        ComparisonTally.changes(before: before, after: after)
    }
}
