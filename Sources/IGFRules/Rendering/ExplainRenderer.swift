import Foundation

/// The words of `igfrules explain` and `igfrules list`: a rule (what it says, where it comes
/// from, what it reads), a ruleset and its rules, a scoring (see `ExplainRenderer+Scoring`).
package enum ExplainRenderer {
    /// "bpf.proposal — Proposals for BPF topics (checks proposal)".
    package static func heading(_ ruleset: Ruleset) -> String {
        "\(ruleset.id)\(ruleset.title.map { " — \(Value.visible($0))" } ?? "") (checks \(ruleset.subject))"
    }

    /// One line per rule, in aligned columns: id, severity, clause, title.
    package static func table(_ rules: [Rule]) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let clauseWidth = rules.map { ($0.clause ?? "(no clause)").count }.max() ?? 0
        return rules.map { rule in
            let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            let clause = (rule.clause ?? "(no clause)").padding(toLength: clauseWidth, withPad: " ", startingAt: 0)
            return "  \(id)  \(severity)  \(clause)  \(Value.visible(rule.title ?? ""))\n"
        }.joined()
    }

    /// A ruleset: what it checks, its source, when it applies, and its rules.
    package static func describe(_ ruleset: Ruleset) -> String {
        var out = heading(ruleset) + "\n"
        if let source = ruleset.source { out += "  source:     \(source)\n" }
        if let when = ruleset.when { out += "  applies:    when \(flattened(when.sourceText(in: ruleset.declared.file)))\n" }
        out += "  declared:   \(ruleset.declared.location)\n"
        out += "  rules (\(ruleset.rules.count)):\n"
        return out + table(ruleset.rules).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }

    /// A rule: title, severity, ruleset, conditions, citation, requires, messages, then what it
    /// depends on (see ``dependencies(of:in:)``).
    package static func describe(_ rule: Rule, in program: Program) -> String {
        let ruleset = program.rulesets[rule.rulesetIndex]
        let file = rule.declared.file
        func source(_ code: Code) -> String { code.sourceText(in: file) }
        var out = "\(rule.id)  \(rule.title ?? "")\n"
        out += "  severity:   \(rule.severity.rawValue)\(rule.severity == .recommended ? " (warns when not met)" : " (fails when not met)")\n"
        out += "  ruleset:    \(ruleset.id)\(ruleset.title.map { " — \($0)" } ?? ""), checks \(ruleset.subject)\n"
        if let when = ruleset.when { out += "  applies:    when \(when.sourceText(in: ruleset.declared.file))\n" }
        if let when = rule.when { out += "  applies:    when \(source(when))\n" }
        if let cite = rule.cite {
            out += "  cites:      \(cite)\(rule.clause.map { "\n              (clause \($0))" } ?? "")\n"
        } else {
            out += "  cites:      nothing\n"
        }
        out += "  declared:   \(rule.declared.location)\n"
        out += "  requires:\n"
        for require in rule.requires {
            for line in source(require).split(separator: "\n", omittingEmptySubsequences: false) {
                out += "    \(line.drop { $0 == " " || $0 == "\t" })\n"
            }
        }
        for messageCase in rule.messageCases {
            out += "  message:    when \(messageCase.condition.map { flattened(source($0)) } ?? "met"): \(source(messageCase.text))\n"
        }
        if let message = rule.message { out += "  message:    \(source(message))\n" }
        return out + dependencies(of: rule, in: program)
    }

    /// The parameters (with their values), definitions and data a rule reads.
    private static func dependencies(of rule: Rule, in program: Program) -> String {
        var out = ""
        let dependencies = Dependencies(of: rule.codes(in: program), in: program)
        if !dependencies.parameters.isEmpty {
            out += "  parameters:\n"
            for slot in dependencies.parameters.sorted() {
                let parameter = program.parameters[slot]
                out += "    \(parameter.name) = \(parameter.defaultValue.literal())   (declared at \(parameter.declared.location))\n"
            }
        }
        if !dependencies.definitions.isEmpty {
            out += "  definitions:\n"
            for slot in dependencies.definitions.sorted() {
                let definition = program.definitions[slot]
                let value = flattened(definition.code.sourceText(in: definition.declared.file))
                out += "    \(definition.name) = \(value)   (declared at \(definition.declared.location))\n"
            }
        }
        out += "  reads:\n"
        for field in dependencies.fields.sorted() { out += "    \(field)\n" }
        if dependencies.readsToday { out += "    today\n" }
        return out
    }

    /// The text on one line, runs of white space made single spaces.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
