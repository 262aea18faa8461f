/// One state of the world the rules are evaluated in — the rules, the data, the parameters' values
/// and today — for what-if questions: change one part, evaluate again, compare outcomes.
public struct Scenario: Sendable {
    package private(set) var program: Program
    package var bindings: DataBindings
    package var parameters: [Value]
    package var today: CivilDate

    package init(program: Program, bindings: DataBindings, parameters: [Value]? = nil, today: CivilDate) {
        self.program = program
        self.bindings = bindings
        self.parameters = parameters ?? program.parameters.map(\.defaultValue)
        self.today = today
    }

    package var runner: RuleRunner { RuleRunner(program: program, parameters: parameters, today: today) }

    /// The results for every subject in the data.
    package func results() -> [SubjectResult] {
        runner.check(data: bindings.values)
    }

    /// Uses other rules, keeping the data (by data name) and the parameter values that were
    /// changed (by parameter name, where the new rules still declare them with the same kind).
    package mutating func replaceProgram(_ newProgram: Program) {
        var newBindings = DataBindings(program: newProgram)
        for (slot, name) in program.dataNames.enumerated() where !bindings.values[slot].isMissing {
            newBindings.bind(name.name, to: bindings.values[slot])
        }
        var newParameters = newProgram.parameters.map(\.defaultValue)
        for (slot, parameter) in program.parameters.enumerated() {
            guard let newSlot = newProgram.parameterSlot(named: parameter.name) else { continue }
            let changed = parameters[slot].equals(parameter.defaultValue) != true
            if changed, case .success = newProgram.overriding(parameter.name, with: parameters[slot]) { newParameters[newSlot] = parameters[slot] }
        }
        program = newProgram
        bindings = newBindings
        parameters = newParameters
    }

    /// Sets a parameter's value for this scenario; the value must be of the declared kind.
    package mutating func setParameter(_ name: String, to value: Value) throws(ParameterProblem) {
        parameters[try program.overriding(name, with: value).get()] = value
    }
}

/// A rule whose outcome differs between two evaluations of the same subject.
public struct OutcomeChange: Sendable {
    package let subject: String
    package let id: String
    package let rule: String
    /// Nil when the rule gave no result in that evaluation (a new or removed rule or subject).
    package let before: RuleResult?
    package let after: RuleResult?

    /// "fail", "pass", "pass (pending)", or "—" for no result (worded by `RuleOutcome.label`).
    package static func label(_ result: RuleResult?) -> String {
        RuleOutcome.label(result?.outcome)
    }

    /// Compares two evaluations subject by subject (matched by data name and id) and rule by rule.
    package static func changes(before: [SubjectResult], after: [SubjectResult]) -> [OutcomeChange] {
        var changes: [OutcomeChange] = []
        var seen: Set<String> = []
        for subject in after {
            let key = subject.subject + "\u{0}" + subject.id
            seen.insert(key)
            let old = before.first { $0.subject == subject.subject && $0.id == subject.id }
            changes += compare(subject.subject, subject.id, old?.results ?? [], subject.results)
        }
        for subject in before where !seen.contains(subject.subject + "\u{0}" + subject.id) {
            changes += compare(subject.subject, subject.id, subject.results, [])
        }
        return changes
    }

    private static func compare(_ subject: String, _ id: String, _ old: [RuleResult], _ new: [RuleResult]) -> [OutcomeChange] {
        var changes: [OutcomeChange] = []
        for result in new {
            let previous = old.first { $0.rule.id == result.rule.id }
            if previous.map({ $0.outcome.sameKind(as: result.outcome) }) != true {
                changes.append(OutcomeChange(subject: subject, id: id, rule: result.rule.id, before: previous, after: result))
            }
        }
        for result in old where !new.contains(where: { $0.rule.id == result.rule.id }) {
            changes.append(OutcomeChange(subject: subject, id: id, rule: result.rule.id, before: result, after: nil))
        }
        return changes
    }
}
