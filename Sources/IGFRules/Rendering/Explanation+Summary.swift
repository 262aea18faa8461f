/// A one-line account of an explanation: the values that decided it, for results whose rule
/// has no `message` of its own.
extension Explanation {
    /// "`proposal.submitted` is 2021-02-25; `calendar.first_mag_meeting` is 2021-02-23".
    package var summary: String {
        // The usual case: a condition worded as one sentence, returned without a list of facts.
        if error == nil, let sentence = sentence([]) { return sentence }
        let facts = facts(worded: false)
        if facts.count == 1 { return facts[0] }  // the usual case: no repeats to drop, nothing to join
        var seen: Set<String> = []
        let lines = facts.filter { seen.insert($0).inserted }
        return lines.isEmpty ? "`\(source)` is not met" : lines.prefix(6).joined(separator: "; ")
    }

    /// The sentence a node of this role is worded as, when there is one (see `facts`).
    private func sentence(_ bound: Set<String>) -> String? {
        switch role {
        case .quantifier: noneMarkedSentence
        case .comparison, .membership, .between, .check, .by, .pending: role == .check ? emptinessSentence(bound) : comparisonSentence
        default: nil
        }
    }

    /// The facts of this node; `bound` holds the element variables of the quantifiers around it,
    /// which are not data a reader could look up. `worded` false: this node's `sentence` is
    /// known to be nil (`summary` tried it).
    private func facts(_ bound: Set<String> = [], worded: Bool = true) -> [String] {
        if let error { return ["`\(source)`: \(error)"] }
        switch role {
        case .constant:
            return []
        case .conditional:
            // The branch taken decides: the condition that chose it is not a reason.
            let taken = shownChildren.last.map { $0.facts(bound) } ?? []
            return taken.isEmpty ? [described] : taken
        case .and, .or, .not, .condition, .element:
            let inner = shownChildren.flatMap { $0.facts(bound) }
            return inner.isEmpty ? [described] : inner
        case .quantifier:
            if worded, let sentence = noneMarkedSentence { return [sentence] }
            let elements = children.filter { $0.role == .element }
            guard let element = elements.first else {
                return children.first.map { [$0.described] } ?? [described]
            }
            if let sentence = elementEmptinessSentence(element) { return [sentence] }
            let variables = elementContext(of: element).map { bound.union([$0.variable]) } ?? bound
            let inner = element.children.flatMap { $0.facts(variables) }
            let label = element.note ?? element.source
            return ["\(label) of `\(children.first?.source ?? source)` (\(element.value?.literal(limit: 40) ?? "?"))"] + inner
        case .comparison, .membership, .between, .check, .by, .pending:
            if worded, let sentence = sentence(bound) { return [sentence] }
            var lines = shownChildren.map(\.described)
            if lines.isEmpty { lines.append(described) }
            if let note { lines.append(note) }
            return lines
        case .value:
            return [unmarkedSentence(bound) ?? described]
        case .call, .arithmetic, .comprehension:
            return [described]
        }
    }

    /// "`x` is 3", "`x` is missing".
    var described: String {
        guard let value else { return "`\(source)`: \(error ?? "could not be evaluated")" }
        if value.isMissing { return "`\(source)` is missing" }
        return "`\(source)` is \(value.literal(limit: 60))"
    }
}
