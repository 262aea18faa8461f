import Foundation

/// A scoring's ranking as text, JSON and Markdown. Deterministic: the same ranking gives the
/// same bytes.
package enum RankingReport {
    /// The points of one criterion (all the rules of a ruleset criterion together).
    static func points(_ entry: Ranking.Ranked, _ criterion: String) -> Decimal {
        entry.breakdown.filter { $0.group == criterion }.reduce(Decimal(0)) { $0 + $1.exact }.rounded(places: 2)
    }

    /// Said under a ranking table when some row's columns, each rounded on its own, do not add
    /// up to its score (rounded once, from the exact points): 14.00 + 3.67 + 3.67 + 3.00 is 24.34,
    /// for a score of 24.33.
    static func roundingNote(_ ranking: Ranking) -> String? {
        let adds = ranking.ranked.allSatisfy { entry in
            ranking.criteria.reduce(Decimal(0)) { $0 + points(entry, $1) } == entry.score
        }
        return adds ? nil : "Each column is rounded on its own, so a row's columns may not add up to its score, which is rounded once from the exact points."
    }

    static func heading(_ scoring: Scoring, _ ranking: Ranking) -> String {
        var counts = ["\(ranking.ranked.count) ranked", "\(ranking.ineligible.count) ineligible", "\(ranking.leftOut.count) left out"]
        if !ranking.unscored.isEmpty { counts.append("\(ranking.unscored.count) not scored (data errors)") }
        return (scoring.title ?? scoring.id) + " (\(scoring.id)): " + counts.joined(separator: ", ")
    }

    package static func text(_ ranking: Ranking, scoring: Scoring) -> String {
        var out = heading(scoring, ranking) + "\n"
        if ranking.isEmpty { return out + "No proposals were given: the ranking is empty.\n" }
        if !ranking.ranked.isEmpty {
            let idWidth = max(2, ranking.ranked.map(\.id.count).max() ?? 0)
            let widths = ranking.criteria.map { max($0.count, 6) }
            out += "\n rank   score  " + "id".padding(toLength: idWidth, withPad: " ", startingAt: 0)
            for (criterion, width) in zip(ranking.criteria, widths) { out += "  " + leftPad(criterion, width) }
            out += "  title\n"
            for entry in ranking.ranked {
                out += leftPad("\(entry.rank)", 5) + leftPad(entry.score.twoPlaces, 8) + "  " + entry.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                for (criterion, width) in zip(ranking.criteria, widths) { out += "  " + leftPad(points(entry, criterion).twoPlaces, width) }
                out += "  " + (entry.title ?? "") + "\n"
            }
            if let note = roundingNote(ranking) { out += "\n" + note + "\n" }
        }
        if !ranking.ineligible.isEmpty {
            out += "\nIneligible (a required rule is not met):\n"
            for entry in ranking.ineligible { out += "  \(entry.id)  \(entry.rules.joined(separator: ", "))\n" }
        }
        if !ranking.leftOut.isEmpty {
            out += "\nLeft out:\n"
            for entry in ranking.leftOut { out += "  \(entry.id)  \(entry.reason)\n" }
        }
        if !ranking.unscored.isEmpty {
            out += "\nNot scored (data errors):\n"
            for entry in ranking.unscored { out += "  \(entry.id)  \(entry.problems.joined(separator: "; "))\n" }
        }
        for entry in ranking.ranked { out += "\n" + breakdown(entry) }
        return out
    }

    /// One proposal's score, criterion by criterion.
    package static func breakdown(_ entry: Ranking.Ranked) -> String {
        var out = "#\(entry.rank) \(entry.id): \(entry.score.twoPlaces)" + (entry.title.map { "  (\($0))" } ?? "") + "\n"
        let width = entry.breakdown.map(\.criterion.count).max() ?? 0
        for line in entry.breakdown {
            out += "  " + line.criterion.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + leftPad(value(line), 5)
                + " × " + line.weight.plain + " = " + leftPad(line.points.twoPlaces, 5) + (line.from.map { "  \($0)" } ?? "") + "\n"
        }
        return out
    }

    static func value(_ line: Ranking.Line) -> String {
        switch line.value {
        case .number(let number): number.twoPlaces
        case .status(let status): status
        }
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// The shape of `cli.md` ("score --format json"), entry keys in its order.
    package static func json(_ ranking: Ranking) -> String {
        func line(_ line: Ranking.Line) -> String {
            var fields = [("criterion", JSONWriter.string(line.criterion))]
            switch line.value {
            case .number(let number): fields.append(("value", number.plain))
            case .status(let status): fields.append(("value", JSONWriter.string(status)))
            }
            fields += [("weight", line.weight.plain), ("points", line.points.plain)]
            if let from = line.from { fields.append(("from", JSONWriter.string(from))) }
            return JSONWriter.object(fields)
        }
        let ranked = ranking.ranked.map { entry in
            JSONWriter.object([("id", JSONWriter.string(entry.id)), ("rank", "\(entry.rank)"),
                               ("score", entry.score.plain), ("breakdown", "[" + entry.breakdown.map(line).joined(separator: ",") + "]")])
        }
        let ineligible = ranking.ineligible.map { entry in
            JSONWriter.object([("id", JSONWriter.string(entry.id)), ("rules", "[" + entry.rules.map(JSONWriter.string).joined(separator: ",") + "]")])
        }
        let leftOut = ranking.leftOut.map { entry in
            JSONWriter.object([("id", JSONWriter.string(entry.id)), ("reason", JSONWriter.string(entry.reason))])
        }
        let unscored = ranking.unscored.map { entry in
            JSONWriter.object([("id", JSONWriter.string(entry.id)), ("problems", "[" + entry.problems.map(JSONWriter.string).joined(separator: ",") + "]")])
        }
        func array(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        // The shape of cli.md; `unscored` (proposals whose grades are not 0 to 5) only when there are some.
        return "{\n  \"ranked\": \(array(ranked)),\n  \"ineligible\": \(array(ineligible)),\n  \"left_out\": \(array(leftOut))"
            + (unscored.isEmpty ? "" : ",\n  \"unscored\": \(array(unscored))") + "\n}\n"
    }

    package static func markdown(_ ranking: Ranking, scoring: Scoring) -> String {
        var out = "## " + MarkdownReport.cell(heading(scoring, ranking)) + "\n\n"
        if ranking.isEmpty { return out + "No proposals were given: the ranking is empty.\n" }
        if !ranking.ranked.isEmpty {
            out += "| Rank | Score | Proposal | Title | " + ranking.criteria.map(MarkdownReport.code).joined(separator: " | ") + " |\n"
            out += "|---:|---:|---|---|" + String(repeating: "---:|", count: ranking.criteria.count) + "\n"
            for entry in ranking.ranked {
                out += "| \(entry.rank) | \(entry.score.twoPlaces) | \(MarkdownReport.code(entry.id)) | \(MarkdownReport.cell(entry.title ?? "")) | "
                    + ranking.criteria.map { points(entry, $0).twoPlaces }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
            if let note = roundingNote(ranking) { out += "*" + note + "*\n\n" }
        }
        if !ranking.ineligible.isEmpty {
            out += "**Ineligible** (a required rule is not met):\n\n| Proposal | Rules not met |\n|---|---|\n"
            for entry in ranking.ineligible {
                out += "| \(MarkdownReport.code(entry.id)) | " + entry.rules.map(MarkdownReport.code).joined(separator: ", ") + " |\n"
            }
            out += "\n"
        }
        if !ranking.leftOut.isEmpty {
            out += "**Left out:**\n\n"
            for entry in ranking.leftOut { out += "- \(MarkdownReport.code(entry.id)): \(MarkdownReport.cell(entry.reason))\n" }
            out += "\n"
        }
        if !ranking.unscored.isEmpty {
            out += "**Not scored** (data errors):\n\n"
            for entry in ranking.unscored { out += "- \(MarkdownReport.code(entry.id)): \(MarkdownReport.cell(entry.problems.joined(separator: "; ")))\n" }
            out += "\n"
        }
        for entry in ranking.ranked { out += markdownBreakdown(entry) }
        return out
    }

    static func markdownBreakdown(_ entry: Ranking.Ranked) -> String {
        var out = "### \(entry.rank). \(MarkdownReport.code(entry.id)) \(MarkdownReport.cell(entry.title ?? "")) — \(entry.score.twoPlaces)\n\n"
        out += "| Criterion | Value | Weight | Points | From |\n|---|---:|---:|---:|---|\n"
        for line in entry.breakdown {
            out += "| \(MarkdownReport.code(line.criterion)) | \(value(line)) | \(line.weight.plain) | \(line.points.twoPlaces) | \(MarkdownReport.cell(line.from ?? "")) |\n"
        }
        return out + "\n"
    }
}
