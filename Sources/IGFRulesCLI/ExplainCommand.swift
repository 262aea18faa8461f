import Foundation
import IGFRules

/// `igfrules explain RULE-ID RULES…`: what a rule says, where it comes from, what it reads.
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = "Show a rule (its title, severity, citation, conditions, parameters and the data it reads) or a ruleset and its rules."
    static let usage = "igfrules explain RULE-ID|RULESET RULES..."
    static let options: [Arguments.Option] = []

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard arguments.positionals.count >= 2 else {
            throw CommandFailure.usage(UsageError("give a rule id and the rules to find it in, such as: igfrules explain bpf.proposal.facilitators rules/"))
        }
        let id = arguments.positionals[0]
        if FileManager.default.fileExists(atPath: id), !FileManager.default.fileExists(atPath: arguments.positionals[1]) {
            throw CommandFailure.usage(UsageError("the rule id comes first, then the rules: igfrules explain \(arguments.positionals[1]) \(id)"))
        }
        guard let program = RunSetup.loadProgram(Array(arguments.positionals.dropFirst()), console: console) else {
            throw CommandFailure.reported
        }
        if let scoring = program.scorings.first(where: { $0.id == id }) {
            console.out(describe(scoring, in: program))
            return 0
        }
        if program.rule(id: id) == nil, let ruleset = program.rulesets.first(where: { $0.id == id }) {
            console.out(describe(ruleset))
            return 0
        }
        guard let rule = program.rule(id: id) else {
            var message = "no rule has the id `\(id)`"
            if let suggestion = suggestion(for: id, among: program.rules.map(\.id) + program.rulesets.map(\.id) + program.scorings.map(\.id)) {
                message += "; did you mean `\(suggestion)`?"
            }
            throw CommandFailure.usage(UsageError(message))
        }
        console.out(describe(rule, in: program))
        return 0
    }

    /// A ruleset: what it checks, its source, when it applies, and its rules.
    static func describe(_ ruleset: Ruleset) -> String {
        var out = ListCommand.heading(ruleset) + "\n"
        if let source = ruleset.source { out += "  source:     \(source)\n" }
        if let when = ruleset.when { out += "  applies:    when \(when.sourceText(in: ruleset.declared.file).flattened)\n" }
        out += "  declared:   \(ruleset.declared.location)\n"
        out += "  rules (\(ruleset.rules.count)):\n"
        return out + ListCommand.table(ruleset.rules).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
    }

    static func describe(_ rule: Rule, in program: Program) -> String {
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
                out += "    \(line.trimmingWhitespacePrefix())\n"
            }
        }
        for messageCase in rule.messageCases {
            out += "  message:    when \(source(messageCase.condition).flattened): \(source(messageCase.text))\n"
        }
        if let message = rule.message { out += "  message:    \(source(message))\n" }
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
                out += "    \(definition.name) = \(definition.code.sourceText(in: definition.declared.file).flattened)   (declared at \(definition.declared.location))\n"
            }
        }
        out += "  reads:\n"
        for field in dependencies.fields.sorted() { out += "    \(field)\n" }
        if dependencies.readsToday { out += "    today\n" }
        return out
    }
}

extension Substring {
    func trimmingWhitespacePrefix() -> Substring { drop { $0 == " " || $0 == "\t" } }
}

extension String {
    /// The text on one line, runs of white space made single spaces.
    var flattened: String { split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
