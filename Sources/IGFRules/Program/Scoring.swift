/// A checked `scoring` declaration: how the subjects of a ruleset are ranked. A subject to which
/// an `eligible` ruleset does not apply is left out; one with a required rule of those rulesets at
/// `fail` or `error` is ineligible; the others score the sum of their criteria's points.
public struct Scoring: Sendable {
    public let id: String
    public let title: String?
    /// The data name ranked (`proposal`), and its slot.
    public let subject: String
    public let subjectSlot: Int
    public let source: String?
    /// Positions in `Program.rulesets` of the rulesets that decide eligibility.
    public let eligible: [Int]
    public let criteria: [Criterion]
    public let declared: Declared
}

/// One criterion of a scoring: its points are its weight times its value.
public struct Criterion: Sendable {
    public enum Source: Sendable {
        /// The mean of field `name` over the records of the list (reviewers' grades, 0 to 5);
        /// 0 when no record gives it.
        case grades(Code)
        /// The rules of a ruleset (or one rule), by id: each that passes has value 1.
        case rules([String])
    }

    public let name: String
    public let title: String?
    /// A number; may use parameters, so `--param` changes a weight for a what-if.
    public let weight: Code
    public let source: Source
    public let declared: Declared

    /// The lowest and highest grade a reviewer may give.
    public static let gradeRange: ClosedRange<Double> = 0...5
}

extension Scoring {
    /// The code the scoring evaluates (weights and grade lists), for lint and `explain`.
    public var codes: [Code] {
        criteria.flatMap { criterion -> [Code] in
            switch criterion.source {
            case .grades(let list): [criterion.weight, list]
            case .rules: [criterion.weight]
            }
        }
    }
}
