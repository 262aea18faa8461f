import IGFRules

/// `igfrules timeline RULES… [--data …] [--each NAME=FILE]…`: every dated obligation the rules
/// imply for the data, in date order, with its status as of today.
enum TimelineCommand: Command {
    static let name = "timeline"
    static let summary = "List every dated obligation the rules imply for the data, with its status as of today."
    static let usage = "igfrules timeline RULES... [--data FILE | --data NAME=FILE]... [--each NAME=FILE]... [--param NAME=VALUE]... [--today YYYY-MM-DD] [--format text|json|ics|html]"
    static let formats = ["text", "json", "ics", "html"]
    static let options: [Arguments.Option] = RunSetup.dataOptions + [
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (default), json, ics (a calendar file) or html"),
    ]
    static let discussion = """
        The obligations are those the rules met while checking the data: every `done by due`,
        `pending until due`, window of dates (`is between`) and deadline (`< date`), so a new rule
        with `by` appears here without code. Give --each several times to see a whole year of
        intersessional work at once (activities, Policy Networks, session reports, proposals).

        A status is on-time (done on or before the due day; days early), late (days late),
        overdue (not done and the due day has passed; days since) or pending (days to go). Done
        before a window opened (a session before the annual meeting) is on-time, said as "N days
        before the window opened" (JSON "before_window": N), and fails in `check`. A due day
        passes at its end, in UTC; date-times are written in UTC.

        EXIT STATUS:
          0  the timeline was written (late and overdue obligations are part of it)
          1  the timeline was written, but a rule could not be evaluated (malformed data, a date
             beyond the years 0001–9999): its items that could not be dated are missing, and
             each such rule is named on the error stream
          2  the command could not run: bad usage, rules that do not parse or check, unreadable data
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let format = try arguments.format(among: formats, command: "timeline")
        let setup = try RunSetup.prepare(arguments, rulePaths: arguments.positionals, console: console, severalEach: true)
        let runner = setup.inputs.runner
        let eaches = try arguments.values("each").map { argument throws(CommandFailure) -> (String, String) in
            try RunSetup.adapt { () throws(SetupProblem) in try setup.inputs.records(argument, example: "activity=activities.jsonl") }
        }
        // Malformed values, and a `done` after --today (it reads as on-time): warn as `check` does.
        setup.warnAboutDataFiles(unknownFields: false, console: console)
        var timeline = Timeline(today: setup.today)
        let eachNames = Set(eaches.map(\.0))
        let shared = Set(runner.subjectNames).subtracting(eachNames)
        var checked = setup.inputs.addObligations(only: shared, to: &timeline, runner: runner)
        var unreadable = 0
        for (name, path) in eaches {
            let slot = setup.program.dataSlot(named: name) ?? 0
            var warnings = RecordWarnings(path: path)
            let (read, bad) = try RunSetup.forEachRecord(in: path, console: console) { value, position in
                let record = setup.bindings.conformed(value, slot: slot)
                let type = setup.program.dataNames[slot].type
                warnings.report(DataValidation.findings(in: record, type: type, name: name, strict: false).filter { $0.kind != .unknownField }
                                    + DataValidation.futureDates(in: record, name: name, today: setup.today),
                                record: position, console: console)
                checked += setup.inputs.addObligations(record: value, as: name, position: position, only: [name], to: &timeline, runner: runner)
            }
            warnings.finish(console: console)
            // Said as `check` says it: an empty file is a mistake, not data that dates nothing.
            guard read > 0 || bad > 0 else { throw RunSetup.noRecords(in: path) }
            unreadable += bad
        }
        if checked == 0, unreadable > 0 {
            // Every record was unreadable (each said so above): that, not the data given, is the problem.
            console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") could not be read; no other record was read, so there is no timeline.\n")
            throw CommandFailure.reported
        }
        if checked == 0 {
            throw CommandFailure.usage(UsageError("no ruleset applies to the data given",
                                                  notes: ["the rules check " + runner.subjectNames.joined(separator: ", "),
                                                          "give data with --data FILE, --data NAME=FILE or --each NAME=FILE"]))
        }
        if timeline.entries.isEmpty, timeline.problems.isEmpty { console.err("The rules imply no dated obligation for this data.\n") }
        switch format {
        // Written in pieces: the report of a whole archive is never held in memory at once.
        case "json": TimelineReport.json(timeline, into: console.out)
        case "ics": ICSCalendar.ics(timeline, into: console.out)
        case "html": HTMLTimeline.html(timeline, into: console.out)
        default: TimelineReport.text(timeline, into: console.out)
        }
        console.flush()
        if unreadable > 0 {
            console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") could not be read; the others are in the timeline.\n")
            throw CommandFailure.reported
        }
        return report(timeline.problems, console: console)
    }

    /// Rules that could not be evaluated: each named on standard error, and exit status 1, as
    /// `check` gives for an error (the items they could date are in the timeline).
    static func report(_ problems: [Timeline.Problem], console: Console) -> Int32 {
        guard !problems.isEmpty else { return 0 }
        for problem in problems {
            console.err("warning: \(problem.subject) \(problem.id): \(problem.rule) could not be evaluated: \(Value.visible(problem.message))\n")
        }
        let count = problems.count
        console.err("\(count) rule\(count == 1 ? "" : "s") could not be evaluated (`check` says error); "
                    + "the items \(count == 1 ? "it" : "they") could date are in the timeline, the others are missing from it.\n")
        return 1
    }
}
