import IGFRules

/// JSON as the example data files are written: one field or entry a line, two spaces per level.
enum PrettyJSON {
    /// `value` as JSON whose lines after the first are indented by `indent` and two spaces a level.
    static func value(_ value: Value, indent: String = "") -> String {
        let inner = indent + "  "
        switch value {
        case .list(let items) where !items.isEmpty:
            return "[\n" + items.map { inner + self.value($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .record(let record) where !record.isEmpty:
            let fields = zip(record.keys, record.values).map { inner + JSONWriter.string($0) + ": " + self.value($1, indent: inner) }
            return "{\n" + fields.joined(separator: ",\n") + "\n\(indent)}"
        default:
            return JSONWriter.value(value)
        }
    }
}
