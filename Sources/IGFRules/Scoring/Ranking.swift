import Foundation

/// The outcome of a scoring over a batch: the ranked subjects, those that are ineligible (with
/// the rules that made them so), those left out, and those whose data could not be scored.
public struct Ranking: Sendable {
    package var ranked: [Ranked] = []
    package var ineligible: [Ineligible] = []
    package var leftOut: [LeftOut] = []
    package var unscored: [Unscored] = []
    /// The criteria, in declaration order (the columns of a table).
    package var criteria: [String] = []

    package init() {}

    package struct Ranked: Sendable {
        package let id: String
        package let title: String?
        package var rank: Int
        /// Rounded to two decimals: as shown and compared.
        package let score: Decimal
        package let breakdown: [Line]
    }

    /// One criterion of one subject's score.
    package struct Line: Sendable {
        /// The criterion (`relevance`) or, for a ruleset criterion, the rule (`bpf.selection.relevance`).
        package let criterion: String
        /// The criterion it belongs to (the same as `criterion` for a grade).
        package let group: String
        package let value: LineValue
        package let weight: Decimal
        /// Rounded to two decimals.
        package let points: Decimal
        /// Where the value came from: "mean of 3 reviewers", "no reviewer graded it: 0".
        package let from: String?
        /// The points before rounding: the score sums these, then rounds.
        let exact: Decimal
    }

    package enum LineValue: Sendable {
        /// A mean, rounded to two decimals.
        case number(Decimal)
        /// A rule's outcome (`pass`, `warn`, …).
        case status(String)
    }

    package struct Ineligible: Sendable {
        package let id: String
        package let title: String?
        package let rules: [String]
        /// The rules' messages, for the reports a committee reads.
        package let reasons: [String]
    }

    package struct LeftOut: Sendable {
        package let id: String
        package let title: String?
        package let reason: String
    }

    package struct Unscored: Sendable {
        package let id: String
        package let title: String?
        package let problems: [String]
    }

    package var isEmpty: Bool { ranked.isEmpty && ineligible.isEmpty && leftOut.isEmpty && unscored.isEmpty }
}

extension Decimal {
    /// Rounded to `places` decimals, halves away from zero.
    package func rounded(places: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    /// Exactly two decimals, as a table shows a score: `19.67`, `8.00`, `-0.50`.
    package var twoPlaces: String {
        let text = rounded(places: 2).plain
        guard !text.contains("NaN") else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, 2 - fraction.count))
    }

    /// The shortest plain form, for JSON and CSV: `19.67`, `8`, `8.5`.
    package var plain: String { NSDecimalNumber(decimal: self).stringValue }
}

extension String {
    /// Orders texts by Unicode code points, as `id`s are listed.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
