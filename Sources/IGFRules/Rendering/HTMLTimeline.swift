/// A timeline as one self-contained HTML page: the counts, an inline SVG (a row per subject, a
/// mark per due date coloured by status, today as a line), then the table of obligations.
package enum HTMLTimeline {
    package static func html(_ timeline: Timeline) -> String {
        var out = ""
        html(timeline) { out += $0 }
        return out
    }

    /// Writes the page in pieces: the drawing, then the table a row at a time.
    package static func html(_ timeline: Timeline, into write: (String) -> Void) {
        let e = HTMLPage.escape
        let (head, tail) = HTMLPage.parts(title: "Timeline")
        write(head + "<p class=\"summary\">As of <strong>\(timeline.today)</strong>: \(e(TimelineReport.counts(timeline)))</p>\n")
        let entries = timeline.sorted
        guard !entries.isEmpty else { return write("<p>The rules imply no dated obligation for this data.</p>\n" + tail) }
        write(svg(timeline, entries) + "\n<h2>Obligations</h2>\n<table>\n"
              + "<tr><th>Due</th><th>Status</th><th>Subject</th><th>What</th><th>Done</th><th>Rule</th></tr>\n")
        for entry in entries {
            let due = (entry.from.map { TimelineReport.plain($0) + " to " } ?? "") + TimelineReport.plain(entry.due)
            write("<tr><td class=\"date\">\(e(due))</td><td>\(HTMLPage.badge(badge(entry))) \(e(TimelineReport.days(entry)))</td>"
                  + "<td>\(e(entry.subject)) <code>\(e(entry.id))</code></td><td>\(HTMLPage.inline(entry.what))</td>"
                  + "<td class=\"date\">\(e(entry.done.map(TimelineReport.plain) ?? "not done"))</td>"
                  + "<td><code>\(e(entry.rule))</code>" + (entry.cite.map { "<br/><span class=\"cite\">\(e($0))</span>" } ?? "") + "</td></tr>\n")
        }
        write("</table>\n" + tail)
    }

    /// The status badge of an entry: its status, or `before-window` in that colour for something
    /// done before its window opened, which must not read as a green "on-time".
    static func badge(_ entry: Timeline.Entry) -> String { entry.beforeWindow == nil ? entry.status.rawValue : "before-window" }

    static let colours: [Timeline.Status: String] = [.onTime: "#2e7d32", .late: "#ef6c00", .overdue: "#c62828", .pending: "#1565c0"]
    /// Done before its window opened: on-time by cli.md's definition, but not what the rule asks.
    static let beforeWindowColour = "#8d6e63"

    /// The drawing: days map to x, subjects to rows.
    static func svg(_ timeline: Timeline, _ entries: [Timeline.Entry]) -> String {
        let e = HTMLPage.escape
        var rows: [String] = []
        for entry in entries where !rows.contains("\(entry.subject) \(entry.id)") { rows.append("\(entry.subject) \(entry.id)") }
        var days = [timeline.today.daysSinceEpoch]
        for entry in entries {
            for value in [entry.from, entry.due, entry.done] { if let date = value.flatMap(Timeline.utcDate) { days.append(date.daysSinceEpoch) } }
        }
        let first = (days.min() ?? 0) - 7, last = (days.max() ?? 0) + 7
        let (left, width, rowHeight, top) = (300.0, 1000.0, 26.0, 48.0)
        let height = top + Double(rows.count) * rowHeight + 20
        func x(_ day: Int) -> Double { left + (width - left - 10) * Double(day - first) / Double(max(1, last - first)) }
        func n(_ value: Double) -> String { String(Int(value.rounded())) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"Timeline of \(entries.count) obligations\">\n"
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            out += "<rect x=\"0\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(rowHeight))\" fill=\"\(index % 2 == 0 ? "#f7f7f7" : "#ffffff")\"/>\n"
            out += "<text x=\"6\" y=\"\(n(y + 17))\">\(e(row.count > 44 ? String(row.prefix(43)) + "…" : row))</text>\n"
        }
        for (day, label) in ticks(from: first, to: last) where x(day) < width - 60 {
            out += "<line x1=\"\(n(x(day)))\" y1=\"\(n(top - 6))\" x2=\"\(n(x(day)))\" y2=\"\(n(height - 20))\" stroke=\"#ddd\"/>\n"
            out += "<text x=\"\(n(x(day) + 2))\" y=\"\(n(top - 10))\" fill=\"#555\">\(label)</text>\n"
        }
        for entry in entries {
            guard let due = Timeline.utcDate(entry.due), let row = rows.firstIndex(of: "\(entry.subject) \(entry.id)") else { continue }
            let y = top + Double(row) * rowHeight + rowHeight / 2
            let colour = entry.beforeWindow == nil ? colours[entry.status] ?? "#000" : beforeWindowColour
            if let from = entry.from.flatMap(Timeline.utcDate) {
                out += "<rect x=\"\(n(x(from.daysSinceEpoch)))\" y=\"\(n(y - 4))\" width=\"\(n(max(2, x(due.daysSinceEpoch) - x(from.daysSinceEpoch))))\" height=\"8\" fill=\"\(colour)\" opacity=\"0.35\"/>\n"
            }
            if let done = entry.done.flatMap(Timeline.utcDate) {
                out += "<line x1=\"\(n(x(due.daysSinceEpoch)))\" y1=\"\(n(y))\" x2=\"\(n(x(done.daysSinceEpoch)))\" y2=\"\(n(y))\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            }
            out += "<circle cx=\"\(n(x(due.daysSinceEpoch)))\" cy=\"\(n(y))\" r=\"6\" fill=\"\(colour)\"><title>\(e("\(entry.what): due \(TimelineReport.plain(entry.due)), \(entry.status.rawValue), \(TimelineReport.days(entry))"))</title></circle>\n"
        }
        let now = x(timeline.today.daysSinceEpoch)
        out += "<line x1=\"\(n(now))\" y1=\"\(n(top - 6))\" x2=\"\(n(now))\" y2=\"\(n(height - 14))\" stroke=\"#c62828\" stroke-width=\"2\" stroke-dasharray=\"5,3\"/>\n"
        out += "<text x=\"\(n(now + 3))\" y=\"\(n(height - 4))\" fill=\"#c62828\">today \(timeline.today)</text>\n"
        out += legend(y: 12, width: width)
        return out + "</svg>"
    }

    /// The ticks of the time axis, at most about three dozen whatever the span: the first of each
    /// month, quarter, year, decade, century or millennium, whichever step is the finest that fits.
    static func ticks(from first: Int, to last: Int) -> [(day: Int, label: String)] {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func month(_ day: Int) -> Int {
            let (y, m, _) = CivilDate(daysSinceEpoch: day).components
            return y * 12 + m - 1
        }
        let (low, high) = (month(first), month(last))
        let step = [1, 3, 12, 120, 1200, 12000].first { (high - low) / $0 <= 36 } ?? 12000
        var ticks: [(day: Int, label: String)] = []
        var index = (low + step - 1) / step * step
        while index <= high {
            defer { index += step }
            guard let date = CivilDate(year: index / 12, month: index % 12 + 1, day: 1), (first...last).contains(date.daysSinceEpoch) else { continue }
            let year = String(index / 12)
            let label = step >= 12 ? year : names[index % 12] + (index % 12 == 0 || ticks.isEmpty ? " \(year)" : "")
            ticks.append((date.daysSinceEpoch, label))
        }
        return ticks
    }

    static func legend(y: Double, width: Double) -> String {
        var out = ""
        var x = width - 440
        for (colour, name) in Timeline.Status.allCases.map({ (colours[$0] ?? "#000", $0.rawValue) }) + [(beforeWindowColour, "before window")] {
            out += "<circle cx=\"\(Int(x))\" cy=\"\(Int(y - 4))\" r=\"5\" fill=\"\(colour)\"/><text x=\"\(Int(x + 8))\" y=\"\(Int(y))\">\(name)</text>\n"
            x += 84
        }
        return out
    }
}
