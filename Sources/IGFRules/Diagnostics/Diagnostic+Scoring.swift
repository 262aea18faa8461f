/// The wording of the diagnostics about `scoring` declarations.
extension Diagnostic {
    static func scoringWithoutCriterion(_ id: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "scoring-without-criterion", message: "the scoring `\(id)` has no criterion", file: file, range: range,
                   notes: ["add a line such as `criterion relevance weight 2 from proposal.review.scores`"])
    }

    static func weightKind(_ found: some KindFacts, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "weight-kind", message: "a weight must be a number, but this is \(spelledWithArticle(found))", file: file, range: range)
    }

    static func gradesKind(_ found: some KindFacts, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "grades-kind", message: "the grades after `from` must be a list of records, but this is \(spelledWithArticle(found))",
                   file: file, range: range)
    }

    static func unknownGrade(_ field: String, suggestion: String?, known: [String], range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "unknown-field", message: "the grades have no field `\(field)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                   file: file, range: range, notes: ["the fields are " + known.joined(separator: ", ")],
                   fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func unknownRuleset(_ name: String, subject: String, suggestion: String?, candidates: [String], note: String?,
                               range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "unknown-ruleset", message: "no ruleset for \(subject) has the id `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                   file: file, range: range, notes: ["the rulesets for \(subject) are " + candidates.joined(separator: ", ")] + (note.map { [$0] } ?? []),
                   fixes: FixIt.didYouMean(suggestion, at: range))
    }
}
