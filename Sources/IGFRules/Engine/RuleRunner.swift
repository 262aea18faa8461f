/// Runs a program's rules over data: for each subject bound in the data, every ruleset that
/// checks it, every rule in file order. Plain passes cost one evaluation; other results are
/// evaluated a second time with a tracer to explain them.
public struct RuleRunner: Sendable {
    package let program: Program
    package let parameters: [Value]
    package let today: CivilDate
    /// Each ruleset's rules as results show them (titled with this run's values), by position.
    let shown: [[Rule]]
    /// The data names some ruleset checks, in the order their first ruleset was loaded.
    let subjects: [Subject]
    /// The program's definitions by slot, shared by each record's evaluator.
    let definitions: [Definition]
    /// Evaluators kept from one `check` to the next (one per thread that checks at once).
    let evaluators = EvaluatorPool()
    /// Trace recorders kept from one explained rule to the next (one per thread that checks at once).
    let recorders = TraceRecorderPool()

    /// A data name that rulesets check: its slot and those rulesets, found once for all records.
    struct Subject: Sendable {
        let name: String
        let slot: Int?
        /// Positions in `Program.rulesets` of the rulesets that check it, in order.
        let rulesets: [Int]
        /// How many rules those rulesets hold.
        let rules: Int
    }

    /// `parameters` replaces the declared defaults (same slots as `program.parameters`).
    package init(program: Program, parameters: [Value]? = nil, today: CivilDate) {
        self.program = program
        self.parameters = parameters ?? program.parameters.map(\.defaultValue)
        self.today = today
        shown = program.rulesets.map { ruleset in
            guard let parameters else { return ruleset.rules }
            return ruleset.rules.map { $0.titleTemplate == nil ? $0 : $0.retitled(program: program, parameters: parameters) }
        }
        var names: [String] = []
        for ruleset in program.rulesets where !names.contains(ruleset.subject) { names.append(ruleset.subject) }
        subjects = names.map { name in
            let slot = program.dataSlot(named: name)
            let rulesets = program.rulesets.indices.filter { slot == program.rulesets[$0].subjectSlot }
            return Subject(name: name, slot: slot, rulesets: rulesets, rules: rulesets.reduce(0) { $0 + program.rulesets[$1].rules.count })
        }
        definitions = program.definitions
    }

    /// The data names that some ruleset checks, in the order their first ruleset was loaded.
    package var subjectNames: [String] { subjects.map(\.name) }

    /// A new evaluator of this run's program and parameters over `data`.
    func makeEvaluator(_ data: [Value]) -> Evaluator {
        Evaluator(definitions: definitions, parameters: parameters, data: data, today: today)
    }

    /// Results for every subject present in `data` (slots as in `program.dataNames`).
    /// `position` names subjects without an `id` (`#3`).
    package func check(data: [Value], position: Int = 1, only names: Set<String>? = nil) -> [SubjectResult] {
        let evaluator = evaluators.take(data: data) ?? makeEvaluator(data)
        defer { evaluators.give(evaluator) }
        var results: [SubjectResult] = []
        for subject in subjects where names?.contains(subject.name) ?? true {
            guard let slot = subject.slot, !data[slot].isMissing else { continue }
            var checked: [RuleResult] = []
            checked.reserveCapacity(subject.rules)
            for index in subject.rulesets { check(ruleset: index, evaluator: evaluator, into: &checked) }
            results.append(SubjectResult(subject: subject.name, id: RuleRunner.identify(data[slot], position: position), results: checked))
        }
        return results
    }

    /// Appends the results of the ruleset at `index` in `program.rulesets`, in rule order; `kept`
    /// gives a rule's result without evaluating it (by its position in the ruleset), when it has one.
    func check(ruleset index: Int, evaluator: Evaluator, into results: inout [RuleResult],
               kept: (Int) -> RuleResult? = { _ in nil }) {
        let when = program.rulesets[index].when
        let file = program.rulesets[index].declared.file
        let applies = applicability(when, file: file, evaluator: evaluator)
        var reason: SkipReason?
        for (offset, rule) in shown[index].enumerated() {
            if let result = kept(offset) {
                results.append(result)
                continue
            }
            switch applies {
            case .success(true):
                results.append(run(rule, evaluator: evaluator))
            case .success(false):
                if reason == nil { reason = skipReason(when, .ruleset, file: file, evaluator: evaluator) }
                results.append(RuleResult(rule: rule, outcome: .skip(reason ?? .when(.ruleset, decisive: nil))))
            case .failure(let error):
                results.append(RuleResult(rule: program.rulesets[index].rules[offset], outcome: .error(error)))
            }
        }
    }

    /// The subject's `id` field when it is a text or a number, else its position.
    package static func identify(_ subject: Value, position: Int) -> String {
        if case .record(let record) = subject {
            switch record["id"] {
            case .text(let text) where !text.isBlank: return text
            case .number(let number): return number.description
            default: break
            }
        }
        return "#\(position)"
    }

    /// Whether a `when` condition lets rules apply. An undecidable condition (missing data)
    /// applies: a rule must not be skipped because data is missing.
    private func applicability(_ when: Code?, file: SourceFile, evaluator: Evaluator) -> Result<Bool, EvaluationError> {
        guard let when else { return .success(true) }
        evaluator.steps = 0
        do {
            let value = try evaluator.evaluate(when)
            return .success(try evaluator.truth(value, when) != .no)
        } catch {
            return .failure(error)
        }
    }

    /// Evaluates one rule (as `shown`) whose ruleset applies.
    private func run(_ rule: Rule, evaluator: Evaluator) -> RuleResult {
        switch applicability(rule.when, file: rule.declared.file, evaluator: evaluator) {
        case .success(false): return RuleResult(rule: rule, outcome: .skip(skipReason(rule.when, .rule, file: rule.declared.file, evaluator: evaluator)))
        case .failure(let error): return RuleResult(rule: rule, outcome: .error(error))
        case .success(true): break
        }
        evaluator.steps = 0
        var outcome = Truth.yes
        var due: Value?
        evaluator.recorder = rule.notesObligations ? ObligationRecorder() : nil
        defer { evaluator.recorder = nil }
        // Every condition is looked at, so that one that cannot be evaluated does not hide the
        // dated items of the others from the timeline; the first error is the rule's result.
        var firstError: EvaluationError?
        var truths = RequireTruths()
        for (index, require) in rule.requires.enumerated() {
            do {
                let value = try evaluator.evaluate(require)
                let truth = try evaluator.truth(value, require)
                truths.record(truth, at: index)
                outcome = outcome.and(truth)
                due = evaluator.earlierDue(due, value.due)
            } catch {
                firstError = firstError ?? error
            }
        }
        let met = named(evaluator.recorder?.obligations ?? [], rule)
        if let error = firstError { return RuleResult(rule: rule, outcome: .error(error), obligations: met) }
        evaluator.recorder = nil
        return decide(rule, outcome: outcome, due: due, truths: truths, obligations: met, evaluator: evaluator)
    }

    /// Obligations with the list element they are about written out (`activity.milestones[2]`).
    private func named(_ obligations: [Obligation], _ rule: Rule) -> [Obligation] {
        guard !obligations.isEmpty else { return [] }
        return obligations.map { obligation in
            var named = obligation
            if let list = obligation.list, let position = obligation.position { named.element = "\(rule.declared.file.text(list))[\(position)]" }
            return named
        }
    }

    /// The result of a rule whose conditions came out `outcome`, explained unless it passed;
    /// built once, with its obligations (a result changed after it is built is copied).
    /// `truths` are those its conditions came out with.
    private func decide(_ rule: Rule, outcome: Truth, due: Value?, truths: RequireTruths, obligations: [Obligation],
                        evaluator: Evaluator) -> RuleResult {
        if outcome == .yes {
            return RuleResult(rule: rule, outcome: .pass, message: metMessage(rule, evaluator: evaluator), obligations: obligations)
        }
        let explanation = explain(rule, outcome: outcome, truths: truths, evaluator: evaluator)
        if outcome == .pending {
            return RuleResult(rule: rule, outcome: .pending(due: due), explanation: explanation, obligations: obligations)
        }
        return RuleResult(rule: rule, outcome: rule.severity == .required ? .fail : .warn,
                          message: message(rule, explanation: explanation, evaluator: evaluator), explanation: explanation,
                          obligations: obligations)
    }

    /// A rule's result for the subject in `data`, explained even when it passes (for `:why`).
    package func traced(_ rule: Rule, data: [Value]) -> RuleResult {
        let rule = shown[rule.rulesetIndex].first { $0.id == rule.id } ?? rule
        let evaluator = makeEvaluator(data)
        let ruleset = program.rulesets[rule.rulesetIndex]
        switch applicability(ruleset.when, file: ruleset.declared.file, evaluator: evaluator) {
        case .success(false): return RuleResult(rule: rule, outcome: .skip(skipReason(ruleset.when, .ruleset, file: ruleset.declared.file, evaluator: evaluator)))
        case .failure(let error): return RuleResult(rule: rule, outcome: .error(error))
        case .success(true): break
        }
        let result = run(rule, evaluator: evaluator)
        guard result.explanation.isEmpty, result.status == .pass else { return result }
        return RuleResult(rule: rule, outcome: result.outcome, message: result.written, explanation: explain(rule, outcome: .yes, evaluator: evaluator))
    }

    /// Evaluates the rule's conditions again with a tracer, keeping those that decided `outcome`.
    /// A condition whose truth (in `truths`, when the rule was checked) shows it would not be
    /// kept is not traced: the same evaluation gives the same truth.
    private func explain(_ rule: Rule, outcome: Truth, truths: RequireTruths = RequireTruths(), evaluator: Evaluator) -> [Explanation] {
        var trees: [Explanation] = []
        let recorder = recorders.take(file: rule.declared.file)
        defer { recorders.give(recorder) }
        for (index, require) in rule.requires.enumerated() {
            if let truth = truths[index], !RuleRunner.explains(truth, outcome: outcome) { continue }
            if let root = evaluator.trace(require, with: recorder),
                outcome == .yes || root.truth == outcome || root.error != nil || outcome == .unknown && root.truth == .no
            {
                trees.append(root)
            }
            if outcome == .no, !trees.isEmpty { break }
        }
        return trees
    }

    /// Whether a condition that came out `truth` is kept to explain a rule that came out `outcome`.
    private static func explains(_ truth: Truth, outcome: Truth) -> Bool {
        outcome == .yes || truth == outcome || outcome == .unknown && truth == .no
    }

    private func message(_ rule: Rule, explanation: [Explanation], evaluator: Evaluator) -> String {
        namingMissingData(written(rule, explanation: explanation, evaluator: evaluator), explanation: explanation)
    }

    /// The words of a pass, when the rule has `message when met "…"`.
    private func metMessage(_ rule: Rule, evaluator: Evaluator) -> String? {
        guard let metCase = rule.messageCases.first(where: { $0.condition == nil }) else { return nil }
        evaluator.steps = 0
        guard case .text(let text)? = try? evaluator.evaluate(metCase.text) else { return nil }
        return text
    }

    private func written(_ rule: Rule, explanation: [Explanation], evaluator: Evaluator) -> String {
        for messageCase in rule.messageCases {
            guard let condition = messageCase.condition else { continue }
            evaluator.steps = 0
            guard let value = try? evaluator.evaluate(condition), (try? evaluator.truth(value, condition)) == .yes,
                case .text(let text)? = try? evaluator.evaluate(messageCase.text)
            else { continue }
            return text
        }
        if let message = rule.message {
            evaluator.steps = 0
            if case .text(let text)? = try? evaluator.evaluate(message) { return text }
        }
        // Worded where it is: `first` would copy the tree out.
        return explanation.isEmpty ? "not met" : explanation[0].summary
    }
}
