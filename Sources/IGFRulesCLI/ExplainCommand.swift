import Foundation
import IGFRules

/// `igfrules explain RULE-ID RULES…`: what a rule says, where it comes from, what it reads
/// (worded by the library's `ExplainRenderer`; this command finds the rule and prints).
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
            console.out(ExplainRenderer.describe(scoring, in: program))
            return 0
        }
        if program.rule(id: id) == nil, let ruleset = program.rulesets.first(where: { $0.id == id }) {
            console.out(ExplainRenderer.describe(ruleset))
            return 0
        }
        guard let rule = program.rule(id: id) else {
            var message = "no rule has the id `\(id)`"
            if let suggestion = suggestion(for: id, among: program.rules.map(\.id) + program.rulesets.map(\.id) + program.scorings.map(\.id)) {
                message += "; did you mean `\(suggestion)`?"
            }
            throw CommandFailure.usage(UsageError(message))
        }
        console.out(ExplainRenderer.describe(rule, in: program))
        return 0
    }
}
