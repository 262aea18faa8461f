import Foundation
import IGFRules

/// `:check`, `:why` and `:diff`, over the data loaded or a batch of records.
extension ReplSession {
    /// `:check [ID] [RECORD]`: all rules, a ruleset or a rule; over a batch, of every record or of
    /// the one named (record ids may hold spaces: `OF #20`).
    func check(_ argument: String) {
        var (selector, position) = splitRecord(argument)
        if records != nil, let found = recordPosition(argument) {
            (selector, position) = (nil, found)
        } else if position == nil, argument.contains(" ") {
            let rules = scenario.program.rules.map(\.id) + scenario.program.rulesets.map(\.id)
            let name = rules.contains(selector ?? "") ? String(argument.drop { $0 != " " }.dropFirst()) : argument
            problem("no record\(eachName.map { " of \($0)" } ?? "") has the id `\(name)`" + (suggestion(for: name, among: recordIds).map { "; did you mean `\($0)`?" } ?? ""))
            return
        }
        if selector?.isEmpty == true { selector = nil }
        let results = results(of: snapshot, only: position)
        guard !results.isEmpty else {
            say("no ruleset applies to the data loaded; load data with :data NAME=FILE")
            return
        }
        var filtered: [SubjectResult] = []
        for subject in results {
            let kept = subject.results.filter { result in
                guard let selector else { return true }
                return result.rule.id == selector || result.rule.id.hasPrefix(selector + ".")
            }
            if !kept.isEmpty { filtered.append(SubjectResult(subject: subject.subject, id: subject.id, results: kept)) }
        }
        guard !filtered.isEmpty else {
            let ids = scenario.program.rules.map(\.id) + scenario.program.rulesets.map(\.id) + recordIds
            problem("no rule, ruleset or record `\(selector ?? "")` checks the data loaded"
                    + (suggestion(for: selector ?? "", among: ids).map { "; did you mean `\($0)`?" } ?? ""))
            return
        }
        var writer = TextReport(colour: console.colourOutput, explain: false, quiet: false,
                                ruleIdWidth: scenario.program.rules.map(\.id.count).max() ?? 0)
        var totals = RunTotals()
        for subject in filtered {
            totals.add(subject)
            write(writer.subject(subject))
        }
        write(writer.end(totals))
    }

    /// `:why RULE-ID [RECORD]`: the rule's outcome explained, with the definitions it uses and
    /// their values.
    func why(_ argument: String) {
        let (first, namedRecord) = splitRecord(argument)
        guard let id = first else {
            problem("write `:why RULE-ID`, such as :why bpf.proposal.facilitators")
            return
        }
        guard let rule = scenario.program.rule(id: id) else {
            problem("no rule has the id `\(id)`" + (suggestion(for: id, among: scenario.program.rules.map(\.id)).map { "; did you mean `\($0)`?" } ?? ""))
            return
        }
        guard let position = whyRecord(namedRecord, named: argument, rule: rule) else { return }
        let data = bindings(for: position)
        let subject = scenario.program.rulesets[rule.rulesetIndex].subject
        guard !data.value(of: subject).isMissing else {
            problem("rule `\(id)` checks \(subject), and no \(subject) is loaded")
            return
        }
        let result = scenario.runner.traced(rule, data: data.values)
        let record = position.map { " (\(eachName ?? "") \(recordId($0)))" } ?? ""
        // The title as the current parameters show it (`At least {min_open_meetings} …`).
        let title = rule.retitled(program: scenario.program, parameters: scenario.parameters).title
        say("\(rule.id)\(record): \(result.status.rawValue.uppercased())\(result.pendingNote.map { " (\($0))" } ?? "")  \(title ?? "")")
        if let message = result.message { say("  " + message) }
        if let hint = result.hint { say("  hint: " + hint) }
        if let cite = rule.cite { say("  cites: " + cite) }
        for tree in result.explanation {
            for line in ExplanationRenderer.text(tree, indent: "  ") { say(line) }
        }
        sayDefinitions(of: rule, data: data)
    }

    /// The record `:why` explains: the one named, the one focused, or the only one.
    private func whyRecord(_ found: Int?, named argument: String, rule: Rule) -> Int?? {
        guard let records, let eachName else { return .some(nil) }
        if let found { return found }
        let words = argument.split(separator: " ", maxSplits: 1)
        if words.count == 2 {
            let name = String(words[1])
            guard let position = recordPosition(name) else {
                problem("no record of \(eachName) has the id `\(name)`" + (suggestion(for: name, among: recordIds).map { "; did you mean `\($0)`?" } ?? ""))
                return nil
            }
            return position
        }
        if let focus { return focus }
        if records.count == 1 { return 0 }
        problem("which record? write `:why \(rule.id) RECORD-ID`, such as :why \(rule.id) \(recordIds.first ?? "#1"), or :focus a record first")
        return nil
    }

    /// An argument's first word (a rule or ruleset id) and, over a batch, the record the rest names.
    private func splitRecord(_ argument: String) -> (String?, Int?) {
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first else { return (nil, nil) }
        return (first, words.count == 2 ? recordPosition(words[1].trimmingWhitespaceAndNewlines()) : nil)
    }

    /// "definitions used:" then `name = source → value`, one a line.
    private func sayDefinitions(of rule: Rule, data: DataBindings) {
        let program = scenario.program
        let slots = Dependencies(of: rule.codes(in: program), in: program).definitions.sorted()
        guard !slots.isEmpty else { return }
        say("  definitions used:")
        let evaluator = Evaluator(program: program, data: data.values, parameters: scenario.parameters, today: scenario.today)
        for slot in slots {
            let definition = program.definitions[slot]
            let source = ExplanationRenderer.shorten(definition.code.sourceText(in: definition.declared.file))
            let value: String
            do {
                value = ReplSession.readable(try evaluator.evaluate(definition.code)).literal(limit: 60)
            } catch {
                value = "error: \(error.message)"
            }
            say("    \(definition.name) = \(source) → \(value)")
        }
    }

    func diff() {
        let changes = Workspace.compare(before: baselineResults(), after: currentResults())
        guard !changes.isEmpty else {
            say("no outcome differs from the baseline")
            return
        }
        let plural = changes.count == 1 ? "outcome differs" : "outcomes differ"
        guard records != nil else {
            say("\(changes.count) \(plural) from the baseline:")
            for change in changes {
                say("  \(change.rule)  (\(change.subject) \(change.id)): \(OutcomeChange.label(change.before)) → \(OutcomeChange.label(change.after))")
                sayReasons(change, indent: "      ")
            }
            return
        }
        diffOverRecords(changes, heading: "\(changes.count) \(plural) from the baseline")
    }

    /// Over a batch: how many records each rule changes in, then the records one by one.
    private func diffOverRecords(_ changes: [OutcomeChange], heading: String) {
        var perRule: [(rule: String, count: Int)] = []
        for change in changes {
            if let index = perRule.firstIndex(where: { $0.rule == change.rule }) { perRule[index].count += 1 } else { perRule.append((change.rule, 1)) }
        }
        let changedRecords = Set(changes.map(\.id)).count
        let inView = focus == nil ? records?.count ?? 0 : 1
        say("\(heading), in \(changedRecords) of \(inView) record\(inView == 1 ? "" : "s"):")
        let width = perRule.map(\.rule.count).max() ?? 0
        for (rule, count) in perRule { say("  \(rule.padding(toLength: width, withPad: " ", startingAt: 0))  \(count) record\(count == 1 ? "" : "s")") }
        var current = ""
        for change in changes {
            if change.id != current {
                say("\(change.subject) \(change.id)")
                current = change.id
            }
            say("  \(change.rule): \(OutcomeChange.label(change.before)) → \(OutcomeChange.label(change.after))")
            sayReasons(change, indent: "      ")
        }
    }

    private func sayReasons(_ change: OutcomeChange, indent: String) {
        if let before = change.before, let reason = ComparisonRenderer.reason(before) { say(indent + "before: " + reason) }
        if let after = change.after, let reason = ComparisonRenderer.reason(after) { say(indent + "now:    " + reason) }
    }
}
