/// Checking `scoring` declarations against the rulesets and the schema.
extension Checker {
    mutating func resolveScorings(_ declarations: [(ScoringDeclaration, SourceFile)], rulesets: [Ruleset]) -> [Scoring] {
        var scorings: [Scoring] = []
        for (declaration, file) in declarations {
            if scorings.contains(where: { $0.id == declaration.id.text }) || rulesets.contains(where: { $0.id == declaration.id.text }) {
                report(Diagnostic(.error, code: "duplicate", message: "`\(declaration.id.text)` is already the id of a ruleset or a scoring",
                                  file: file, range: declaration.id.range))
                continue
            }
            guard let slot = dataSlots[declaration.subject.text] else {
                report(Diagnostic(.error, code: "unknown-subject", message: "`\(declaration.subject.text)` is not a data name",
                                  file: file, range: declaration.subject.range,
                                  notes: ["the data names are " + dataNames.map(\.name).joined(separator: ", ")]))
                continue
            }
            var eligible: [Int] = []
            for name in declaration.eligible {
                if let index = rulesets.firstIndex(where: { $0.id == name.text && $0.subject == declaration.subject.text }) {
                    eligible.append(index)
                } else {
                    reportUnknownRuleset(name, subject: declaration.subject.text, rulesets: rulesets, file: file)
                }
            }
            var criteria: [Criterion] = []
            for clause in declaration.criteria {
                if criteria.contains(where: { $0.name == clause.name.text }) {
                    report(Diagnostic(.error, code: "duplicate", message: "the criterion `\(clause.name.text)` is given twice",
                                      file: file, range: clause.name.range))
                    continue
                }
                if let criterion = resolveCriterion(clause, subject: declaration.subject.text, rulesets: rulesets, file: file) {
                    criteria.append(criterion)
                }
            }
            if criteria.isEmpty {
                report(.scoringWithoutCriterion(declaration.id.text, range: declaration.id.range, file: file))
            }
            scorings.append(Scoring(id: declaration.id.text, title: declaration.title?.text, subject: declaration.subject.text,
                                    subjectSlot: slot, source: declaration.source?.text, eligible: eligible, criteria: criteria,
                                    declared: Declared(file: file, range: declaration.id.range)))
        }
        return scorings
    }

    private mutating func resolveCriterion(_ clause: CriterionClause, subject: String, rulesets: [Ruleset], file: SourceFile) -> Criterion? {
        var context = ExpressionContext(file: file)
        let weight = compile(clause.weight, &context)
        if !context.failed, !weight.type.fits(.number) {
            report(.weightKind(weight.type, range: clause.weight.range, file: file))
        }
        let declared = Declared(file: file, range: clause.name.range)
        if let gradesExpression = clause.grades {
            var gradesContext = ExpressionContext(file: file)
            let grades = compile(gradesExpression, &gradesContext)
            if !gradesContext.failed {
                switch grades.type {
                case .unknown: break
                case .list(.record(let record)) where record.type(of: clause.name.text) == nil:
                    let suggestion = Suggestions.closest(to: clause.name.text, among: record.fieldNames)
                    report(.unknownGrade(clause.name.text, suggestion: suggestion, known: record.fieldNames, range: clause.name.range, file: file))
                case .list: break
                default:
                    report(.gradesKind(grades.type, range: gradesExpression.range, file: file))
                }
            }
            return Criterion(name: clause.name.text, title: clause.title?.text, weight: weight, source: .grades(grades), declared: declared)
        }
        let id = clause.name.text
        if let ruleset = rulesets.first(where: { $0.id == id }) {
            return Criterion(name: id, title: clause.title?.text, weight: weight, source: .rules(ruleset.rules.map(\.id)), declared: declared)
        }
        if let rule = rulesets.lazy.flatMap(\.rules).first(where: { $0.id == id }) {
            return Criterion(name: id, title: clause.title?.text, weight: weight, source: .rules([rule.id]), declared: declared)
        }
        reportUnknownRuleset(clause.name, subject: subject, rulesets: rulesets, file: file,
                             note: "a criterion without `from` counts the rules of a ruleset; with `from LIST` it is the mean of a grade")
        return nil
    }

    private mutating func reportUnknownRuleset(_ name: Name, subject: String, rulesets: [Ruleset], file: SourceFile, note: String? = nil) {
        let candidates = rulesets.filter { $0.subject == subject }.map(\.id)
        let suggestion = Suggestions.closest(to: name.text, among: candidates + rulesets.flatMap { $0.rules.map(\.id) })
        report(.unknownRuleset(name.text, subject: subject, suggestion: suggestion, candidates: candidates, note: note, range: name.range, file: file))
    }
}
