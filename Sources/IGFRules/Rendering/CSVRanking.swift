/// A ranking as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or
/// a line break), one row per proposal — ranked, then ineligible, then left out — for a spreadsheet.
package enum CSVRanking {
    package static func csv(_ ranking: Ranking) -> String {
        var rows: [[String]] = [["rank", "id", "title", "score"] + ranking.criteria + ["ineligible_because"]]
        for entry in ranking.ranked {
            rows.append(["\(entry.rank)", entry.id, entry.title ?? "", entry.score.twoPlaces]
                        + ranking.criteria.map { RankingReport.points(entry, $0).twoPlaces } + [""])
        }
        let blanks = Array(repeating: "", count: ranking.criteria.count)
        for entry in ranking.ineligible {
            rows.append(["", entry.id, entry.title ?? "", ""] + blanks + [entry.rules.joined(separator: "; ")])
        }
        for entry in ranking.leftOut {
            rows.append(["", entry.id, entry.title ?? "", ""] + blanks + ["left out: " + entry.reason])
        }
        for entry in ranking.unscored {
            rows.append(["", entry.id, entry.title ?? "", ""] + blanks + ["not scored: " + entry.problems.joined(separator: "; ")])
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it must be. A field that a spreadsheet would read as a formula
    /// (starting with `=`, `+`, `-` or `@`) is quoted as well, with a leading apostrophe.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) || value != text else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
