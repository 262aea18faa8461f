import Foundation

/// The value, weight and points of each criterion for one subject.
extension Scorer {
    func lines(_ criterion: Criterion, evaluator: Evaluator, results: SubjectResult, problems: inout [String]) -> [Ranking.Line] {
        let file = criterion.declared.file
        guard let weight = number(try? evaluator.evaluate(criterion.weight)) else {
            problems.append("the weight of `\(criterion.name)` (\(criterion.weight.sourceText(in: file))) is not a number")
            return []
        }
        switch criterion.source {
        case .rules(let ids):
            return ids.map { id in
                let status = results.results.first { $0.rule.id == id }?.status ?? .skip
                let value: Decimal = status == .pass ? 1 : 0
                return Ranking.Line(criterion: id, group: criterion.name, value: .status(status.rawValue), weight: weight,
                                    points: (weight * value).rounded(places: 2), from: nil, exact: weight * value)
            }
        case .grades(let code):
            guard let (mean, count) = mean(of: criterion.name, in: code, evaluator: evaluator, file: file, problems: &problems) else { return [] }
            let from = count == 0 ? "no reviewer graded it: 0" : "mean of \(count) reviewer\(count == 1 ? "" : "s")"
            return [Ranking.Line(criterion: criterion.name, group: criterion.name, value: .number(mean.rounded(places: 2)), weight: weight,
                                 points: (weight * mean).rounded(places: 2), from: from, exact: weight * mean)]
        }
    }

    /// The mean of field `name` over the records of the list, and how many gave it; nil (with
    /// problems) when a grade is not a number from 0 to 5.
    private func mean(of name: String, in code: Code, evaluator: Evaluator, file: SourceFile,
                      problems: inout [String]) -> (Decimal, Int)? {
        let path = code.sourceText(in: file)
        let list: Value
        do {
            list = try evaluator.evaluate(code)
        } catch {
            problems.append("\(path): \(error.message)")
            return nil
        }
        let entries: [Value]
        switch list {
        case .missing: entries = []
        case .list(let items): entries = items
        case .malformed(let problem): problems.append(problem.description); return nil
        default:
            problems.append("\(path): expected a list of grades, found \(list.kindName) \(list.literal())")
            return nil
        }
        var sum = Decimal(0)
        var count = 0
        let before = problems.count
        for (index, entry) in entries.enumerated() {
            let place = "\(path)[\(index + 1)].\(name)"
            guard case .record(let record) = entry else {
                if !entry.isMissing { problems.append("\(path)[\(index + 1)]: expected a reviewer's grades, found \(entry.kindName) \(entry.literal())") }
                continue
            }
            let grade = record[name]
            switch grade {
            case .missing: continue
            case .number(let number) where Criterion.gradeRange.contains(number.doubleValue):
                sum += decimal(number)
                count += 1
            case .malformed(let problem):
                problems.append("\(problem.path.isEmpty ? place : problem.path): \(problem.message); a grade is a number from 0 to 5")
            default:
                problems.append("\(place): a grade is a number from 0 to 5, found \(grade.kindName) \(grade.literal())")
            }
        }
        guard problems.count == before else { return nil }
        return (count == 0 ? 0 : sum / Decimal(count), count)
    }

    private func number(_ value: Value?) -> Decimal? {
        guard case .number(let number)? = value else { return nil }
        return decimal(number)
    }

    private func decimal(_ number: Number) -> Decimal {
        switch number {
        case .integer(let value): Decimal(value)
        case .real(let value): Decimal(string: "\(value)") ?? Decimal(value)
        }
    }
}
