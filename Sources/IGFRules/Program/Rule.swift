/// A checked rule, ready to run. A class: every result, list and renderer that holds the rule
/// shares one copy (holding it costs one reference, not a copy of each of its parts).
package final class Rule: Sendable {
    /// The full id: ruleset id, a dot, the rule's name (`bpf.proposal.facilitators`).
    package let id: String
    /// The title as shown; a title with values (`{min_facilitators}`) shows the parameters'
    /// values (their defaults here, the run's values in results).
    package let title: String?
    /// The title's values, when it shows any: code that needs no data.
    package let titleTemplate: Code?
    package let severity: Severity
    /// The id of the clause the rule cites, if it cites one from the clause index.
    package let clause: String?
    /// The citation as shown: the clause's heading and the quoted words.
    package let cite: String?
    package let when: Code?
    package let requires: [Code]
    package let message: Code?
    /// `message when …` lines: the first whose condition holds gives the message.
    package let messageCases: [MessageCode]
    package let declared: Declared
    /// The position of the rule's ruleset in `Program.rulesets`.
    package let rulesetIndex: Int
    /// Whether its conditions can meet a dated obligation (`by`, `between`, `pending until`, a
    /// deadline `<`), found once when the rule is checked: only then are obligations recorded.
    let notesObligations: Bool

    init(id: String, title: String?, titleTemplate: Code?, severity: Severity, clause: String?, cite: String?, when: Code?,
         requires: [Code], message: Code?, messageCases: [MessageCode], declared: Declared, rulesetIndex: Int) {
        self.id = id
        self.title = title
        self.titleTemplate = titleTemplate
        self.severity = severity
        self.clause = clause
        self.cite = cite
        self.when = when
        self.requires = requires
        self.message = message
        self.messageCases = messageCases
        self.declared = declared
        self.rulesetIndex = rulesetIndex
        notesObligations = requires.contains { $0.notesObligations }
    }

    /// The same rule with another title.
    func titled(_ title: String?) -> Rule {
        Rule(id: id, title: title, titleTemplate: titleTemplate, severity: severity, clause: clause, cite: cite, when: when,
             requires: requires, message: message, messageCases: messageCases, declared: declared, rulesetIndex: rulesetIndex)
    }
}

extension Code {
    /// Whether evaluating it can note a dated obligation (see `ObligationRecorder`): it holds a
    /// `by`, a `between`, a `pending`, or a `<` / `<=` comparison (a deadline when it compares
    /// dates). Definitions are evaluated without recording, so their code is not looked into.
    var notesObligations: Bool {
        switch op {
        case .by, .between, .pending: return true
        case .compare(let op, let a, let b): return op == .less || op == .lessOrEqual || a.notesObligations || b.notesObligations
        case .constant, .data, .param, .definition, .local, .today: return false
        case .field(let a, _, _), .not(let a), .negate(let a), .check(let a, _), .group(let a): return a.notesObligations
        case .index(let a, let b), .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .membership(let a, let b, _):
            return a.notesObligations || b.notesObligations
        case .conditional(let a, let b, let c): return a.notesObligations || b.notesObligations || c.notesObligations
        case .call(_, let codes), .list(let codes), .record(_, let codes): return codes.contains { $0.notesObligations }
        case .quantifier(_, _, let list, let filter, let body):
            return list.notesObligations || filter?.notesObligations == true || body.notesObligations
        case .comprehension(_, let list, let filter, let map):
            return list.notesObligations || filter?.notesObligations == true || map?.notesObligations == true
        case .text(let parts):
            return parts.contains { if case .value(let inner) = $0 { inner.notesObligations } else { false } }
        }
    }
}
