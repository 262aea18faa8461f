/// How values are written out: `plain` inside messages, `literal` in explanations and the REPL
/// (texts quoted, long values shortened).
extension Value {
    /// For a message: texts on one line, lists as `a, b, c`, dates as `YYYY-MM-DD`, date-times
    /// in UTC (so that all times of a report are in one zone), with the local time the data gave
    /// beside them: `2020-11-24T07:50:00Z (15:50 at +08:00)`.
    package var plain: String {
        switch self {
        case .text(let text):
            if Value.readsAsItIs(text) { return text }
            let oneLine = text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
            return Value.withoutControls(oneLine)
        case .list(let items): return items.map(\.plain).joined(separator: ", ")
        case .dateTime(let instant): return instant.inUTC
        default: return literal(limit: 200)
        }
    }

    /// As it could be written in a rule file: `"Amina K."`, `2021-02-23`, `[1, 2]`, `{name: "X"}`.
    /// Texts longer than `limit` characters are cut with `…`, and so are long lists and records.
    package func literal(limit: Int = 60) -> String {
        switch self {
        case .missing: return "missing"
        case .bool(let value): return value ? "yes" : "no"
        case .number(let number): return number.description
        case .text(let text): return Value.quoted(text, limit: limit)
        case .date(let date): return date.description
        // In UTC, as messages show it, so that all times of a report are in one zone (still a
        // literal of the language: the same instant).
        case .dateTime(let dateTime): return dateTime.written(atOffset: 0).description
        case .duration(let duration): return duration.description
        case .pending(let due):
            if let due { return "pending, due \(due.literal())" }
            return "pending"
        case .malformed(let problem): return "malformed (\(problem))"
        case .list(let items):
            var parts: [String] = []
            var length = 2
            for item in items {
                // Checked before the next entry is drawn, so a list nested in itself draws once.
                if length > limit * 2, !parts.isEmpty {
                    parts.append("… \(items.count - parts.count) more")
                    break
                }
                let part = item.literal(limit: min(limit, 40))
                if length + part.count > limit * 2, !parts.isEmpty {
                    parts.append("… \(items.count - parts.count) more")
                    break
                }
                parts.append(part)
                length += part.count + 2
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .record(let record):
            var parts: [String] = []
            var length = 2
            for (key, value) in record.fields {
                if length > limit * 2, !parts.isEmpty {
                    parts.append("…")
                    break
                }
                let part = "\(key): \(value.literal(limit: min(limit, 30)))"
                if length + part.count > limit * 2, !parts.isEmpty {
                    parts.append("…")
                    break
                }
                parts.append(part)
                length += part.count + 2
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }

    /// Whether a text holds no new line and no control (`isControl`), judged from its bytes:
    /// printable ASCII, and no sequence that starts with 0xC2 (U+0080–U+00BF, which hold the C1
    /// controls and U+0085) or 0xE2 (U+2000–U+2FFF, which hold the separators and the
    /// bidirectional controls); every other scalar is neither. False sends a text the long way.
    static func readsAsItIs(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 { return false }
            return true
        } ?? false
    }

    /// Text from data, safe to print on a terminal: control characters other than new lines
    /// and tabs (and the C1 controls and bidirectional overrides a terminal may obey) become �.
    static func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            isControl($0) && $0 != "\n" && $0 != "\t" ? "\u{FFFD}" : $0
        }))
    }

    /// Text from data on one line of a report, with every control character shown visibly
    /// (`\n`, `\t`, `\u{1b}`), so that data can neither start a line of its own (forging a
    /// `PASS` line) nor send escape codes to the terminal.
    package static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls
    /// that can make text read differently from what it holds.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func quoted(_ text: String, limit: Int) -> String {
        var body = ""
        var count = 0
        for character in text {
            if count == limit {
                body += "…"
                break
            }
            if let escaped = TextEscape.escape(character) {
                body += escaped
            } else if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
                body += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                body.append(character)
            }
            count += 1
        }
        return "\"" + body + "\""
    }
}
