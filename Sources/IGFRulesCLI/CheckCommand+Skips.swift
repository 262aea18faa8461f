import IGFRules

extension CheckCommand {
    /// A ruleset skipped only because data it needs to decide is missing (a calendar without the
    /// annual meeting's end): a warning, once per ruleset and subject, so it is not taken for "not
    /// due yet". The missing data is found in the skip's trace (a data path whose value is missing),
    /// not in the words of its reason.
    static func warnAboutSkipsForMissingData(_ results: [SubjectResult], program: Program, console: Console) {
        for subject in results {
            var warned: Set<Int> = []
            for result in subject.results {
                guard case .skip(.when(_, let decisive?)) = result.outcome, let path = missingDataPath(in: decisive),
                    warned.insert(result.rule.rulesetIndex).inserted
                else { continue }
                let ruleset = program.rulesets[result.rule.rulesetIndex].id
                console.err("warning: \(subject.subject) \(subject.id): the \(ruleset) rules are skipped because `\(path)` is missing\n")
            }
        }
    }

    /// The first data path in a trace whose value is missing, depth first.
    private static func missingDataPath(in node: Explanation) -> String? {
        if node.role == .value, node.value?.isMissing == true { return node.source }
        return node.children.lazy.compactMap { missingDataPath(in: $0) }.first
    }
}
