import IGFRules

/// The outcomes of the current state and of the baseline, found once and kept until that state
/// changes (so `:diff` after a `set` evaluates again only what the `set` can affect).
struct OutcomeMemo {
    /// The current state's outcomes, with the record `:focus` narrowed them to.
    var current: (focus: Int?, results: [SubjectResult])?
    var baseline: (focus: Int?, results: [SubjectResult])?
}

extension ReplSession {
    /// The baseline's outcomes, in view.
    func baselineResults() -> [SubjectResult] {
        if let (view, results) = memo.baseline, view == focus { return results }
        let results = results(of: baseline)
        memo.baseline = (focus, results)
        return results
    }

    /// The current outcomes after a change of the data at `changed` from the state that gave
    /// `previous`: only the rules that read a changed path are evaluated again (all of them when
    /// `changed` is nil). They are kept for `:diff`.
    func results(after previous: [SubjectResult], changed: [DataPath]?) -> [SubjectResult] {
        let results = changed.map { incrementalResults(previous: previous, changed: $0) } ?? results(of: snapshot)
        memo.current = (focus, results)
        return results
    }

    private func incrementalResults(previous: [SubjectResult], changed: [DataPath]) -> [SubjectResult] {
        let runner = scenario.runner
        let affected = runner.affected(by: changed)
        guard let eachName, let records else {
            return runner.check(data: scenario.bindings.values, previous: previous, affected: affected)
        }
        let positions = records.indices.filter { focus == nil || focus == $0 }
        // One result per record in view, in order, or everything is evaluated again.
        guard positions.count == previous.count else { return results(of: snapshot) }
        var bindings = scenario.bindings
        return zip(positions, previous).flatMap { position, before in
            bindings.bind(eachName, to: records[position])
            return runner.check(data: bindings.values, position: position + 1, only: [eachName], previous: [before], affected: affected)
        }
    }
}
