extension ExplainRenderer {
    /// `igfrules explain bpf.ranking rules/`: who is ranked, who is not, and the formula.
    package static func describe(_ scoring: Scoring, in program: Program) -> String {
        let file = scoring.declared.file
        var out = "\(scoring.id)  \(scoring.title ?? "")\n"
        out += "  ranks:      \(scoring.subject)\n"
        let eligible = scoring.eligible.map { program.rulesets[$0].id }
        if !eligible.isEmpty {
            let list = eligible.joined(separator: ", ")
            out += "  left out:   when \(list) does not apply\n"
            out += "  ineligible: when a required rule of \(list) fails or is an error\n"
        }
        if let source = scoring.source { out += "  source:     \(source)\n" }
        out += "  declared:   \(scoring.declared.location)\n"
        out += "  score:      the sum of each criterion's weight × value, rounded to two decimals\n"
        for criterion in scoring.criteria {
            let weight = criterion.weight.sourceText(in: file)
            var value = weight
            // "weight 2 (relevance_weight)": the number first, so it does not read as "relevance_weight = 2 × …".
            if case .param(let slot) = criterion.weight.op { value = "\(program.parameters[slot].defaultValue.literal()) (\(weight))" }
            let name = "\(criterion.name)\(criterion.title.map { " (\($0))" } ?? "")"
            switch criterion.source {
            case .grades(let list):
                out += "    \(name): weight \(value) × the mean of `\(criterion.name)` over \(list.sourceText(in: file)), 0 when no reviewer gave it\n"
            case .rules(let ids):
                out += "    \(name): weight \(value) for each of its \(ids.count) rule\(ids.count == 1 ? "" : "s") that passes\n"
            }
        }
        out += "  ties:       equal scores share a rank (1, 1, 3) and are listed by id\n"
        return out
    }
}
