import IGFRules

/// `igfrules coverage RULES…`: which clauses of the source documents the rules implement.
enum CoverageCommand: Command {
    static let name = "coverage"
    static let summary = "List every clause of the clause index with the rules that implement it, and the clauses no rule covers."
    static let usage = "igfrules coverage RULES... [--format text|json]"
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (default) or json"),
    ]

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("give at least one rule file or folder (for example rules/)"))
        }
        let format = try arguments.format(among: ["text", "json"], command: "coverage")
        guard let program = RunSetup.loadProgram(arguments.positionals, console: console) else { throw CommandFailure.reported }
        guard !program.clauses.isEmpty else {
            throw CommandFailure.usage(UsageError("these rules declare no clauses",
                                                  notes: ["the clause index is rules/clauses.rules; include it, or name the whole library: igfrules coverage rules/"]))
        }
        var citing: [String: [String]] = [:]
        for rule in program.rules {
            if let clause = rule.clause { citing[clause, default: []].append(rule.id) }
        }
        let uncited = program.rules.filter { $0.clause == nil }.map(\.id)
        if format == "json" {
            let clauses = program.clauses.map { clause in
                JSONWriter.object([("clause", JSONWriter.string(clause.id)), ("heading", JSONWriter.string(clause.heading)),
                                   ("quote", JSONWriter.optional(clause.quote)), ("unchecked", JSONWriter.optional(clause.unchecked)),
                                   ("rules", "[" + (citing[clause.id] ?? []).map(JSONWriter.string).joined(separator: ",") + "]")])
            }
            console.out(JSONWriter.object([("clauses", "[\n" + clauses.joined(separator: ",\n") + "\n]"),
                                           ("rules_citing_no_clause", "[" + uncited.map(JSONWriter.string).joined(separator: ",") + "]")]) + "\n")
            return 0
        }
        let width = program.clauses.map(\.id.count).max() ?? 0
        func line(_ clause: Clause) {
            let rules = citing[clause.id].map { $0.joined(separator: ", ") }
                ?? (clause.unchecked.map { "— not checkable: \($0)" } ?? "— not covered by any rule")
            console.out("  \(clause.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(rules)\n")
        }
        for (heading, clauses) in byHeading(program.clauses) {
            console.out("\n\(heading)\n")
            for clause in clauses { line(clause) }
        }
        console.out("\n")
        console.out(summary(program, citing: citing))
        if !uncited.isEmpty {
            console.out("\nRules that cite no clause of the index: \(uncited.joined(separator: ", "))\n")
        }
        return 0
    }

    /// The clauses under each heading, headings in the order they first appear: a heading the
    /// index takes up again later (an unchecked clause listed apart) is still printed once.
    static func byHeading(_ clauses: [Clause]) -> [(String, [Clause])] {
        var order: [String] = []
        var grouped: [String: [Clause]] = [:]
        for clause in clauses {
            if grouped[clause.heading] == nil { order.append(clause.heading) }
            grouped[clause.heading, default: []].append(clause)
        }
        return order.map { ($0, grouped[$0] ?? []) }
    }

    /// Per document: clauses covered, not checkable, and with no rule yet; then the clauses no rule
    /// covers, those a rule could check apart from those that say why none can.
    static func summary(_ program: Program, citing: [String: [String]]) -> String {
        var out = ""
        var documents: [String] = []
        for clause in program.clauses {
            let document = String(clause.id.prefix { $0 != "." })
            if !documents.contains(document) { documents.append(document) }
        }
        for document in documents {
            let clauses = program.clauses.filter { $0.id.hasPrefix(document + ".") }
            let covered = clauses.filter { citing[$0.id] != nil }.count
            let unchecked = clauses.filter { citing[$0.id] == nil && $0.unchecked != nil }.count
            let open = clauses.count - covered - unchecked
            out += ("\(document): \(covered) of \(clauses.count) clauses covered, \(unchecked) not checkable"
                + (open > 0 ? ", \(open) with no rule yet" : "") + "\n")
        }
        let uncovered = program.clauses.filter { citing[$0.id] == nil }
        if uncovered.isEmpty {
            out += "Every clause is covered by at least one rule.\n"
        } else {
            let open = uncovered.filter { $0.unchecked == nil }
            if !open.isEmpty {
                out += "\nNot covered by any rule, though a rule could check it:\n"
                for clause in open { out += ("  \(clause.id): \(clause.heading)\(clause.quote.map { ": “\($0)”" } ?? "")\n") }
            }
            let unchecked = uncovered.filter { $0.unchecked != nil }
            if !unchecked.isEmpty {
                out += "\nNot covered, and not checkable:\n"
                for clause in unchecked { out += ("  \(clause.id): \(clause.unchecked ?? "")\n") }
            }
        }
        return out
    }
}
