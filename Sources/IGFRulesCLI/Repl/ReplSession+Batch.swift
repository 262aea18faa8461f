import IGFRules

/// A session over a batch of records (`repl … --each NAME=FILE`): results over every record,
/// record ids, and `:focus`.
extension ReplSession {
    /// The outcomes of a state: over every record of the batch (or only the one focused), or of
    /// the data loaded.
    func results(of state: Snapshot, only index: Int? = nil) -> [SubjectResult] {
        guard let eachName, let records = state.records else { return state.scenario.results() }
        let runner = state.scenario.runner
        var bindings = state.scenario.bindings
        let wanted = index ?? focus
        var results: [SubjectResult] = []
        for (position, record) in records.enumerated() where wanted == nil || wanted == position {
            bindings.bind(eachName, to: record)
            results += runner.check(data: bindings.values, position: position + 1, only: [eachName])
        }
        return results
    }

    /// The current outcomes, in view.
    func currentResults() -> [SubjectResult] {
        if let (view, results) = memo.current, view == focus { return results }
        let results = results(of: snapshot)
        memo.current = (focus, results)
        return results
    }

    /// A record's id, as results name it: its `id` field, or `#position`.
    func recordId(_ position: Int) -> String {
        RuleRunner.identify(records?[position] ?? .missing, position: position + 1)
    }

    var recordIds: [String] { (0..<(records?.count ?? 0)).map(recordId) }

    var focusedId: String? { focus.map(recordId) }

    /// The position of the record with this id (a record without an id is named by its position, `#3`).
    func recordPosition(_ id: String) -> Int? {
        recordIds.firstIndex(of: id)
    }

    /// The data the rules see for one record (or without a batch, the data loaded).
    func bindings(for position: Int?) -> DataBindings {
        var bindings = scenario.bindings
        if let eachName, let records, let position { bindings.bind(eachName, to: records[position]) }
        return bindings
    }

    /// `:focus ID` narrows checks, `set` and `:diff` to one record; `:focus` alone widens again.
    func focusCommand(_ id: String?) {
        guard let records, let eachName else {
            problem(":focus works over a batch of records: start with igfrules repl RULES --each NAME=FILE")
            return
        }
        guard let id else {
            focus = nil
            say("all \(records.count) record\(records.count == 1 ? "" : "s") of \(eachName) in view")
            return
        }
        guard let position = recordPosition(id) else {
            problem("no record of \(eachName) has the id `\(id)`" + (suggestion(for: id, among: recordIds).map { "; did you mean `\($0)`?" } ?? ""))
            return
        }
        focus = position
        say("\(eachName) \(recordId(position)) in view (record \(position + 1) of \(records.count)); :focus alone shows all again")
    }

    /// Sets or removes a path in every record in view (all of them, or the one focused), or in
    /// none when it cannot be done in one of them.
    func changeRecords(_ operation: (inout DataBindings) throws(DataPath.Problem) -> Void) throws(ReplProblem) {
        guard let eachName, var changed = records else { return }
        var bindings = scenario.bindings
        for position in changed.indices where focus == nil || focus == position {
            bindings.bind(eachName, to: changed[position])
            do throws(DataPath.Problem) {
                try operation(&bindings)
            } catch {
                let place = changed.count > 1 ? "in \(eachName) \(recordId(position)): " : ""
                throw ReplProblem(description: place + error.description + "; no record was changed")
            }
            changed[position] = bindings.value(of: eachName)
        }
        records = changed
    }

    /// Whether a path is in the batch's records rather than in the other data.
    func isInRecords(_ path: DataPath) -> Bool { eachName != nil && path.root == eachName && records != nil }
}
