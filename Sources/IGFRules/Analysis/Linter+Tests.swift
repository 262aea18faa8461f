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
                              notes: ["add a `test` to a .tests.rules file with `expect \(rule.id) pass` and one with `expect \(rule.id) \(rule.severity == .required ? "fail" : "warn")`, so that a later change to the rule shows up"])
        }
    }
}
