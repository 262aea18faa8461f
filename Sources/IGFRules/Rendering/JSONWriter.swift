/// Writes JSON text by hand, so that key order is fixed and output is byte-for-byte stable.
public enum JSONWriter {
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A value as JSON: dates and durations as texts, missing as `null`.
    public static func value(_ value: Value) -> String {
        switch value {
        case .missing: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            if case .real(let real) = number, !real.isFinite { return "null" }
            return number.description
        case .text(let text): return string(text)
        case .date(let date): return string(date.description)
        case .dateTime(let instant): return string(instant.description)
        case .duration(let duration): return string(duration.description)
        case .list(let items): return "[" + items.map(JSONWriter.value).joined(separator: ",") + "]"
        case .record(let record):
            return "{" + record.fields.map { string($0.0) + ":" + JSONWriter.value($0.1) }.joined(separator: ",") + "}"
        case .pending(let due): return "{\"pending\":" + (due.map(JSONWriter.value) ?? "null") + "}"
        case .malformed(let problem): return problem.original ?? "{\"malformed\":" + string(problem.description) + "}"
        }
    }

    /// An object from ordered key/JSON-text pairs.
    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    public static func optional(_ text: String?) -> String {
        text.map(string) ?? "null"
    }
}
