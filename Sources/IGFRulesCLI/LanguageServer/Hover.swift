import Foundation
import IGFRules

/// `textDocument/hover`: what the name under the cursor is, in Markdown. A cited clause shows the
/// words of the source document it quotes.
extension LanguageServer {
    func hover(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params), let offset = place.offset,
              let occurrence = place.unit.index.occurrence(at: offset, inFile: place.key),
              let text = hoverText(occurrence.symbol, place.unit) else { return .null }
        return ["contents": ["kind": "markdown", "value": .string(text)], "range": place.positions.range(of: occurrence.range)]
    }

    func hoverText(_ symbol: Symbol, _ unit: RuleUnit) -> String? {
        let program = unit.program ?? unit.lastProgram
        let declaration = unit.index.declarations[symbol]
        switch symbol {
        case .clause(let id):
            guard let (clause, file) = unit.index.clauses[id] else { return "no clause `\(id)` in the clause index" }
            var text = "**\(clause.heading.text)**\n\n"
            if let quote = clause.quote { text += "> \(quote.text)\n\n" }
            return text + "clause `\(id)`, \(Self.placeText(file, clause.id.range))"
        case .parameter(let name):
            guard let parameter = program?.parameters.first(where: { $0.name == name }) else { return "parameter `\(name)`" }
            var text = "```igfrules\nparam \(name): \(parameter.type) = \(parameter.defaultValue.literal())\n```\n\ndeclared at \(Self.placeText(parameter.declared.file, parameter.declared.range))"
            if let comment = SchemaLookup.comment(above: parameter.declared.range.lowerBound, in: parameter.declared.file) { text += "\n\n" + comment }
            return text
        case .definition:
            guard let declaration else { return nil }
            return "```igfrules\n\(declaration.file.text(declaration.extent))\n```\n\ndeclared at \(Self.placeText(declaration.file, declaration.range))"
        case .data(let name):
            let lookup = SchemaLookup(index: unit.index, program: program)
            let kind = lookup.kind(of: [name]).map { "data `\(name)`: \(lookup.describe($0))" } ?? "data `\(name)`"
            let comment = declaration.flatMap { SchemaLookup.comment(above: $0.extent.lowerBound, in: $0.file) }
            return ([kind] + [comment].compactMap { $0 }).joined(separator: "\n\n")
        case .type(let name):
            guard let declaration else { return "type `\(name)`" }
            return "```igfrules\n\(declaration.file.text(declaration.extent))\n```"
        case .field(let path):
            return fieldText(path, unit)
        case .rule(let id):
            guard let rule = program?.rule(id: id) else { return declaration == nil ? "no rule has the id `\(id)`" : "rule `\(id)`" }
            var text = "**\(rule.title ?? id)**\n\nrule `\(id)`, \(rule.severity.rawValue)"
            if let clause = rule.clause, let cited = program?.clauses.first(where: { $0.id == clause }) {
                text += "\n\ncites `\(clause)`: \(cited.heading)" + (cited.quote.map { "\n\n> \($0)" } ?? "")
            }
            return text
        case .ruleset(let id):
            guard let ruleset = program?.rulesets.first(where: { $0.id == id }) else { return "ruleset `\(id)`" }
            return "**\(ruleset.title ?? id)**\n\nruleset `\(id)` for `\(ruleset.subject)`, \(ruleset.rules.count) rules"
                + (ruleset.source.map { "\n\nsource: \($0)" } ?? "")
        case .builtin(let name):
            guard let builtin = Builtin(rawValue: name) else { return nil }
            let (signature, summary) = BuiltinDocs.describe(builtin)
            return "```igfrules\n\(signature)\n```\n\n\(summary)"
        case .file(let key):
            return "includes `\(key)`"
        }
    }

    private func fieldText(_ path: [String], _ unit: RuleUnit) -> String {
        let lookup = SchemaLookup(index: unit.index, program: unit.program ?? unit.lastProgram)
        var text = "`\(path.joined(separator: "."))`"
        if let kind = lookup.kind(of: path) { text += ": \(lookup.describe(kind))" }
        if let (file, range) = lookup.declaration(of: path) {
            if let comment = SchemaLookup.comment(above: range.lowerBound, in: file) { text += "\n\n" + comment }
            text += "\n\ndeclared at \(Self.placeText(file, range))"
        }
        if let data = unit.index.declarations[.data(path[0])],
           let comment = SchemaLookup.comment(above: data.extent.lowerBound, in: data.file) {
            text += "\n\n`\(path[0])`: " + comment
        }
        return text
    }

    /// `rules/bpf/proposal.rules:12`, as a short place for a hover.
    static func placeText(_ file: SourceFile, _ range: Range<Int>) -> String {
        "`\((file.path as NSString).lastPathComponent):\(file.location(of: range.lowerBound).line)`"
    }
}
