import Foundation

/// The outcome of a scoring over a batch: the ranked subjects, those that are ineligible (with
/// the rules that made them so), those left out, and those whose data could not be scored.
public struct Ranking: Sendable {
    public var ranked: [Ranked] = []
    public var ineligible: [Ineligible] = []
    public var leftOut: [LeftOut] = []
    public var unscored: [Unscored] = []
    /// The criteria, in declaration order (the columns of a table).
    public var criteria: [String] = []

    public init() {}

    public struct Ranked: Sendable {
        public let id: String
        public let title: String?
        public var rank: Int
        /// Rounded to two decimals: as shown and compared.
        public let score: Decimal
        public let breakdown: [Line]
    }

    /// One criterion of one subject's score.
    public struct Line: Sendable {
        /// The criterion (`relevance`) or, for a ruleset criterion, the rule (`bpf.selection.relevance`).
        public let criterion: String
        /// The criterion it belongs to (the same as `criterion` for a grade).
        public let group: String
        public let value: LineValue
        public let weight: Decimal
        /// Rounded to two decimals.
        public let points: Decimal
        /// Where the value came from: "mean of 3 reviewers", "no reviewer graded it: 0".
        public let from: String?
        /// The points before rounding: the score sums these, then rounds.
        let exact: Decimal
    }

    public enum LineValue: Sendable {
        /// A mean, rounded to two decimals.
        case number(Decimal)
        /// A rule's outcome (`pass`, `warn`, …).
        case status(String)
    }

    public struct Ineligible: Sendable {
        public let id: String
        public let title: String?
        public let rules: [String]
        /// The rules' messages, for the reports a committee reads.
        public let reasons: [String]
    }

    public struct LeftOut: Sendable {
        public let id: String
        public let title: String?
        public let reason: String
    }

    public struct Unscored: Sendable {
        public let id: String
        public let title: String?
        public let problems: [String]
    }

    public var isEmpty: Bool { ranked.isEmpty && ineligible.isEmpty && leftOut.isEmpty && unscored.isEmpty }
}

extension Decimal {
    /// Rounded to `places` decimals, halves away from zero.
    public func rounded(places: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }

    /// Exactly two decimals, as a table shows a score: `19.67`, `8.00`, `-0.50`.
    public var twoPlaces: String {
        let text = rounded(places: 2).plain
        guard !text.contains("NaN") else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, 2 - fraction.count))
    }

    /// The shortest plain form, for JSON and CSV: `19.67`, `8`, `8.5`.
    public var plain: String { NSDecimalNumber(decimal: self).stringValue }
}

extension String {
    /// Orders texts by Unicode code points, as `id`s are listed.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
