/// The syntax of a `scoring` declaration: how the Secretariat ranks the proposals a ruleset
/// checks, written in the rule library so the MAG changes a weight or a criterion without code.
///
/// ```
/// scoring bpf.ranking "Ranking BPF topic proposals" for proposal
///   eligible bpf.proposal
///   criterion relevance "Relevance of the topic" weight 2 from proposal.review.scores
///   criterion bpf.selection "Selection metrics addressed" weight 1
/// ```
package struct ScoringDeclaration: Sendable {
    package let id: Name
    package let title: TextClause?
    package let subject: Name
    package var source: TextClause?
    /// The rulesets whose required rules a subject must all meet to be ranked.
    package var eligible: [Name]
    package var criteria: [CriterionClause]
    package let range: Range<Int>
}

/// `criterion NAME ["Title"] weight EXPR [from LIST]`. With `from`, the criterion is the mean of
/// the field NAME over the records of LIST (reviewers' grades); without it, NAME is a ruleset or
/// a rule, and each of its rules that passes earns the weight.
package struct CriterionClause: Sendable {
    package let name: Name
    package let title: TextClause?
    package let weight: Expr
    package let grades: Expr?
    package let range: Range<Int>
}
