/// The syntax of a `scoring` declaration: how the Secretariat ranks the proposals a ruleset
/// checks, written in the rule library so the MAG changes a weight or a criterion without code.
///
/// ```
/// scoring bpf.ranking "Ranking BPF topic proposals" for proposal
///   eligible bpf.proposal
///   criterion relevance "Relevance of the topic" weight 2 from proposal.review.scores
///   criterion bpf.selection "Selection metrics addressed" weight 1
/// ```
public struct ScoringDeclaration: Sendable {
    public let id: Name
    public let title: TextClause?
    public let subject: Name
    public var source: TextClause?
    /// The rulesets whose required rules a subject must all meet to be ranked.
    public var eligible: [Name]
    public var criteria: [CriterionClause]
    public let range: Range<Int>
}

/// `criterion NAME ["Title"] weight EXPR [from LIST]`. With `from`, the criterion is the mean of
/// the field NAME over the records of LIST (reviewers' grades); without it, NAME is a ruleset or
/// a rule, and each of its rules that passes earns the weight.
public struct CriterionClause: Sendable {
    public let name: Name
    public let title: TextClause?
    public let weight: Expr
    public let grades: Expr?
    public let range: Range<Int>
}
