import IGFRules

/// `check --rule ID-OR-PREFIX… --status LIST`: which results are reported. The result counts
/// of the closing summary are of the results shown; the subjects that met every required rule
/// and the exit status still reflect every rule.
struct ResultFilter: Sendable {
    let prefixes: [String]
    let statuses: Set<RuleResult.Status>?

    var isActive: Bool { !prefixes.isEmpty || statuses != nil }

    init(_ arguments: Arguments, program: Program) throws {
        prefixes = arguments.values("rule")
        let ids = program.rules.map(\.id)
        for prefix in prefixes where !ids.contains(where: { ResultFilter.matches($0, prefix) }) {
            let candidates = ids + program.rulesets.map(\.id)
            var message = "no rule has the id `\(prefix)`, and no rule's id starts with `\(prefix).`"
            if let close = suggestion(for: prefix, among: candidates) { message += "; did you mean `\(close)`?" }
            throw CommandFailure.usage(UsageError(message, notes: ["the rulesets are " + program.rulesets.map(\.id).joined(separator: ", ")]))
        }
        let names = arguments.values("status").flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard !names.isEmpty || !arguments.values("status").isEmpty else {
            statuses = nil
            return
        }
        var chosen: Set<RuleResult.Status> = []
        let known = RuleResult.Status.allCases.map(\.rawValue)
        for name in names where !name.isEmpty {
            guard let status = RuleResult.Status(rawValue: name) else {
                throw CommandFailure.usage(UsageError("`\(name)` is not a status" + (suggestion(for: name, among: known).map { "; did you mean `\($0)`?" } ?? ""),
                                                      notes: ["the statuses are " + known.joined(separator: ", ") + ", such as --status fail,warn"]))
            }
            chosen.insert(status)
        }
        guard !chosen.isEmpty else { throw CommandFailure.usage(UsageError("`--status` needs a list of statuses, such as --status fail,warn,error")) }
        statuses = chosen
    }

    static func matches(_ id: String, _ prefix: String) -> Bool { id == prefix || id.hasPrefix(prefix + ".") }

    func apply(_ subject: SubjectResult) -> SubjectResult {
        guard isActive else { return subject }
        let kept = subject.results.filter { result in
            (prefixes.isEmpty || prefixes.contains { ResultFilter.matches(result.rule.id, $0) }) && (statuses?.contains(result.status) ?? true)
        }
        return subject.narrowed(to: kept)
    }

    /// The closing summary: subjects from `everything`, result counts from what was `shown`.
    func totals(_ everything: RunTotals, shown: RunTotals) -> RunTotals {
        guard isActive else { return everything }
        var totals = everything
        totals.summary = shown.summary
        totals.notPassing = shown.notPassing
        return totals
    }
}
