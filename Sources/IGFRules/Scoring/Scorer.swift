import Foundation

/// Scores the subjects of a batch by a `Scoring`: one `consider` per subject (its data and its
/// rule results), then `ranking()`.
package struct Scorer {
    package let scoring: Scoring
    package let program: Program
    package let parameters: [Value]
    package let today: CivilDate
    private var scored: [(id: String, title: String?, exact: Decimal, breakdown: [Ranking.Line])] = []
    private var result = Ranking()

    package init(scoring: Scoring, program: Program, parameters: [Value]? = nil, today: CivilDate) {
        self.scoring = scoring
        self.program = program
        self.parameters = parameters ?? program.parameters.map(\.defaultValue)
        self.today = today
        result.criteria = scoring.criteria.map(\.name)
    }

    /// Takes one subject: `data` are the values by slot, `results` its rule results.
    package mutating func consider(data: [Value], results: SubjectResult) {
        let subject = data[scoring.subjectSlot]
        let id = results.id
        var title: String?
        if case .record(let record) = subject, case .text(let text) = record["title"], !text.isBlank { title = text }
        let evaluator = Evaluator(program: program, data: data, parameters: parameters, today: today)
        if let reason = notApplicable(evaluator) {
            result.leftOut.append(.init(id: id, title: title, reason: reason))
            return
        }
        let blocking = results.results.filter { result in
            result.blocks && scoring.eligible.contains(result.rule.rulesetIndex)
        }
        if !blocking.isEmpty {
            let sorted = blocking.sorted { String.codePointOrder($0.rule.id, $1.rule.id) }
            result.ineligible.append(.init(id: id, title: title, rules: sorted.map(\.rule.id),
                                           reasons: sorted.map { $0.message ?? $0.status.rawValue }))
            return
        }
        var lines: [Ranking.Line] = []
        var problems: [String] = []
        for criterion in scoring.criteria {
            lines += self.lines(criterion, evaluator: evaluator, results: results, problems: &problems)
        }
        if !problems.isEmpty {
            // Criteria that read the same malformed list find the same problem: it is said once.
            var seen: Set<String> = []
            result.unscored.append(.init(id: id, title: title, problems: problems.filter { seen.insert($0).inserted }))
            return
        }
        scored.append((id, title, lines.reduce(Decimal(0)) { $0 + exactPoints($1) }, lines))
    }

    /// The ranking of every subject considered so far.
    package func ranking() -> Ranking {
        var ranking = result
        let entries = scored.map { Ranking.Ranked(id: $0.id, title: $0.title, rank: 0, score: $0.exact.rounded(places: 2), breakdown: $0.breakdown) }
        let sorted = entries.sorted { a, b in a.score != b.score ? a.score > b.score : String.codePointOrder(a.id, b.id) }
        ranking.ranked = sorted.map { entry in
            var ranked = entry
            ranked.rank = 1 + sorted.count { $0.score > entry.score }
            return ranked
        }
        ranking.ineligible.sort { String.codePointOrder($0.id, $1.id) }
        ranking.leftOut.sort { String.codePointOrder($0.id, $1.id) }
        ranking.unscored.sort { String.codePointOrder($0.id, $1.id) }
        return ranking
    }

    private func exactPoints(_ line: Ranking.Line) -> Decimal { line.exact }

    /// Why the subject is left out: an `eligible` ruleset whose `when` is no, with the values it read.
    private func notApplicable(_ evaluator: Evaluator) -> String? {
        for index in scoring.eligible {
            let ruleset = program.rulesets[index]
            guard let when = ruleset.when else { continue }
            guard let value = try? evaluator.evaluate(when), case .bool(false) = value else { continue }
            let fields = Scorer.fieldsRead(by: when).compactMap { code -> String? in
                guard let seen = try? evaluator.evaluate(code) else { return nil }
                let path = code.sourceText(in: ruleset.declared.file)
                let name = path.hasPrefix(scoring.subject + ".") ? String(path.dropFirst(scoring.subject.count + 1)) : path
                return "\(name) is \(seen.literal())"
            }
            var seen: Set<String> = []
            let unique = fields.filter { seen.insert($0).inserted }
            return (unique.isEmpty ? "" : unique.joined(separator: ", ") + ": ") + "\(ruleset.id) does not apply"
        }
        return nil
    }

    /// The outermost field paths a condition reads (`proposal.kind`).
    static func fieldsRead(by code: Code) -> [Code] {
        switch code.op {
        case .field: return [code]
        case .not(let inner), .negate(let inner), .group(let inner), .check(let inner, _): return fieldsRead(by: inner)
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b),
            .membership(let a, let b, _), .by(let a, let b):
            return fieldsRead(by: a) + fieldsRead(by: b)
        case .between(let a, let b, let c, _), .conditional(let a, let b, let c):
            return fieldsRead(by: a) + fieldsRead(by: b) + fieldsRead(by: c)
        case .call(_, let arguments): return arguments.flatMap(fieldsRead(by:))
        default: return []
        }
    }
}
