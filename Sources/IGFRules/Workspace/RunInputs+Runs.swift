/// Runs over the bound inputs: what-if comparisons, scores and timelines, one evaluation (a
/// record, or the data as bound) at a time, so that a client can stream records through them.
extension RunInputs {
    /// A what-if of one evaluation: the results with the rules' own parameters and the data as
    /// given (`baseline`), and with these parameters and `changes` applied (`scenario`); and a
    /// sentence for each change that could not be made to this data.
    package func whatIf(_ changes: [(DataPath, Value)], record: Value? = nil, as name: String? = nil, position: Int = 1,
                        only: Set<String>? = nil, baseline: RuleRunner, scenario: RuleRunner)
        -> (before: [SubjectResult], after: [SubjectResult], problems: [String]) {
        var given = bindings
        if let record, let name { given.bind(name, to: record) }
        var changed = given
        var problems: [String] = []
        for (path, value) in changes {
            do throws(DataPath.Problem) {
                try changed.set(path, to: value)
            } catch {
                problems.append("--set \(path): \(error.description)")
            }
        }
        return (baseline.check(data: given.values, position: position, only: only),
                scenario.check(data: changed.values, position: position, only: only), problems)
    }

    /// The scoring `id` names, or the first the rules declare.
    package func scoring(id: String?) throws(SetupProblem) -> Scoring {
        guard let first = program.scorings.first else {
            throw .usage("these rules declare no scoring",
                         notes: ["include the file that holds it, such as rules/bpf/scoring.rules (or the folder rules/)"])
        }
        guard let id else { return first }
        guard let chosen = program.scorings.first(where: { $0.id == id }) else {
            throw .usage("no scoring has the id `\(id)`", notes: ["the scorings are " + program.scorings.map(\.id).joined(separator: ", ")])
        }
        return chosen
    }

    /// A scorer of `scoring` with these parameters and today.
    package func scorer(_ scoring: Scoring) -> Scorer {
        Scorer(scoring: scoring, program: program, parameters: parameters, today: today)
    }

    /// Scores one evaluation of the scoring's subject (`record` when given, at `position`);
    /// returns the ids of the subjects scored, so that a batch can warn about an id given twice.
    @discardableResult
    package func score(record: Value? = nil, position: Int = 1, into scorer: inout Scorer, runner: RuleRunner) -> [String] {
        var data = bindings
        let subject = scorer.scoring.subject
        if let record { data.bind(subject, to: record) }
        let results = runner.check(data: data.values, position: position, only: [subject])
        for result in results { scorer.consider(data: data.values, results: result) }
        return results.map(\.id)
    }

    /// Adds the obligations of one evaluation to `timeline` (`record` bound to `name` when
    /// given); returns how many subjects were checked.
    @discardableResult
    package func addObligations(record: Value? = nil, as name: String? = nil, position: Int = 1, only: Set<String>,
                                to timeline: inout Timeline, runner: RuleRunner) -> Int {
        let results = check(record: record, as: name, position: position, only: only, runner: runner)
        for result in results { timeline.add(result) }
        return results.count
    }
}
