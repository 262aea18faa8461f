/// Why a rule is skipped: the part of its (or its ruleset's) `when` that did not hold, and the
/// values that decided it: "applies only when `today > calendar.annual_meeting.end`: `today` is
/// 2021-09-01; `calendar.annual_meeting.end` is 2021-12-10".
extension RuleRunner {
    func skipReason(_ when: Code, file: SourceFile, evaluator: Evaluator) -> String {
        evaluator.tracer = Tracer(file: file)
        evaluator.steps = 0
        _ = try? evaluator.evaluate(when)
        let root = evaluator.tracer?.root
        evaluator.tracer = nil
        guard let root else { return "does not apply" }
        var decisive = root
        while decisive.role == .condition || decisive.role == .and, let failed = decisive.children.first(where: { $0.truth == .no }) {
            decisive = failed
        }
        return "applies only when `\(decisive.source)`: \(decisive.summary)"
    }

    func skipped(_ rule: Rule, reason: String) -> RuleResult {
        RuleResult(rule: rule, status: .skip, pendingNote: nil, message: reason, explanation: [])
    }
}
