/// A timeline as text and JSON.
package enum TimelineReport {
    package static func counts(_ timeline: Timeline) -> String {
        let entries = timeline.entries
        let parts = Timeline.Status.allCases.compactMap { status -> String? in
            let count = entries.count { $0.status == status }
            return count == 0 ? nil : "\(count) \(status.rawValue)"
        }
        return "\(entries.count) dated obligation\(entries.count == 1 ? "" : "s")" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    /// "4 days late", "due today", "12 days to go".
    package static func days(_ entry: Timeline.Entry) -> String {
        let d = "\(entry.days) day\(entry.days == 1 ? "" : "s")"
        if let before = entry.beforeWindow { return "\(before) day\(before == 1 ? "" : "s") before the window opened" }
        switch entry.status {
        case .onTime: return entry.days == 0 ? "on the day" : "\(d) early"
        case .late: return "\(d) late"
        case .overdue: return "\(d) overdue"
        case .pending: return entry.days == 0 ? "due today" : "\(d) to go"
        }
    }

    package static func text(_ timeline: Timeline) -> String {
        var out = ""
        text(timeline) { out += $0 }
        return out
    }

    /// Writes the text in pieces, an obligation at a time.
    package static func text(_ timeline: Timeline, into write: (String) -> Void) {
        write("Timeline as of \(timeline.today): " + counts(timeline) + "\n")
        let entries = timeline.sorted
        if entries.isEmpty { return write("The rules imply no dated obligation for this data.\n") }
        let dueWidth = entries.map { plain($0.due).count }.max() ?? 10
        let subjectWidth = entries.map { "\($0.subject) \($0.id)".count }.max() ?? 0
        for entry in entries {
            var out = "\n" + plain(entry.due).padding(toLength: dueWidth, withPad: " ", startingAt: 0) + "  "
                + entry.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  "
                + "\(entry.subject) \(entry.id)".padding(toLength: subjectWidth, withPad: " ", startingAt: 0) + "  " + entry.what + "\n"
            var details = [days(entry)]
            if let from = entry.from { details.append("window from \(plain(from))") }
            details.append(entry.done.map { "done \(plain($0))" } ?? "not done")
            details.append(entry.rule)
            out += String(repeating: " ", count: dueWidth + 12) + details.joined(separator: "; ") + "\n"
            write(out)
        }
    }

    /// Dates as written, date-times in UTC (as `check` writes them).
    static func plain(_ value: Value) -> String { Timeline.written(value) }

    package static func json(_ timeline: Timeline) -> String {
        var out = ""
        json(timeline) { out += $0 }
        return out
    }

    /// Writes the JSON in pieces, an obligation at a time.
    package static func json(_ timeline: Timeline, into write: (String) -> Void) {
        write("{\n  \"today\": \(JSONWriter.string(timeline.today.description)),\n  \"obligations\": ")
        let entries = timeline.sorted
        if entries.isEmpty { return write("[]\n}\n") }
        for (index, entry) in entries.enumerated() {
            var fields: [(String, String)] = [("subject", JSONWriter.string(entry.subject)), ("id", JSONWriter.string(entry.id)),
                                              ("rule", JSONWriter.string(entry.rule)), ("what", JSONWriter.string(entry.what))]
            if let from = entry.from { fields.append(("from", JSONWriter.string(plain(from)))) }
            fields.append(("due", JSONWriter.string(plain(entry.due))))
            if let done = entry.done { fields.append(("done", JSONWriter.string(plain(done)))) }
            fields += [("status", JSONWriter.string(entry.status.rawValue)), ("days", "\(entry.days)")]
            if let before = entry.beforeWindow { fields.append(("before_window", "\(before)")) }
            if let cite = entry.cite { fields.append(("cite", JSONWriter.string(cite))) }
            write((index == 0 ? "[\n    " : ",\n    ") + JSONWriter.object(fields))
        }
        write("\n  ]\n}\n")
    }
}
