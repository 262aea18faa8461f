/// Summaries of a failed comparison as a sentence about the data, so that most rules need no
/// `message` of their own: "1 facilitator with a name; at least 2 are needed",
/// "`proposal.submitted` is 2021-02-25, not before `calendar.first_mag_meeting` (2021-02-23)".
extension Explanation {
    /// The sentence for a comparison that came out no with both values known; nil otherwise.
    var comparisonSentence: String? {
        if role == .between { return betweenSentence }
        guard role == .comparison || role == .by, truth == .no, let op, children.count == 2,
            let a = children[0].value, let b = children[1].value, !a.isMissing, !b.isMissing
        else { return nil }
        if case .number(.integer(let count)) = a, let noun = Explanation.countedNoun(children[0].source),
            let need = Explanation.countNeed[op]
        {
            return "\(count) \(noun.phrase(count == 1)); \(need) \(b.plain) \(op.hasPrefix("<") ? "are allowed" : "are needed")"
        }
        let words = Explanation.comparisonWords(op, a)
        let bound = children[1].role == .constant ? b.plain : "`\(children[1].source)` (\(b.plain))"
        return "`\(children[0].source)` is \(a.plain), not \(words) \(bound)"
    }

    /// "14 members; between 15 and 30 are needed", "`x` is 40, not between 15 and 30".
    private var betweenSentence: String? {
        guard truth == .no, children.count == 3, let a = children[0].value, let low = children[1].value, let high = children[2].value,
            !a.isMissing, !low.isMissing, !high.isMissing
        else { return nil }
        if case .number(.integer(let count)) = a, let noun = Explanation.countedNoun(children[0].source) {
            return "\(count) \(noun.phrase(count == 1)); between \(low.plain) and \(high.plain) are needed"
        }
        return "`\(children[0].source)` is \(a.plain), not between \(low.plain) and \(high.plain)"
    }

    static let countNeed = [">=": "at least", ">": "more than", "<=": "at most", "<": "fewer than", "=": "exactly"]

    /// How an operator reads for the kind of value it compares.
    static func comparisonWords(_ op: String, _ value: Value) -> String {
        switch value {
        case .date, .dateTime:
            return ["<": "before", "<=": "on or before", "by": "on or before", ">": "after", ">=": "on or after", "=": "on", "!=": "other than"][op] ?? op
        case .duration:
            return ["<": "shorter than", "<=": "at most", ">": "longer than", ">=": "at least", "=": "equal to", "!=": "other than"][op] ?? op
        default:
            return ["<": "less than", "<=": "at most", ">": "more than", ">=": "at least", "=": "equal to", "!=": "other than"][op] ?? op
        }
    }
}
