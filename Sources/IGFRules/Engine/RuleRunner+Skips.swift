/// Why a rule is skipped: the part of its (or its ruleset's) `when` that did not hold, with the
/// values that decided it, as data (the renderers word it: "applies only when `today > …`: …").
extension RuleRunner {
    func skipReason(_ when: Code?, _ scope: SkipReason.Scope, file: SourceFile, evaluator: Evaluator) -> SkipReason {
        guard let when else { return .when(scope, decisive: nil) }
        guard var decisive = evaluator.trace(when, file: file) else { return .when(scope, decisive: nil) }
        while decisive.role == .condition || decisive.role == .and, let failed = decisive.children.first(where: { $0.truth == .no }) {
            decisive = failed
        }
        return .when(scope, decisive: decisive)
    }
}
