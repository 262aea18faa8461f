/// How a hint says what would make a rule pass, in terms of the data: "needs 1 more facilitator
/// with a name", "the milestone "Final report" would have to be done by 2020-10-01 (4 days
/// earlier)", and for a plain field "would pass if `proposal.submitted` were 2021-02-22 or
/// earlier (1 day earlier)".
extension Explanation {
    /// The element of a list a hint is about: the list as written, the element's variable, its value.
    struct ElementContext {
        let list: String
        let variable: String
        let element: Value
    }

    /// The context for hints inside `element`, a child of this quantifier or comprehension.
    func elementContext(of element: Explanation) -> ElementContext? {
        guard role == .quantifier || role == .comprehension, let list = children.first?.source, let value = element.value else { return nil }
        let variable = Explanation.word(role == .quantifier ? 1 : 0, of: source)
        return variable.map { ElementContext(list: list, variable: String($0), element: value) }
    }

    static func wording(_ op: String, subject: Explanation, value: Value, target: Value, direction: String, difference: String?,
                        context: ElementContext?) -> String? {
        let shown = difference.map { " (\($0))" } ?? ""
        if case .number(.integer(let x)) = value, case .number(.integer(let t)) = target, let noun = countedNoun(subject.source) {
            let gap = t > x ? t &- x : x &- t
            let phrase = noun.phrase(gap == 1)
            // Inside an element (`count(n.liaisons)`), say which one: "the NRI "EuroDIG" has …".
            let owner = context.flatMap { subject.source.hasPrefix("count(\($0.variable).") ? $0.described + " " : nil }
            return (owner ?? "") + (t > x ? "needs \(gap) more \(phrase)" : "has \(gap) \(phrase) too many")
        }
        guard isDataPath(subject.source, context: context) else {
            return gapWording(subject.source, context: context, target: target, direction: direction, shown: shown)
        }
        if op == "=" { return "would pass if `\(subject.source)` were \(target.literal())" + shown }
        if let context, subject.source.hasPrefix(context.variable + "."), target.isDateLike {
            let field = spaced(subject.source.dropFirst(context.variable.count + 1))
            let when = direction == "earlier" || op == "by" ? "by" : "on or after"
            return "\(context.described) would have to be \(field) \(when) \(target.literal())" + shown
        }
        return "would pass if `\(subject.source)` were \(target.literal()) or \(direction)" + shown
    }

    /// The hint for a side that is not a data path: for a pair of `consecutive(…)`, "the gap from
    /// 2021-05-05 to 2021-07-20 would have to be 35 days or shorter (35 days shorter)"; nil otherwise,
    /// rather than show the rule's own names.
    private static func gapWording(_ source: String, context: ElementContext?, target: Value, direction: String, shown: String) -> String? {
        guard let context, source == "\(context.variable).after - \(context.variable).before",
            case .record(let pair) = context.element
        else { return nil }
        let (before, after) = (pair["before"], pair["after"])
        return "the gap from \(before.literal()) to \(after.literal()) would have to be \(target.literal()) or \(direction)" + shown
    }

    /// What `count(…)` counts, as a noun phrase: `count(f in proposal.facilitators where f.name
    /// is not empty)` is "facilitator(s) with a name"; `count(m in activity.meetings where m.open
    /// and m.virtual)` "open virtual meeting(s)"; `count(distinct(pn.mwg.members.region))`
    /// "distinct region(s)".
    static func countedNoun(_ source: String) -> CountedNoun? {
        countedNouns.words(source, makeCountedNoun(_:))
    }

    /// `countedNoun(_:)` by source, worded once per run.
    private static let countedNouns = WordsMemo<CountedNoun>()

    private static func makeCountedNoun(_ source: String) -> CountedNoun? {
        guard var inner = enclosed(source[...], in: "count(") else { return nil }
        var adjectives: [String] = []
        if let counted = enclosed(inner, in: "distinct(") {
            inner = counted
            adjectives.append("distinct")
        }
        var suffix = ""
        var list = inner
        if let inRange = inner.byteRange(of: " in ") {
            let variable = inner[..<inRange.lowerBound]
            list = inner[inRange.upperBound...]
            if let whereRange = list.byteRange(of: " where ") {
                let (before, after) = conditionWords(list[whereRange.upperBound...], variable: variable)
                list = list[..<whereRange.lowerBound]
                adjectives += before
                suffix = after
            }
        }
        let last = leaf(of: list)
        guard !last.isEmpty, isLettersAndUnderscores(last) else { return nil }
        let plural = spaced(last)
        return CountedNoun(adjectives: adjectives, singular: Plural.singular(of: plural), plural: plural, suffix: suffix)
    }

    /// `f.name is not empty` → "with a name"; `m.open and m.virtual` → "open virtual"; else
    /// "where `…`".
    private static func conditionWords(_ condition: Substring, variable: Substring) -> ([String], String) {
        let prefix = String(variable) + "."
        let notEmpty = " is not empty"
        // What follows `prefix` in `part`, by bytes (the prefix is ASCII).
        func field(_ part: Substring) -> Substring { Substring(part.utf8.dropFirst(prefix.utf8.count)) }
        if condition.hasBytes(prefix: prefix), condition.hasBytes(suffix: notEmpty) {
            let name = Substring(field(condition).utf8.dropLast(notEmpty.utf8.count))
            if isLettersAndUnderscores(name) { return ([], " with a " + spaced(name)) }
        }
        let parts = condition.byteComponents(separatedBy: " and ")
        if parts.allSatisfy({ $0.hasBytes(prefix: prefix) && isLettersAndUnderscores(field($0)) }) {
            return (parts.map { spaced(field($0)) }, "")
        }
        return ([], " where `\(condition)`")
    }

    struct CountedNoun {
        let adjectives: [String]
        let singular: String
        let plural: String
        let suffix: String

        func phrase(_ one: Bool) -> String {
            (adjectives + [one ? singular : plural]).joined(separator: " ") + suffix
        }
    }
}

extension Explanation.ElementContext {
    /// "the milestone "Final report"" (or "milestone 2 of `activity.milestones`" without a name).
    var described: String {
        let noun = list.isEmpty ? "entry" : Explanation.spaced(Plural.singular(of: String(Explanation.leaf(of: list))))
        if case .record(let record) = element {
            for key in ["name", "action", "title", "nri", "workstream", "id"] {
                if case .text(let text) = record[key], !text.isBlank { return "the \(noun) \"\(text)\"" }
            }
        }
        return "this \(noun) of `\(list)`"
    }
}

extension Value {
    var isDateLike: Bool {
        switch self {
        case .date, .dateTime: true
        default: false
        }
    }
}
