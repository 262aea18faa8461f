/// A ranking as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or
/// a line break), one row per proposal — ranked, then ineligible, then left out, then those not
/// scored — for a spreadsheet. The columns are cli.md's (`rank`, `id`, `title`, `score`, one per
/// criterion, `ineligible_because`), then `left_out_because` and `not_scored_because`: a proposal
/// left out (one the ranking does not apply to, such as a PN proposal) and one whose data could
/// not be scored are not ineligible, so their reasons have columns of their own.
package enum CSVRanking {
    package static func csv(_ ranking: Ranking) -> String {
        var rows: [[String]] = [["rank", "id", "title", "score"] + ranking.criteria + ["ineligible_because", "left_out_because", "not_scored_because"]]
        for entry in ranking.ranked {
            rows.append(["\(entry.rank)", entry.id, entry.title ?? "", entry.score.twoPlaces]
                        + ranking.criteria.map { RankingReport.points(entry, $0).twoPlaces } + ["", "", ""])
        }
        let blanks = Array(repeating: "", count: ranking.criteria.count)
        for entry in ranking.ineligible {
            rows.append(["", entry.id, entry.title ?? "", ""] + blanks + [entry.rules.joined(separator: "; "), "", ""])
        }
        for entry in ranking.leftOut {
            rows.append(["", entry.id, entry.title ?? "", ""] + blanks + ["", entry.reason, ""])
        }
        for entry in ranking.unscored {
            rows.append(["", entry.id, entry.title ?? "", ""] + blanks + ["", "", entry.problems.joined(separator: "; ")])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it must be, control characters shown visibly. A field that a spreadsheet would read as a formula
    /// (starting with `=`, `+`, `-` or `@`) is quoted as well, with a leading apostrophe.
    static func field(_ text: String) -> String {
        var value = VisibleControls.keepingLineBreaks(text)
        let formula = value.first.map { "=+-@".contains($0) } == true && Double(value) == nil
        if formula { value = "'" + value }
        let special: Set<Character> = [",", "\"", "\n", "\r", "\r\n"]
        guard formula || value.contains(where: special.contains) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
