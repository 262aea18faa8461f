/// Evaluating again after a change of the data (the REPL's `set` and `unset`): a rule whose code
/// reads none of the changed paths gives what it gave before, so only the rules that read one
/// (or whose ruleset's `when` does) are evaluated again.
extension RuleRunner {
    /// The rules a change of the data at `changed` can affect, found once for all records.
    package struct AffectedRules: Sendable {
        /// Positions in `Program.rulesets` whose `when` reads a changed path.
        let rulesets: Set<Int>
        /// Rules (ruleset position, rule position) whose code reads a changed path.
        let rules: Set<[Int]>
    }

    /// What a change of the data at `changed` can affect: `Dependencies` names the data paths each
    /// piece of code reads (through definitions); a change reaches a read when one path starts
    /// with the other (changing `proposal.facilitators` reaches `proposal.facilitators.name`, and
    /// changing `proposal.facilitators[2].name` reaches a read of `proposal.facilitators`).
    package func affected(by changed: [DataPath]) -> AffectedRules {
        let paths = changed.map(RuleRunner.listFree)
        func reaches(_ codes: [Code]) -> Bool {
            let reads = Dependencies(of: codes, in: program).fields
            return reads.contains { read in paths.contains { RuleRunner.overlap(read, $0) } }
        }
        var rulesets: Set<Int> = []
        var rules: Set<[Int]> = []
        for (position, ruleset) in program.rulesets.enumerated() {
            if let when = ruleset.when, reaches([when]) { rulesets.insert(position) }
            for (index, rule) in ruleset.rules.enumerated() where reaches(rule.codes(in: program)) { rules.insert([position, index]) }
        }
        return AffectedRules(rulesets: rulesets, rules: rules)
    }

    /// A path as `Dependencies` writes reads: positions in lists left out (`proposal.facilitators.name`).
    static func listFree(_ path: DataPath) -> String {
        path.steps.reduce(path.root) { text, step in
            if case .field(let name) = step { return text + "." + name }
            return text
        }
    }

    /// Whether one path is the other or lies inside it.
    static func overlap(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b + ".") || b.hasPrefix(a + ".")
    }

    /// `check(data:position:only:)` for data that differs from the data `previous` was found for
    /// only where `affected` says: the other rules keep their previous results. When the subjects
    /// present differ, everything is evaluated again.
    package func check(data: [Value], position: Int = 1, only subjects: Set<String>? = nil,
                       previous: [SubjectResult], affected: AffectedRules) -> [SubjectResult] {
        let present = subjectNames.filter { name in
            (subjects?.contains(name) ?? true) && program.dataSlot(named: name).map { !data[$0].isMissing } == true
        }
        guard present == previous.map(\.subject) else { return check(data: data, position: position, only: subjects) }
        let evaluator = makeEvaluator(data)
        return zip(present, previous).map { name, old in
            let slot = program.dataSlot(named: name)!
            return recheck(subject: name, slot: slot, old: old, affected: affected, evaluator: evaluator, position: position)
        }
    }

    private func recheck(subject: String, slot: Int, old: SubjectResult, affected: AffectedRules, evaluator: Evaluator,
                         position: Int) -> SubjectResult {
        var results: [RuleResult] = []
        var start = 0
        for (index, ruleset) in program.rulesets.enumerated() where ruleset.subjectSlot == slot {
            let before = old.results.dropFirst(start).prefix(ruleset.rules.count)
            start += ruleset.rules.count
            let keeps = before.count == ruleset.rules.count && !affected.rulesets.contains(index)
            check(ruleset: index, evaluator: evaluator, into: &results) { offset in
                keeps && !affected.rules.contains([index, offset]) ? before[before.startIndex + offset] : nil
            }
        }
        return SubjectResult(subject: subject, id: RuleRunner.identify(evaluator.data[slot], position: position), results: results)
    }
}
