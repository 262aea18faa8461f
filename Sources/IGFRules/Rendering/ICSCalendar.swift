/// A timeline as an iCalendar file (RFC 5545): one event per obligation, all-day events for
/// dates, CRLF line ends, lines folded at 75 octets, TEXT values escaped, UIDs that stay the same
/// from run to run, and DTSTAMP from today.
package enum ICSCalendar {
    package static func ics(_ timeline: Timeline) -> String {
        var out = ""
        ics(timeline) { out += $0 }
        return out
    }

    /// Writes the calendar in pieces, an event at a time, so that a calendar of a whole archive
    /// is never held in memory at once.
    package static func ics(_ timeline: Timeline, into write: (String) -> Void) {
        func emit(_ lines: [String]) { write(lines.map { fold($0) + "\r\n" }.joined()) }
        emit(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//igfrules//timeline//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
              "X-WR-CALNAME:" + text("IGF obligations as of \(timeline.today)")])
        let stamp = compact(timeline.today) + "T000000Z"
        // Two subjects with the same id (a repeated record) still get distinct UIDs, in input order.
        var seen: [String: Int] = [:]
        for entry in timeline.sorted {
            let key = entry.key
            let count = seen[key, default: 0] + 1
            seen[key] = count
            var lines = ["BEGIN:VEVENT", "UID:" + uid(key: key, occurrence: count), "DTSTAMP:" + stamp]
            lines += dates(entry)
            lines.append("SUMMARY:" + text("\(entry.what) (\(entry.subject) \(entry.id))"))
            var description = "Status as of \(timeline.today): \(entry.status.rawValue), \(TimelineReport.days(entry))."
            description += entry.done.map { " Done \(TimelineReport.plain($0))." } ?? " Not done."
            description += "\nRule: \(entry.rule)"
            if let element = entry.element { description += " (\(element))" }
            if let cite = entry.cite { description += "\nCites: \(cite)" }
            lines += ["DESCRIPTION:" + text(description), "CATEGORIES:" + text(entry.status.rawValue) + (entry.beforeWindow == nil ? "" : ",before-window"), "TRANSP:TRANSPARENT", "END:VEVENT"]
            emit(lines)
        }
        emit(["END:VCALENDAR"])
    }

    /// All-day events run from the window's first day (or the due day) to the day after the due day.
    static func dates(_ entry: Timeline.Entry) -> [String] {
        switch entry.due {
        case .date(let due):
            var start = due
            if case .date(let from)? = entry.from, from <= due { start = from }
            return ["DTSTART;VALUE=DATE:" + compact(start), "DTEND;VALUE=DATE:" + compact(due.adding(days: 1))]
        case .dateTime(let instant):
            return ["DTSTART:" + utc(instant)]
        default:
            return []
        }
    }

    static func compact(_ date: CivilDate) -> String {
        let (y, m, d) = date.components
        return pad(y, 4) + pad(m, 2) + pad(d, 2)
    }

    static func utc(_ instant: DateTime) -> String {
        let date = instant.utcDate
        let seconds = (instant.millisecondsSinceEpoch - date.daysSinceEpoch * 86_400_000) / 1000
        return compact(date) + "T" + pad(seconds / 3600, 2) + pad(seconds / 60 % 60, 2) + pad(seconds % 60, 2) + "Z"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A UID from the obligation's key: percent-encoded, so that two keys never share one.
    static func uid(key: String, occurrence: Int = 1) -> String {
        var out = ""
        for byte in key.utf8 {
            let scalar = Unicode.Scalar(byte)
            if ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || "-._/".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out + (occurrence > 1 ? "/\(occurrence)" : "") + "@igfrules"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Folds a content line so that no line is longer than 75 octets, never inside a character.
    static func fold(_ line: String) -> String {
        if line.utf8.count <= 75 { return line }
        var out = ""
        var length = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if length + size > 75 {
                out += "\r\n "
                length = 1
            }
            out.unicodeScalars.append(scalar)
            length += size
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
