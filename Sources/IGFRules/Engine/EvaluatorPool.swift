/// Evaluators of one run kept for the next subject (`KeptObjects`): a check takes one (or makes
/// one), set to the subject's data, and gives it back cleared, so that an evaluator and its
/// arrays are made once per checking thread rather than once per record.
struct EvaluatorPool: Sendable {
    static let maximumKept = KeptObjects<Evaluator>.maximumKept
    private let kept = KeptObjects<Evaluator>()

    /// A kept evaluator set to `data`, if there is one.
    func take(data: [Value]) -> Evaluator? {
        let evaluator = kept.take()
        evaluator?.reset(data: data)
        return evaluator
    }

    /// Keeps `evaluator` for a later subject, holding no data of this one.
    func give(_ evaluator: Evaluator) {
        evaluator.clear()
        kept.keep(evaluator)
    }

    /// How many evaluators are kept (for tests).
    var count: Int { kept.count }
}
