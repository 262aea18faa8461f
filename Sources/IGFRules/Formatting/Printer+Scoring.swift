/// The canonical layout of a `scoring` declaration: the header, then one clause per line.
extension Printer {
    func scoringHeader(_ scoring: ScoringDeclaration) -> String {
        var header = "scoring \(scoring.id.text)"
        if let title = scoring.title { header += " " + Printer.quoted(title.text) }
        return header + " for \(scoring.subject.text)"
    }

    func scoringClauses(_ scoring: ScoringDeclaration) -> [(Range<Int>, [String])] {
        var clauses: [(Range<Int>, [String])] = []
        if let source = scoring.source { clauses.append((source.range, wrapped("source ", source.text, indent: 2))) }
        for name in scoring.eligible { clauses.append((name.range, ["eligible " + name.text])) }
        for criterion in scoring.criteria {
            var line = "criterion \(criterion.name.text)"
            if let title = criterion.title { line += " " + Printer.quoted(title.text) }
            line += " weight " + printed(criterion.weight)
            if let grades = criterion.grades { line += " from " + printed(grades) }
            clauses.append((criterion.range, [line]))
        }
        return clauses
    }
}
