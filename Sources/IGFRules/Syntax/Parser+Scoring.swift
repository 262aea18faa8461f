/// `scoring` declarations and the `expect … rank N` / `expect … score N` test lines.
extension Parser {
    static let scoringClauses: Set<Keyword> = [.source, .eligible, .criterion]

    mutating func parseScoring(_ start: Int) throws(ParseFailure) -> ScoringDeclaration {
        let id = try parseDottedName("a scoring id after `scoring` (such as `bpf.ranking`)")
        let title = try parseOptionalTitle()
        try expect(.for, "and the data name it ranks (`scoring \(id.text) for proposal`)")
        let subject = try parseName("the data name the scoring ranks, after `for`")
        var scoring = ScoringDeclaration(id: id, title: title, subject: subject, source: nil, eligible: [], criteria: [],
                                         range: start..<subject.range.upperBound)
        while !atDeclarationStart {
            do {
                switch current.kind {
                case .keyword(.source):
                    let keyword = advance()
                    let text = try parseTextClause("the source document in quotes after `source`")
                    if scoring.source != nil { report(.duplicateClause("source", range: keyword.range, file: file)) }
                    scoring.source = text
                case .keyword(.eligible):
                    _ = advance()
                    scoring.eligible.append(try parseDottedName("a ruleset id after `eligible` (such as `bpf.proposal`)"))
                case .keyword(.criterion):
                    scoring.criteria.append(try parseCriterion())
                default:
                    throw fail(.expectedClause(["source", "eligible", "criterion"], in: "a scoring", found: current, file: file))
                }
            } catch {
                recover(toLineStarting: Parser.scoringClauses)
            }
        }
        scoring = ScoringDeclaration(id: id, title: title, subject: subject, source: scoring.source, eligible: scoring.eligible,
                                     criteria: scoring.criteria, range: start..<previous.range.upperBound)
        return scoring
    }

    private mutating func parseCriterion() throws(ParseFailure) -> CriterionClause {
        let start = advance().range.lowerBound
        let name = try parseDottedName("a criterion after `criterion`: a grade's field (`relevance`) or a ruleset id")
        let title = try parseOptionalTitle()
        try expect(.weight, "after the criterion `\(name.text)`, then its weight (`weight 2`)")
        let weight = try parseExpression()
        var grades: Expr?
        if accept(.from) { grades = try parseExpression() }
        let end = (grades ?? weight).range.upperBound
        return CriterionClause(name: name, title: title, weight: weight, grades: grades, range: start..<end)
    }

    /// After `expect [SUBJECT] ID`: `rank 1` or `score 19.67` when ID names a scoring.
    mutating func parseScoreExpectation(subject: TextClause?, scoring: Name, measure: Name) throws(ParseFailure) -> TestClause? {
        guard measure.text == "rank" || measure.text == "score", case .number = current.kind, !current.startsLine else { return nil }
        return .expectScore(subject: subject, scoring: scoring, measure: measure, value: try parseExpression())
    }
}
