import IGFRules

/// `igfrules score RULES… --each proposal=FILE`: rank proposals by the rules' `scoring`.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = "Rank proposals by the scoring the rules declare, with each score's breakdown."
    static let usage = "igfrules score RULES... --each proposal=FILE [--data FILE | --data NAME=FILE]... [--param NAME=VALUE]... [--today YYYY-MM-DD] [--format text|json|csv|markdown|html] [--scoring ID]"
    static let formats = ["text", "json", "csv", "markdown", "html"]
    static let options: [Arguments.Option] = RunSetup.dataOptions + [
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (default), json, csv, markdown or html"),
        .init(name: "scoring", takesValue: true, valueName: "ID", help: "the scoring to use when the rules declare several (such as bpf.ranking)"),
    ]
    static let discussion = """
        The rules' `scoring` declaration (rules/bpf/scoring.rules) says which proposals are left out,
        which are ineligible (a required rule not met) and how the others score. Scores are shown and
        compared rounded to two decimals; equal scores share a rank and are listed by id.
        A proposal whose grades are not numbers from 0 to 5 is reported and not scored; the others
        are still ranked.

        EXIT STATUS:
          0  the ranking was made (ineligible proposals are part of it)
          1  some proposal could not be scored because of a data error
          2  the command could not run: bad usage, rules that do not parse or check, unreadable data
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        let format = try arguments.format(among: formats, command: "score")
        let setup = try RunSetup.prepare(arguments, rulePaths: arguments.positionals, console: console)
        setup.warnAboutDataFiles(console: console)
        let scoring = try RunSetup.adapt { () throws(SetupProblem) in try setup.inputs.scoring(id: arguments.value("scoring")) }
        var scorer = setup.inputs.scorer(scoring)
        let runner = setup.inputs.runner
        var unreadable = 0
        if let (name, path) = setup.each {
            guard name == scoring.subject else {
                throw CommandFailure.usage(UsageError("\(scoring.id) ranks \(scoring.subject), not \(name): give --each \(scoring.subject)=FILE"))
            }
            var firstRecord: [String: Int] = [:]
            let (read, bad) = try RunSetup.forEachRecord(in: path, console: console) { value, position in
                for id in setup.inputs.score(record: value, position: position, into: &scorer, runner: runner) {
                    if let first = firstRecord[id] {
                        console.err(duplicateWarning(id, path: path, records: (first, position)))
                    } else {
                        firstRecord[id] = position
                    }
                }
            }
            unreadable = bad
            if read == 0, bad == 0 { console.err("\(path) holds no proposals: the ranking is empty.\n") }
        } else {
            guard !setup.bindings.value(of: scoring.subject).isMissing else {
                throw CommandFailure.usage(UsageError("give the proposals to rank: --each \(scoring.subject)=FILE (JSON Lines or a JSON array)"))
            }
            setup.inputs.score(into: &scorer, runner: runner)
        }
        let ranking = scorer.ranking()
        for entry in ranking.unscored {
            for problem in entry.problems { console.err("error: \(scoring.subject) \(entry.id): \(problem)\n") }
        }
        console.out(render(ranking, scoring: scoring, format: format))
        console.flush()
        if unreadable > 0 {
            console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") could not be read; the others were scored.\n")
            throw CommandFailure.reported
        }
        return ranking.unscored.isEmpty ? 0 : 1
    }

    /// Two records of the batch with one id are both scored and listed; a committee should know.
    static func duplicateWarning(_ id: String, path: String, records: (Int, Int)) -> String {
        "warning: \(path), records \(records.0) and \(records.1) have the same id `\(Value.visible(id))`: "
            + "both are scored and listed; give each proposal its own id\n"
    }

    static func render(_ ranking: Ranking, scoring: Scoring, format: String) -> String {
        switch format {
        case "json": RankingReport.json(ranking)
        case "csv": CSVRanking.csv(ranking)
        case "markdown": RankingReport.markdown(ranking, scoring: scoring)
        case "html": HTMLRanking.html(ranking, scoring: scoring)
        default: RankingReport.text(ranking, scoring: scoring)
        }
    }
}
