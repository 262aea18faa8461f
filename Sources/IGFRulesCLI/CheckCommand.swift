import IGFRules

/// `igfrules check RULES… --data …`: evaluate the rules and report every result.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Check data against the rules and report each rule's outcome."
    static let usage = "igfrules check RULES... [--data FILE | --data NAME=FILE]... [--each NAME=FILE] [--param NAME=VALUE]... [--today YYYY-MM-DD] [--rule ID-OR-PREFIX]... [--status LIST] [--format text|json|markdown|html|junit] [--quiet] [--explain]"
    static let options: [Arguments.Option] = RunSetup.dataOptions + [
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (default), json, markdown, html (one self-contained page) or junit (JUnit XML, for CI)"),
        .init(name: "rule", takesValue: true, valueName: "ID-OR-PREFIX", help: "report only this rule, or the rules whose id starts with it and a dot (bpf.selection); may be repeated (the result counts are of the results shown; the subjects that met every required rule, and the exit status, count every rule)"),
        .init(name: "status", takesValue: true, valueName: "LIST", help: "report only results with these statuses, such as --status fail,warn,error (as with --rule, the result counts are of the results shown; the exit status still counts every rule)"),
        .init(name: "quiet", takesValue: false, valueName: "", help: "leave out results that pass or are skipped"),
        .init(name: "explain", takesValue: false, valueName: "", help: "show why each result that is not a pass came out as it did"),
        .init(name: "strict", takesValue: false, valueName: "", help: "also warn about data fields the schema does not know"),
        .init(name: "compare", takesValue: false, valueName: "", help: "what-if: evaluate each subject with and without the --param and --set changes, and show only the outcomes that change"),
        .init(name: "set", takesValue: true, valueName: "PATH=VALUE", help: "with --compare: change the data, such as --set calendar.annual_meeting.start=2021-12-13"),
        .init(name: "scenario", takesValue: true, valueName: "FILE", help: "what-if from a scenario file (as the REPL's :export writes it): compare each subject at the scenario's baseline and after its changes (implies --compare)"),
    ]
    static let discussion = """
        RULES are .rules files or folders (searched recursively). Every ruleset whose data name is
        given in the data is checked; with --each, every record of the file is checked in turn.

        EXIT STATUS:
          0  every required rule passed (recommended rules may warn)
          1  at least one required rule failed or could not be evaluated
          2  the command could not run: bad usage, rules that do not parse or check, unreadable data
        With --compare: 0 when no outcome changes, 1 when some do (or, with --scenario, when an
        input of the scenario failed).
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let comparing = arguments.flag("compare") || arguments.value("scenario") != nil
        let format = try reportFormat(arguments, comparing: comparing)
        let setup = try RunSetup.prepare(arguments, rulePaths: arguments.positionals, console: console)
        setup.warnAboutDataFiles(strict: arguments.flag("strict"), console: console)
        if comparing { return try compare(setup, arguments: arguments, console: console) }
        let narrow = try ResultFilter(arguments, program: setup.program)
        guard arguments.values("set").isEmpty else {
            throw CommandFailure.usage(UsageError("`--set` changes the data for a what-if; use it with --compare"))
        }
        let runner = setup.inputs.runner
        let makeReporter = reporters(format, setup: setup, narrow: narrow, arguments: arguments, console: console)
        // The command's writer: every subject is written through it, in order, and counted in its totals.
        var reporter = makeReporter()
        func write(_ pieces: [SubjectReporter.Piece]) {
            if !pieces.isEmpty { console.out { reporter.write(pieces, into: &$0) } }
        }
        func write(_ result: SubjectResult) { write(reporter.report([result])) }
        if let (name, path) = setup.each {
            // Nothing is written until a record is read: a command that cannot run writes no output.
            let shared = try sharedSubjects(setup, runner: runner, each: name, console: console)
            var begun = false
            func begin() {
                if !begun { console.out(reporter.begin()); shared.forEach(write) }
                begun = true
            }
            let batch = BatchCheck(setup: setup, runner: runner, name: name, slot: setup.program.dataSlot(named: name) ?? 0,
                                   strict: arguments.flag("strict"))
            let (position, unreadable) = try batch.run(path: path, console: console, makeReporter: makeReporter, emit: { pieces in
                begin()
                write(pieces)
            }, tally: { reporter.absorb($0) })
            if unreadable > 0 {
                begin()
                try finish(&reporter, console: console)
                console.flush()
                console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") of \(path) could not be read; " + checkedOthers(position) + ".\n")
                throw CommandFailure.reported
            }
            guard position > 0 else { throw RunSetup.noRecords(in: path) }
            begin()
        } else {
            let results = setup.inputs.check(runner: runner)
            warnAboutMissingData(setup, subjects: Set(results.map(\.subject)), console: console)
            warnAboutSkipsForMissingData(results, program: setup.program, console: console)
            guard !results.isEmpty else { throw noRulesetApplies(setup, runner: runner) }
            console.out(reporter.begin())
            for result in results { write(result) }
        }
        try finish(&reporter, console: console)
        console.flush()
        return reporter.everyRequiredRulePassed ? 0 : 1
    }

    /// How many records were checked beside the ones that could not be read: "the 3 others were
    /// checked", or, when every record was unreadable, "no other record was checked".
    static func checkedOthers(_ count: Int) -> String {
        switch count {
        case 0: "no other record was checked"
        case 1: "the 1 other was checked"
        default: "the \(count) others were checked"
        }
    }

    /// Makes the reporters of this run (the command's, and one per checking thread): each with a
    /// writer of the format and settings asked for.
    static func reporters(_ format: ReportFormat, setup: RunSetup, narrow: ResultFilter, arguments: Arguments,
                          console: Console) -> @Sendable () -> SubjectReporter {
        let (colour, explain, quiet) = (console.colourOutput, arguments.flag("explain"), arguments.flag("quiet"))
        let (ruleIdWidth, rulesets) = (setup.program.rules.map(\.id.count).max() ?? 0, setup.program.rulesets.map(\.id))
        let spill = SpillSettings.of(console.environment)
        return {
            SubjectReporter(writer: format.writer(colour: colour, explain: explain, quiet: quiet, ruleIdWidth: ruleIdWidth, rulesets: rulesets, spill: spill),
                            narrow: narrow)
        }
    }

    /// With `--each NAME=…`: the results of the other subjects, bound by `--data`, checked once
    /// before the records (cli.md: every ruleset whose subject is bound is evaluated).
    static func sharedSubjects(_ setup: RunSetup, runner: RuleRunner, each name: String, console: Console) throws -> [SubjectResult] {
        guard runner.subjectNames.contains(name) else {
            throw CommandFailure.usage(UsageError("no ruleset checks `\(name)`; the rules check " + runner.subjectNames.joined(separator: ", ")))
        }
        let shared = runner.check(data: setup.bindings.values, only: Set(runner.subjectNames).subtracting([name]))
        warnAboutMissingData(setup, subjects: Set([name] + shared.map(\.subject)), console: console)
        return shared
    }

    /// The `--format` asked for (text by default); an unknown one is a usage error naming the
    /// closest and the formats that check (or, `comparing`, check --compare) writes.
    static func reportFormat(_ arguments: Arguments, comparing: Bool) throws -> ReportFormat {
        if comparing { _ = try arguments.format(among: Comparison.formats, command: "check --compare") }
        let format = try arguments.format(among: ReportFormat.allCases.map(\.rawValue), command: "check")
        return ReportFormat(rawValue: format) ?? .text
    }

    /// The usage error when no ruleset checks the data given: what the rules check, what the data gives.
    static func noRulesetApplies(_ setup: RunSetup, runner: RuleRunner) -> CommandFailure {
        let given = setup.program.dataNames.filter { !setup.bindings.value(of: $0.name).isMissing }.map(\.name)
        return CommandFailure.usage(UsageError("no ruleset applies to the data given",
                                    notes: ["the rules check " + runner.subjectNames.joined(separator: ", ")
                                            + "; the data gives " + (given.isEmpty ? "none of the data names" : given.joined(separator: ", ")),
                                            "give data with --data FILE (a JSON object such as { \"proposal\": … }) or --data NAME=FILE"]))
    }

    /// `--compare`: the baseline has the rules' own parameter values and the data as given; the
    /// scenario has the --param values and the --set changes.
    static func compare(_ setup: RunSetup, arguments: Arguments, console: Console) throws -> Int32 {
        let format = try arguments.format(among: Comparison.formats, command: "check --compare")
        if let scenario = arguments.value("scenario") {
            return try ScenarioReplay.compare(scenario, setup: setup, arguments: arguments, format: format, console: console)
        }
        let changes = try arguments.values("set").map { argument throws -> (DataPath, Value) in try parseSet(argument, console: console) }
        var given: [String: String] = [:]
        for (argument, (path, _)) in zip(arguments.values("set"), changes) {
            let text = String(argument.drop { $0 != "=" }.dropFirst())
            if let first = given.updateValue(text, forKey: path.description) {
                throw CommandFailure.usage(Arguments.givenTwice("--set \(path)", first, text, give: "give each path once"))
            }
            if let mistake = path.problem(in: setup.program) { throw CommandFailure.usage(UsageError("--set \(path): \(mistake)")) }
        }
        guard !changes.isEmpty || !arguments.values("param").isEmpty else {
            throw CommandFailure.usage(UsageError("--compare needs a change to compare: --param NAME=VALUE or --set PATH=VALUE"))
        }
        let baseline = setup.inputs.baselineRunner
        if setup.each == nil, !baseline.subjectNames.contains(where: { !setup.bindings.value(of: $0).isMissing }) {
            throw CommandFailure.usage(UsageError("no ruleset applies to the data given",
                                                  notes: ["the rules check " + baseline.subjectNames.joined(separator: ", ")]))
        }
        let scenario = setup.inputs.runner
        let only = setup.each.map { Set([$0.name]) }
        return try Comparison.run(each: setup.each, format: format, console: console) { record, position in
            let run = setup.inputs.whatIf(changes, record: record, as: setup.each?.name, position: position, only: only,
                                          baseline: baseline, scenario: scenario)
            for problem in run.problems { console.err("warning: \(problem)\n") }
            return (run.before, run.after)
        }
    }

    /// `--set PATH=VALUE`, read by the front door.
    static func parseSet(_ argument: String, console: Console) throws -> (DataPath, Value) {
        try RunSetup.adapt { () throws(SetupProblem) in try Workspace.dataChange(argument) }
    }

    /// A data name the checked rules read but the command line does not give (a forgotten
    /// `--data calendar=…`) would make every rule that needs it fail: say so once, up front.
    static func warnAboutMissingData(_ setup: RunSetup, subjects: Set<String>, console: Console) {
        let program = setup.program
        let rules = program.rules.filter { subjects.contains(program.rulesets[$0.rulesetIndex].subject) }
        let read = Set(Dependencies(of: rules.flatMap { $0.codes(in: program) }, in: program).fields.map { String($0.prefix { $0 != "." && $0 != "[" }) })
        for name in program.dataNames.map(\.name) where read.contains(name) && !subjects.contains(name) && setup.bindings.value(of: name).isMissing {
            console.err("warning: the rules read `\(name)`, but no \(name) is given; the rules that need it will fail (give it with --data \(name)=FILE)\n")
        }
    }

    /// Data problems go to standard error, so that results stay clean on standard output.
    /// Findings in `--data` files, each named by its place in the file that gave its data name.
    static func report(_ findings: [DataValidation.Finding], places: FindingPlaces, console: Console) {
        for finding in findings { report([finding], in: places.place(of: finding), console: console) }
    }

    static func report(_ findings: [DataValidation.Finding], in place: String, console: Console) {
        for finding in findings {
            let consequence = finding.kind != .malformed ? "" : " (rules that read it give error)"
            console.err("warning: \(place): \(Value.visible(finding.description))\(consequence)\n")
        }
    }
}
