/// A scoring's ranking as one self-contained HTML page: the summary, the ranking table, the
/// proposals not ranked and why, then each proposal's breakdown.
package enum HTMLRanking {
    package static func html(_ ranking: Ranking, scoring: Scoring) -> String {
        let e = HTMLPage.escape
        var body = "<p class=\"summary\">\(e(RankingReport.heading(scoring, ranking)))</p>\n"
        if let source = scoring.source { body += "<p class=\"cite\">\(e(source))</p>\n" }
        if ranking.isEmpty { body += "<p>No proposals were given: the ranking is empty.</p>\n" }
        if !ranking.ranked.isEmpty {
            body += "<h2>Ranking</h2>\n<table>\n<tr><th class=\"num\">Rank</th><th class=\"num\">Score</th><th>Proposal</th><th>Title</th>"
                + ranking.criteria.map { "<th class=\"num\"><code>\(e($0))</code></th>" }.joined() + "</tr>\n"
            for entry in ranking.ranked {
                body += "<tr><td class=\"num\">\(entry.rank)</td><td class=\"num\"><strong>\(entry.score.twoPlaces)</strong></td>"
                    + "<td><a href=\"#\(anchor(entry.id))\"><code>\(e(entry.id))</code></a></td><td>\(e(entry.title ?? ""))</td>"
                    + ranking.criteria.map { "<td class=\"num\">\(RankingReport.points(entry, $0).twoPlaces)</td>" }.joined() + "</tr>\n"
            }
            body += "</table>\n"
            if let note = RankingReport.roundingNote(ranking) { body += "<p>\(e(note))</p>\n" }
        }
        if !ranking.ineligible.isEmpty {
            body += "<h2>Ineligible</h2>\n<p>A required rule is not met.</p>\n<table>\n<tr><th>Proposal</th><th>Title</th><th>Rules not met</th></tr>\n"
            for entry in ranking.ineligible {
                let reasons = zip(entry.rules, entry.reasons).map { "<code>\(e($0))</code>: \(HTMLPage.inline($1))" }.joined(separator: "<br/>")
                body += "<tr><td><code>\(e(entry.id))</code></td><td>\(e(entry.title ?? ""))</td><td>\(reasons)</td></tr>\n"
            }
            body += "</table>\n"
        }
        if !ranking.leftOut.isEmpty {
            body += "<h2>Left out</h2>\n<ul>\n" + ranking.leftOut.map { "<li><code>\(e($0.id))</code>: \(HTMLPage.inline($0.reason))</li>\n" }.joined() + "</ul>\n"
        }
        if !ranking.unscored.isEmpty {
            body += "<h2>Not scored (data errors)</h2>\n<ul>\n"
                + ranking.unscored.map { "<li><code>\(e($0.id))</code>: \(HTMLPage.inline($0.problems.joined(separator: "; ")))</li>\n" }.joined() + "</ul>\n"
        }
        if !ranking.ranked.isEmpty { body += "<h2>Breakdowns</h2>\n" + ranking.ranked.map(breakdown).joined() }
        return HTMLPage.page(title: scoring.title ?? scoring.id, body: body)
    }

    static func breakdown(_ entry: Ranking.Ranked) -> String {
        let e = HTMLPage.escape
        var out = "<section class=\"subject\" id=\"\(anchor(entry.id))\">\n<h3>\(entry.rank). <code>\(e(entry.id))</code> \(e(entry.title ?? "")) — \(entry.score.twoPlaces)</h3>\n"
        out += "<table>\n<tr><th>Criterion</th><th class=\"num\">Value</th><th class=\"num\">Weight</th><th class=\"num\">Points</th><th>From</th></tr>\n"
        for line in entry.breakdown {
            let value: String
            switch line.value {
            case .number(let number): value = number.twoPlaces
            case .status(let status): value = HTMLPage.badge(status)
            }
            out += "<tr><td><code>\(e(line.criterion))</code></td><td class=\"num\">\(value)</td><td class=\"num\">\(line.weight.plain)</td>"
                + "<td class=\"num\">\(line.points.twoPlaces)</td><td>\(e(line.from ?? ""))</td></tr>\n"
        }
        return out + "</table>\n</section>\n"
    }

    /// An id usable as an HTML anchor.
    static func anchor(_ id: String) -> String {
        "p-" + String(id.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
    }
}
