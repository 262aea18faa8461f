import IGFRules

/// `igfrules diff OLD_RULES NEW_RULES --each …`: replay a rule edit over past cases.
enum DiffCommand: Command {
    static let name = "diff"
    static let summary = "Replay an edit of the rules over past cases: which outcomes the new rules change, and why."
    static let usage = "igfrules diff OLD_RULES NEW_RULES [--each NAME=FILE] [--data FILE | --data NAME=FILE]... [--param NAME=VALUE]... [--today YYYY-MM-DD] [--format text|json|markdown] [--scenario FILE]"
    static let options: [Arguments.Option] = RunSetup.dataOptions + [
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (default), json or markdown"),
        .init(name: "scenario", takesValue: true, valueName: "FILE", help: "replay a scenario file (as the REPL's :export writes it) on both sides before comparing"),
    ]
    static let discussion = """
        OLD_RULES and NEW_RULES are each a .rules file or a folder: for example the library as it is,
        and a copy with the proposed edit. Every record (with --each) is checked by both, and the
        outcomes that differ are listed with the reason on each side, then counted.

        EXIT STATUS:
          0  no outcome changes
          1  some outcomes change
          2  the command could not run
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard arguments.positionals.count == 2 else {
            throw CommandFailure.usage(UsageError("give the rules before and after the edit, such as: igfrules diff rules/ proposed/ --each proposal=proposals.jsonl"))
        }
        let format = try arguments.format(among: Comparison.formats, command: "diff")
        let old = try RunSetup.prepare(arguments, rulePaths: [arguments.positionals[0]], console: console, parametersMayBeMissing: true)
        let new = try RunSetup.prepare(arguments, rulePaths: [arguments.positionals[1]], console: console, parametersMayBeMissing: true)
        new.warnAboutDataFiles(console: console)
        for argument in arguments.values("param") {
            let name = Workspace.splitBinding(argument)?.0 ?? argument
            if old.program.parameterSlot(named: name) == nil, new.program.parameterSlot(named: name) == nil {
                throw CommandFailure.usage(UsageError("neither the old nor the new rules have a parameter `\(name)`"))
            }
        }
        let before = old.inputs.runner
        let after = new.inputs.runner
        let each = new.each ?? old.each
        if each == nil {
            let given = Set(new.program.dataNames.map(\.name).filter { !new.bindings.value(of: $0).isMissing })
            guard !given.isDisjoint(with: before.subjectNames + after.subjectNames) else {
                throw CommandFailure.usage(UsageError("no ruleset applies to the data given",
                                                      notes: ["the rules check " + Set(before.subjectNames + after.subjectNames).sorted().joined(separator: ", "),
                                                              "give the past cases with --each NAME=FILE, or data with --data FILE"]))
            }
        }
        if let path = arguments.value("scenario") { return try scenario(path, old: old, new: new, each: each, format: format, console: console) }
        return try Comparison.run(each: each, format: format, console: console, eligibility: true) { record, position in
            let only = each.map { Set([$0.name]) }
            return (old.inputs.check(record: record, as: each?.name, position: position, only: only, runner: before),
                    new.inputs.check(record: record, as: each?.name, position: position, only: only, runner: after))
        }
    }

    /// `--scenario FILE`: the scenario replayed with the old rules and with the new, then the
    /// outcomes at its end compared, record by record.
    static func scenario(_ path: String, old: RunSetup, new: RunSetup, each: (name: String, path: String)?,
                         format: String, console: Console) throws -> Int32 {
        let replay = try ScenarioReplay(path: path)
        let (records, unreadable) = try ScenarioReplay.records(each, console: console)
        let before = replay.replay(over: old, records: records, console: console)
        let after = replay.replay(over: new, records: records, console: console)
        let positions: [Int?] = records.map { $0.values.indices.map { Optional($0) } } ?? [nil]
        let status = try Comparison.report(format: format, console: console, eligibility: true) { emit in
            for position in positions {
                emit((before.results(of: before.snapshot, only: position), after.results(of: after.snapshot, only: position)))
            }
            return unreadable
        }
        return replay.finish(status, failures: [before.failures, after.failures], console: console)
    }
}
