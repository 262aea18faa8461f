/// Reads JSON values as the kinds the schema declares: texts in date fields become dates, and a
/// value of the wrong kind becomes `.malformed` with its full path
/// (`proposal.facilitators[2].mag_member: expected yes/no, found text "yes"`). Values of fields
/// the schema does not describe keep their JSON kind, except that texts shaped like dates
/// (`2021-02-23`) or date-times (`2020-11-10T14:30:00Z`) are read as such.
package enum Conformance {
    enum Step {
        case key(String)
        case index(Int)
    }

    /// Conforms `value` to `type`; `name` starts the path used in messages.
    package static func conform(_ value: Value, to type: DataType, name: String) -> Value {
        var path: [Step] = [.key(name)]
        return conform(value, to: type, path: &path) ?? value
    }

    /// `items` with `body` applied to each, copied only once an item changes (nil: none did).
    private static func changed(_ items: [Value], path: inout [Step], step: (Int) -> Step,
                                _ body: (Value, Int, inout [Step]) -> Value?) -> [Value]? {
        var result: [Value]?
        for (index, item) in items.enumerated() {
            path.append(step(index))
            let new = body(item, index, &path)
            path.removeLast()
            if let new {
                if result == nil { result = items }
                result![index] = new
            }
        }
        return result
    }

    static func pathText(_ path: [Step]) -> String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index + 1)]"
            }
        }
        return text
    }

    /// The value read as `type`, or nil when it is already (so that unchanged data is not copied).
    private static func conform(_ value: Value, to type: DataType, path: inout [Step]) -> Value? {
        func wrong(_ expected: String) -> Value {
            .malformed(DataProblem(path: pathText(path), message: "expected \(expected), found \(value.kindName) \(value.literal())",
                                   original: JSONWriter.value(value)))
        }
        switch (type, value) {
        case (_, .missing):
            return nil
        case (_, .malformed(let problem)):
            return problem.path.isEmpty ? .malformed(DataProblem(path: pathText(path), message: problem.message, original: problem.original)) : nil
        case (.unknown, _):
            return infer(value, path: &path)
        case (.text, .text), (.number, .number), (.bool, .bool), (.date, .date), (.dateTime, .dateTime), (.duration, .duration):
            return nil
        case (.date, .text(let text)):
            return date(text, path: path)
        case (.dateTime, .text(let text)):
            return dateTime(text, path: path)
        case (.duration, .text(let text)):
            return duration(text) ?? wrong("a duration such as \"14 days\"")
        case (.list(let element), .list(let items)):
            return changed(items, path: &path, step: { .index($0) }) { item, _, path in conform(item, to: element, path: &path) }.map { .list($0) }
        case (.record(let shape), .record(let record)):
            let keys = record.keys
            return changed(record.values, path: &path, step: { .key(keys[$0]) }) { field, index, path in
                conform(field, to: shape.type(of: keys[index]) ?? .unknown, path: &path)
            }.map { .record(Record(uniqueKeys: keys, values: $0)) }
        case (.date, _): return wrong("a date (YYYY-MM-DD)")
        case (.dateTime, _): return wrong("a date-time with a zone")
        case (.list, _): return wrong("a list")
        case (.record, _): return wrong("a record")
        case (.bool, _): return wrong("yes/no")
        case (.text, _): return wrong("text")
        default: return wrong(type.kindWithArticle)
        }
    }

    /// Dates and date-times read from texts shaped like them; nil when nothing changes.
    private static func infer(_ value: Value, path: inout [Step]) -> Value? {
        switch value {
        case .text(let text):
            guard text.utf8.count >= 10 else { return nil }
            let bytes = Array(text.utf8)
            guard CivilDate.fields(bytes, 0) != nil else { return nil }
            if bytes.count == 10 { return date(text, path: path) }
            if bytes[10] == UInt8(ascii: "T") { return dateTime(text, path: path) }
            return nil
        case .list(let items):
            return changed(items, path: &path, step: { .index($0) }) { item, _, path in infer(item, path: &path) }.map { .list($0) }
        case .record(let record):
            let keys = record.keys
            return changed(record.values, path: &path, step: { .key(keys[$0]) }) { field, _, path in infer(field, path: &path) }
                .map { .record(Record(uniqueKeys: keys, values: $0)) }
        case .malformed(let problem) where problem.path.isEmpty:
            return .malformed(DataProblem(path: pathText(path), message: problem.message, original: problem.original))
        default:
            return nil
        }
    }

    static func date(_ text: String, path: [Step]) -> Value {
        let original = JSONWriter.string(text)
        let bytes = Array(text.utf8)
        if bytes.count == 10, let (year, month, day) = CivilDate.fields(bytes, 0) {
            if let date = CivilDate(year: year, month: month, day: day) { return .date(date) }
            return .malformed(DataProblem(path: pathText(path),
                                          message: "\"\(text)\" is not a date: \(Diagnostic.dateProblem(year: year, month: month, day: day))",
                                          original: original))
        }
        if case .success = DateTime.parse(bytes: bytes) {
            return .malformed(DataProblem(path: pathText(path), message: "expected a date (YYYY-MM-DD), found the date-time \"\(text)\"",
                                          original: original))
        }
        return .malformed(DataProblem(path: pathText(path), message: "expected a date (YYYY-MM-DD), found text \(Value.quoted(text, limit: 40))",
                                      original: original))
    }

    static func dateTime(_ text: String, path: [Step]) -> Value {
        switch DateTime.parse(text) {
        case .success(let instant):
            return .dateTime(instant)
        case .failure(let problem):
            let message: String
            switch problem {
            case .missingZone: message = "\"\(text)\" has no time zone: add Z for UTC or an offset such as +01:00"
            case .invalidDate: message = "\"\(text)\" is not a date-time: its date does not exist"
            case .invalidTime: message = "\"\(text)\" is not a date-time: its time of day is not valid"
            case .invalidZone: message = "\"\(text)\" is not a date-time: its zone offset must be from -18:00 to +18:00"
            case .notADateTime:
                message = CivilDate(parsing: text) != nil
                    ? "expected a date-time with a zone, found the date \"\(text)\""
                    : "expected a date-time with a zone (2020-11-10T14:30:00Z), found text \(Value.quoted(text, limit: 40))"
            }
            return .malformed(DataProblem(path: pathText(path), message: message, original: JSONWriter.string(text)))
        }
    }

    /// `"14 days"`, `"12 hours"`: a whole number and a unit.
    static func duration(_ text: String) -> Value? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let count = Int(parts[0]), let unit = Duration.units[String(parts[1])],
            let duration = unit.scaled(by: count)
        else { return nil }
        return .duration(duration)
    }
}
