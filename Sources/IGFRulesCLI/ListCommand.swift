import IGFRules

/// `igfrules list RULES…`: every rule, by ruleset: id, severity, the clause it cites, title.
enum ListCommand: Command {
    static let name = "list"
    static let summary = "List every rule: its id, severity, the clause it cites and its title."
    static let usage = "igfrules list RULES..."
    static let options: [Arguments.Option] = []
    static let discussion = """
        Rules are listed by ruleset, in the order the files are loaded. A title that shows a
        parameter (`At least {min_facilitators} facilitators are named`) is shown with its value.
        `igfrules explain RULE-ID RULES...` or `igfrules explain RULESET RULES...` says more.
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("give at least one rule file or folder (for example rules/)"))
        }
        guard let program = RunSetup.loadProgram(arguments.positionals, console: console) else { throw CommandFailure.reported }
        for ruleset in program.rulesets where !ruleset.rules.isEmpty {
            console.out(heading(ruleset) + "\n")
            console.out(table(ruleset.rules))
            console.out("\n")
        }
        let rulesets = program.rulesets.count
        console.out("\(program.rules.count) rule\(program.rules.count == 1 ? "" : "s") in \(rulesets) ruleset\(rulesets == 1 ? "" : "s")\n")
        return 0
    }

    /// "bpf.proposal — Proposals for BPF topics (checks proposal)".
    static func heading(_ ruleset: Ruleset) -> String {
        "\(ruleset.id)\(ruleset.title.map { " — \(Value.visible($0))" } ?? "") (checks \(ruleset.subject))"
    }

    /// One line per rule, in aligned columns.
    static func table(_ rules: [Rule]) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let clauseWidth = rules.map { ($0.clause ?? "(no clause)").count }.max() ?? 0
        return rules.map { rule in
            let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let severity = rule.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            let clause = (rule.clause ?? "(no clause)").padding(toLength: clauseWidth, withPad: " ", startingAt: 0)
            return "  \(id)  \(severity)  \(clause)  \(Value.visible(rule.title ?? ""))\n"
        }.joined()
    }
}
