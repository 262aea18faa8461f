/// Reads JSON values as the kinds the schema declares: texts in date fields become dates, and a
/// value of the wrong kind becomes `.malformed` with its full path
/// (`proposal.facilitators[2].mag_member: expected yes/no, found text "yes"`). Values of fields
/// the schema does not describe keep their JSON kind, except that texts shaped like dates
/// (`2021-02-23`) or date-times (`2020-11-10T14:30:00Z`) are read as such.
///
/// One walk reads the value and, when asked, finds what is wrong with it (`DataValidation`):
/// the path is kept as steps and written out only for a problem, and a record or list is copied
/// only once one of its entries changes.
package struct Conformance {
    /// One step of a path into data: a record's field, or a list's element (from 0).
    package enum Step: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    /// What a walk looks for besides reading the value: the findings of `DataValidation`, and
    /// past events dated after `today` (when given).
    struct Checks {
        let strict: Bool
        let today: CivilDate?
    }

    private var path: [Step]
    private let checks: Checks?
    private var findings: [DataValidation.Finding] = []
    private var futureDates: [DataValidation.Finding] = []

    private init(name: String, checks: Checks?) {
        path = [.key(name)]
        self.checks = checks
    }

    /// Conforms `value` to `type`; `name` starts the path used in messages.
    package static func conform(_ value: Value, to type: DataType, name: String) -> Value {
        var walk = Conformance(name: name, checks: nil)
        return walk.read(value, as: type) ?? value
    }

    /// `value` read as `type`, with the findings of `DataValidation` and then the past events
    /// dated after `today`, all in one walk. A value already read gives the same value back.
    static func read(_ value: Value, as type: DataType, name: String, checks: Checks) -> (value: Value, findings: [DataValidation.Finding]) {
        var walk = Conformance(name: name, checks: checks)
        let read = walk.read(value, as: type) ?? value
        return (read, walk.findings + walk.futureDates)
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

    /// The value read as `type`, or nil when it is already (so that unchanged data is not copied);
    /// a value that is malformed once read is a finding.
    private mutating func read(_ value: Value, as type: DataType) -> Value? {
        let new = conform(value, to: type)
        if checks != nil {
            if let new { reportMalformed(new) } else { reportMalformed(value) }
        }
        return new
    }

    private mutating func reportMalformed(_ value: Value) {
        guard case .malformed(let problem) = value else { return }
        findings.append(DataValidation.Finding(path: problem.path.isEmpty ? Conformance.pathText(path) : problem.path, steps: path,
                                               message: problem.message, kind: .malformed))
    }

    /// Whether `value` is already read as `type` and holds nothing to look into: a leaf of the
    /// declared kind (or of a kind other than text under `.unknown`), or missing.
    static func isRead(_ value: Value, as type: DataType) -> Bool {
        switch (type, value) {
        case (_, .missing), (.text, .text), (.number, .number), (.bool, .bool), (.date, .date), (.dateTime, .dateTime), (.duration, .duration):
            true
        case (.unknown, .text), (.unknown, .list), (.unknown, .record), (_, .malformed):
            false
        case (.unknown, _):
            true
        default:
            false
        }
    }

    private mutating func conform(_ value: Value, to type: DataType) -> Value? {
        func wrong(_ expected: String) -> Value {
            .malformed(DataProblem(path: Conformance.pathText(path), message: "expected \(expected), found \(value.kindName) \(value.literal())",
                                   original: JSONWriter.value(value)))
        }
        if Conformance.isRead(value, as: type) { return nil }
        switch (type, value) {
        case (_, .malformed(let problem)):
            return problem.path.isEmpty ? .malformed(DataProblem(path: Conformance.pathText(path), message: problem.message, original: problem.original)) : nil
        case (.unknown, .text(let text)):
            return infer(text)
        case (.unknown, .list(let items)):
            return readEntries(items, as: .unknown).map { .list($0) }
        case (.unknown, .record(let record)):
            return readFields(record, shape: nil).map { .record($0) }
        case (.date, .text(let text)):
            return Conformance.date(text, path: path)
        case (.dateTime, .text(let text)):
            return Conformance.dateTime(text, path: path)
        case (.duration, .text(let text)):
            return Conformance.duration(text) ?? wrong("a duration such as \"14 days\"")
        case (.list(let element), .list(let items)):
            return readEntries(items, as: element).map { .list($0) }
        case (.record(let shape), .record(let record)):
            return readFields(record, shape: shape).map { .record($0) }
        case (.date, _): return wrong("a date (YYYY-MM-DD)")
        case (.dateTime, _): return wrong("a date-time with a zone")
        case (.list, _): return wrong("a list")
        case (.record, _): return wrong("a record")
        case (.bool, _): return wrong("yes/no")
        case (.text, _): return wrong("text")
        default: return wrong(type.kindWithArticle)
        }
    }

    /// A text of a field the schema does not describe: a date or date-time when shaped like one.
    private func infer(_ text: String) -> Value? {
        guard text.utf8.count >= 10 else { return nil }
        let bytes = Array(text.utf8)
        guard CivilDate.fields(bytes, 0) != nil else { return nil }
        if bytes.count == 10 { return Conformance.date(text, path: path) }
        if bytes[10] == UInt8(ascii: "T") { return Conformance.dateTime(text, path: path) }
        return nil
    }

    /// An entry of empty (or white-space) text where something other than a text belongs is no
    /// entry, as a `null` one is (the catalogue: "an entry of a list that is empty text does not
    /// count as an entry"), not malformed data: a form's empty row among facilitators.
    static func isNoEntry(_ item: Value, of element: DataType) -> Bool {
        guard case .text(let text) = item, text.isBlank else { return false }
        switch element {
        case .text, .unknown: return false
        default: return true
        }
    }

    /// The entries of a list read as `element`; nil when none changed.
    private mutating func readEntries(_ items: [Value], as element: DataType) -> [Value]? {
        var result: [Value]?
        for index in items.indices where !Conformance.isRead(items[index], as: element) {
            path.append(.index(index))
            let new = Conformance.isNoEntry(items[index], of: element) ? .missing : read(items[index], as: element)
            path.removeLast()
            if let new {
                if result == nil { result = items }
                result![index] = new
            }
        }
        return result
    }

    /// The fields of a record read as `shape` declares them (fields it does not describe, or all
    /// of them without a shape, as `.unknown`); nil when none changed.
    private mutating func readFields(_ record: Record, shape: RecordType?) -> Record? {
        let keys = record.keys
        var result: [Value]?
        var lookup = FieldLookup(shape: shape)
        /// The record's keys, as a set once a misspelling is looked for in a large record.
        var keySet: Set<String>?
        for index in keys.indices {
            let key = keys[index]
            let type = lookup.type(of: key)
            if let checks, let shape, type == nil,
                let finding = DataValidation.unknownField(key, in: record, shape: shape, strict: checks.strict, keySet: &keySet, path: path)
            {
                findings.append(finding)
            }
            let field = record.value(at: index), declared = type ?? .unknown
            if Conformance.isRead(field, as: declared) {
                reportFutureDate(field, key: key)
                continue
            }
            path.append(.key(key))
            let new = read(field, as: declared)
            path.removeLast()
            reportFutureDate(new ?? field, key: key)
            if let new {
                if result == nil { result = record.values }
                result![index] = new
            }
        }
        let read = result.map { Record(uniqueKeys: keys, values: $0) }
        if checks != nil, let shape, let finding = DataValidation.reversedPeriod(read ?? record, shape: shape, path: path) { findings.append(finding) }
        return read
    }

    /// A field of the record at `path` that records a past event dated after today, when asked.
    private mutating func reportFutureDate(_ value: Value, key: String) {
        switch value {
        case .date, .dateTime:
            if let today = checks?.today, let finding = DataValidation.futureDate(value, key: key, path: path, today: today) { futureDates.append(finding) }
        default:
            break
        }
    }

    static func date(_ text: String, path: [Step]) -> Value {
        let bytes = Array(text.utf8)
        if bytes.count == 10, let (year, month, day) = CivilDate.fields(bytes, 0), let date = CivilDate(year: year, month: month, day: day) {
            return .date(date)
        }
        let original = JSONWriter.string(text)
        if bytes.count == 10, let (year, month, day) = CivilDate.fields(bytes, 0) {
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

/// Finds the declared type of each field of a record in turn. Records are usually written in
/// the order their type declares, so the field after the last one found is tried first.
private struct FieldLookup {
    let shape: RecordType?
    var next = 0

    /// The declared type of the field, or nil when there is no shape or it has no such field.
    mutating func type(of key: String) -> DataType? {
        guard let shape else { return nil }
        let names = shape.fieldNames
        // Field names are distinct, so a match at `next` is the first one.
        if next < names.count, names[next] == key {
            next += 1
            return shape.fieldTypes[next - 1]
        }
        guard let index = names.firstIndex(of: key) else { return nil }
        next = index + 1
        return shape.fieldTypes[index]
    }
}
