import Foundation

/// Test lines about a scoring: `expect "id" bpf.ranking rank 1`, `… score 19.67`, `… ranked`,
/// `… ineligible`, `… left_out`, `… unscored`.
extension TestRunner {
    struct ScoreExpectation {
        let subject: String?
        let scoring: String
        let measure: String
        /// For `rank` and `score`: the number expected.
        let value: Value?
        let range: Range<Int>

        var expected: String {
            guard let value else { return measure }
            if case .number(let number) = value {
                return "\(measure) " + (Decimal(string: number.description) ?? 0).rounded(places: 2).plain
            }
            return "\(measure) \(value.literal())"
        }
    }

    /// What a scoring expectation may say about a subject.
    package static let placements = ["ranked", "ineligible", "left_out", "unscored"]

    func scoring(_ id: String) -> Scoring? { program.scorings.first { $0.id == id } }

    func unchecked(_ expectation: ScoreExpectation, test: Test, problem: String) -> Outcome {
        Outcome(test: test, rule: expectation.scoring, subject: expectation.subject, namesSubject: expectation.subject != nil,
                expected: expectation.expected, actual: nil, result: nil, problem: problem, range: expectation.range)
    }

    func outcome(of expectation: ScoreExpectation, records: [([Value], SubjectResult)], runner: RuleRunner, test: Test) -> Outcome {
        guard let scoring = scoring(expectation.scoring) else {
            return unchecked(expectation, test: test, problem: "no scoring has the id `\(expectation.scoring)`")
        }
        let measures = ["rank", "score"] + TestRunner.placements
        guard measures.contains(expectation.measure) else {
            return unchecked(expectation, test: test, problem: "`\(expectation.measure)` is not something a scoring gives; expect one of "
                             + measures.joined(separator: ", "))
        }
        guard let subject = expectation.subject else {
            return unchecked(expectation, test: test, problem: "name the subject: expect \"ID\" \(scoring.id) \(expectation.expected)")
        }
        var scorer = Scorer(scoring: scoring, program: program, parameters: runner.parameters, today: runner.today)
        for (data, result) in records where result.subject == scoring.subject { scorer.consider(data: data, results: result) }
        let ranking = scorer.ranking()
        let actual: String?
        if let entry = ranking.ranked.first(where: { $0.id == subject }) {
            switch expectation.measure {
            case "rank": actual = "rank \(entry.rank)"
            case "score": actual = "score \(entry.score.plain)"
            default: actual = "ranked"
            }
        } else if let entry = ranking.ineligible.first(where: { $0.id == subject }) {
            actual = expectation.measure == "ineligible" ? "ineligible" : TestRunner.ineligible(entry, records: records, subject: scoring.subject)
        } else if ranking.leftOut.contains(where: { $0.id == subject }) {
            actual = "left_out"
        } else if ranking.unscored.contains(where: { $0.id == subject }) {
            actual = "unscored"
        } else {
            return unchecked(expectation, test: test, problem: "no subject has the id \"\(subject)\"")
        }
        return Outcome(test: test, rule: scoring.id, subject: subject, namesSubject: true, expected: expectation.expected,
                       actual: actual, result: nil, problem: nil, range: expectation.range)
    }

    /// `ineligible (bpf.proposal.facilitators fail)`: the required rules that made it so, each
    /// with its outcome, so a failing expectation says what to look at.
    static func ineligible(_ entry: Ranking.Ineligible, records: [([Value], SubjectResult)], subject: String) -> String {
        let results = records.first { $0.1.subject == subject && $0.1.id == entry.id }?.1.results ?? []
        let rules = entry.rules.map { id in
            results.first { $0.rule.id == id }.map { "\(id) \($0.status.rawValue)" } ?? id
        }
        return "ineligible (\(rules.joined(separator: ", ")))"
    }
}
