/// Summaries of a failed comparison as a sentence about the data, so that most rules need no
/// `message` of their own: "1 facilitator with a name; at least 2 are needed",
/// "`proposal.submitted` is 2021-02-25, not before `calendar.first_mag_meeting` (2021-02-23)".
extension Explanation {
    /// The sentence for a comparison that came out no with both values known; nil otherwise.
    var comparisonSentence: String? {
        if role == .between { return betweenSentence }
        if role == .membership { return membershipSentence }
        if truth == .unknown { return missingSideSentence }
        guard role == .comparison || role == .by, truth == .no, let op, children.count == 2,
            let a = children[0].value, let b = children[1].value, !a.isMissing, !b.isMissing
        else { return nil }
        if case .number(.integer(let count)) = a, let noun = Explanation.countedNoun(children[0].source),
            let need = Explanation.countNeed[op]
        {
            var verb = "are"
            if case .number(.integer(1)) = b { verb = "is" }
            let counted = "\(count) \(noun.phrase(count == 1))" + children[0].ofAll(noun)
            return "\(counted); \(need) \(b.plain) \(verb) \(op.hasPrefix("<") ? "allowed" : "needed")"
        }
        let words = Explanation.comparisonWords(op, a)
        let bound = children[1].role == .constant ? b.plain : "`\(children[1].source)` (\(b.plain))"
        return "`\(children[0].source)` is \(a.plain), not \(words) \(bound)"
    }

    /// "`proposal.submitted` is missing; it must be before `calendar.first_mag_meeting`
    /// (2021-02-23)", for a comparison undecided because one side, a data path, is missing.
    private var missingSideSentence: String? {
        guard role == .comparison || role == .by, let op, children.count == 2, let a = children[0].value, let b = children[1].value,
            a.isMissing != b.isMissing
        else { return nil }
        let (gone, known) = a.isMissing ? (children[0], children[1]) : (children[1], children[0])
        guard gone.role == .value, Explanation.isDataPath(gone.source, context: nil), let value = known.value else { return nil }
        let shown = known.role == .constant ? value.plain : "`\(known.source)` (\(value.plain))"
        if a.isMissing { return "`\(gone.source)` is missing; it must be \(Explanation.comparisonWords(op, value)) \(shown)" }
        return "`\(gone.source)` is missing, so \(shown) cannot be compared with it"
    }

    /// "14 members; between 15 and 30 are needed", "`x` is 40, not between 15 and 30".
    private var betweenSentence: String? {
        guard truth == .no, children.count == 3, let a = children[0].value, let low = children[1].value, let high = children[2].value,
            !a.isMissing, !low.isMissing, !high.isMissing
        else { return nil }
        if case .number(.integer(let count)) = a, let noun = Explanation.countedNoun(children[0].source) {
            return "\(count) \(noun.phrase(count == 1)); between \(low.plain) and \(high.plain) are needed"
        }
        return "`\(children[0].source)` is \(a.plain), not between \(children[1].bound(low)) and \(children[2].bound(high))"
    }

    /// " (of 4 meetings)" for a `count(… where …)` that kept fewer elements than its list has, so
    /// that the reader sees what was left out; "" otherwise.
    private func ofAll(_ noun: CountedNoun) -> String {
        let kept = children.first { $0.role == .comprehension }?.detail
        guard case .kept(let count, of: let all, _)? = kept, all > count else { return "" }
        return " (of \(all) \(all == 1 ? noun.singular : noun.plural))"
    }

    /// A bound as the sentence shows it: a data path with its value ("`pn.started` (2021-04-22)"),
    /// anything else (a constant, a parameter, arithmetic) by its value alone.
    private func bound(_ value: Value) -> String {
        role == .value && source.contains(".") && Explanation.isDataPath(source, context: nil) ? "`\(source)` (\(value.plain))" : value.plain
    }

    static let countNeed = [">=": "at least", ">": "more than", "<=": "at most", "<": "fewer than", "=": "exactly"]

    /// How an operator reads for the kind of value it compares.
    static func comparisonWords(_ op: String, _ value: Value) -> String {
        switch value {
        case .date, .dateTime: dateWords[op] ?? op
        case .duration: durationWords[op] ?? op
        default: numberWords[op] ?? op
        }
    }

    private static let dateWords = ["<": "before", "<=": "on or before", "by": "on or before", ">": "after", ">=": "on or after", "=": "on",
                                    "!=": "other than"]
    private static let durationWords = ["<": "shorter than", "<=": "at most", ">": "longer than", ">=": "at least", "=": "equal to",
                                        "!=": "other than"]
    private static let numberWords = ["<": "less than", "<=": "at most", ">": "more than", ">=": "at least", "=": "equal to", "!=": "other than"]
}
