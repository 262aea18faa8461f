/// A checked `scoring` declaration: how the subjects of a ruleset are ranked. A subject to which
/// an `eligible` ruleset does not apply is left out; one with a required rule of those rulesets at
/// `fail` or `error` is ineligible; the others score the sum of their criteria's points.
package struct Scoring: Sendable {
    package let id: String
    package let title: String?
    /// The data name ranked (`proposal`), and its slot.
    package let subject: String
    package let subjectSlot: Int
    package let source: String?
    /// Positions in `Program.rulesets` of the rulesets that decide eligibility.
    package let eligible: [Int]
    package let criteria: [Criterion]
    package let declared: Declared
}

/// One criterion of a scoring: its points are its weight times its value.
package struct Criterion: Sendable {
    package enum Source: Sendable {
        /// The mean of field `name` over the records of the list (reviewers' grades, 0 to 5);
        /// 0 when no record gives it.
        case grades(Code)
        /// The rules of a ruleset (or one rule), by id: each that passes has value 1.
        case rules([String])
    }

    package let name: String
    package let title: String?
    /// A number; may use parameters, so `--param` changes a weight for a what-if.
    package let weight: Code
    package let source: Source
    package let declared: Declared

    /// The lowest and highest grade a reviewer may give.
    package static let gradeRange: ClosedRange<Double> = 0...5
}

extension Scoring {
    /// The code the scoring evaluates (weights and grade lists), for lint and `explain`.
    package var codes: [Code] {
        criteria.flatMap { criterion -> [Code] in
            switch criterion.source {
            case .grades(let list): [criterion.weight, list]
            case .rules: [criterion.weight]
            }
        }
    }
}
