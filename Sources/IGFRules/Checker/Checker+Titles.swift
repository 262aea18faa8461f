/// Titles that show values: `rule facilitators "At least {min_facilitators} facilitators are named"`.
/// A title is the same for every subject, so it may show only constants: parameters, and
/// definitions that need no data.
extension Checker {
    /// The program with every title template checked and shown with the parameters' defaults.
    mutating func withTitles(_ program: Program) -> Program {
        guard program.rules.contains(where: { $0.titleTemplate != nil }) else { return program }
        return Program(files: program.files, dataNames: program.dataNames, parameters: program.parameters,
                       definitions: program.definitions, rulesets: titled(program.rulesets, in: program), tests: program.tests,
                       clauses: program.clauses, scorings: program.scorings)
    }

    /// The rulesets with every title template checked and shown with the parameters' defaults.
    mutating func titled(_ rulesets: [Ruleset], in program: Program) -> [Ruleset] {
        rulesets.map { ruleset in
            let rules = ruleset.rules.map { rule -> Rule in
                guard let template = rule.titleTemplate else { return rule }
                let reads = Dependencies(of: [template], in: program)
                if let field = reads.fields.sorted().first {
                    report(.titleReadsData(field, range: template.range, file: rule.declared.file))
                    return rule
                }
                if reads.readsToday {
                    report(.titleReadsData("today", range: template.range, file: rule.declared.file))
                    return rule
                }
                return rule.titled(constants.title(template, program: program, parameters: nil))
            }
            return Ruleset(id: ruleset.id, title: ruleset.title, subject: ruleset.subject, subjectSlot: ruleset.subjectSlot,
                           source: ruleset.source, when: ruleset.when, rules: rules, declared: ruleset.declared)
        }
    }
}
