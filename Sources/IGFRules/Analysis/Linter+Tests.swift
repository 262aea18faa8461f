/// Rules that the tests do not show both ways: with no test where the rule passes, or none
/// where it does not. Checked only when the files hold tests at all (a rule file linted on its
/// own, without its tests, is not warned about).
extension Linter {
    func untestedRules() -> [Diagnostic] {
        guard !program.tests.isEmpty else { return [] }
        var passing: Set<String> = []
        var notPassing: Set<String> = []
        for test in program.tests {
            for case .expect(_, let rule, let outcome) in test.declaration.clauses {
                if outcome.text == "pass" || outcome.text == "pending" {
                    passing.insert(rule.text)
                } else {
                    notPassing.insert(rule.text)
                }
            }
        }
        return program.rules.compactMap { rule in
            let missing = [passing.contains(rule.id) ? nil : "passes", notPassing.contains(rule.id) ? nil : "does not pass"].compactMap { $0 }
            guard !missing.isEmpty else { return nil }
            return Diagnostic(.warning, code: "untested-rule", message: "no test shows where rule `\(rule.id)` " + missing.joined(separator: " or where it "),
                              file: rule.declared.file, range: rule.declared.range,
                              notes: [Linter.untestedNote(rule, passes: passing.contains(rule.id), notPasses: notPassing.contains(rule.id))])
        }
    }

    /// What to add: a test with `expect … pass`, one with `expect … fail` (or `warn`), or both,
    /// naming only the side no test shows yet.
    static func untestedNote(_ rule: Rule, passes: Bool, notPasses: Bool) -> String {
        let pass = "`expect \(rule.id) pass`"
        let notPass = "`expect \(rule.id) \(rule.severity == .required ? "fail" : "warn")`"
        let wanted = passes ? notPass : notPasses ? pass : "\(pass) and one with \(notPass)"
        return "add a `test` to a .tests.rules file with \(wanted), so that a later change to the rule shows up"
    }
}
