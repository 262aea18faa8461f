import IGFRules

extension CheckCommand {
    /// A ruleset skipped only because data it needs to decide is missing (a calendar without the
    /// annual meeting's end): a warning, once per ruleset and subject, so it is not taken for "not
    /// due yet".
    static func warnAboutSkipsForMissingData(_ results: [SubjectResult], program: Program, console: Console) {
        for subject in results {
            var warned: Set<Int> = []
            for result in subject.results where result.status == .skip {
                guard let reason = result.message, reason.hasSuffix(" is missing"), warned.insert(result.rule.rulesetIndex).inserted else { continue }
                let ruleset = program.rulesets[result.rule.rulesetIndex].id
                let missing = reason.components(separatedBy: ": ").last ?? reason
                console.err("warning: \(subject.subject) \(subject.id): the \(ruleset) rules are skipped because \(missing)\n")
            }
        }
    }
}
