/// A value of the language. Data read from JSON becomes values; so do literals and results.
package enum Value: Sendable {
    /// No value: an absent field, a JSON `null`, or a data name that was not given.
    case missing
    case bool(Bool)
    case number(Number)
    case text(String)
    case date(CivilDate)
    case dateTime(DateTime)
    // Durations and malformed data are boxed (`indirect`): they are rare in data, and their
    // payloads (32 and 48 bytes) would otherwise make every value that large to copy.
    indirect case duration(Duration)
    case list([Value])
    case record(Record)
    /// A truth value for an obligation that is not yet due: it counts as met for now.
    /// `due` is the date or date-time by which it must be met, if there is one.
    indirect case pending(due: Value?)
    /// Data of the wrong kind (a text where a date belongs, `2021-02-30`): reading it makes the
    /// rule an `error`, naming the data path.
    indirect case malformed(DataProblem)

    /// The kind's name as a MAG member would say it.
    package var kindName: String {
        switch self {
        case .missing: "missing"
        case .bool: "yes/no"
        case .number: "number"
        case .text: "text"
        case .date: "date"
        case .dateTime: "date-time"
        case .duration: "duration"
        case .list: "list"
        case .record: "record"
        case .pending: "yes/no"
        case .malformed: "malformed data"
        }
    }

    package var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// "Empty" in the sense of the catalogue: missing, text that is empty after trimming Unicode
    /// white space, a list with no entries (blank entries do not count), a record with no fields.
    package var isEmpty: Bool {
        switch self {
        case .missing: true
        case .text(let text): text.isBlank
        case .list(let items): !items.contains { $0.isEntry }
        case .record(let record): record.isEmpty
        default: false
        }
    }

    /// Whether a list element counts as an entry: not missing and not blank text.
    var isEntry: Bool {
        switch self {
        case .missing: false
        case .text(let text): !text.isBlank
        default: true
        }
    }
}

/// Why a data value is malformed, with the path of the value (`proposal.facilitators[1].mag_member`).
package struct DataProblem: Sendable, Hashable, CustomStringConvertible {
    package let path: String
    package let message: String
    /// The value as it was read, as JSON text, so that saving the data writes it back unchanged.
    package let original: String?

    package init(path: String, message: String, original: String? = nil) {
        self.path = path
        self.message = message
        self.original = original
    }
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

extension String {
    /// Empty after trimming Unicode white space. ASCII bytes are judged directly (the ASCII white
    /// space is tab, line feed, vertical tab, form feed, carriage return and space); a text with
    /// other bytes falls back to the Unicode properties.
    /// The bytes are read in place (a native string's own storage, without a copy).
    var isBlank: Bool {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 0x20, !(0x09...0x0D).contains(byte) { return false }
            }
            return true
        } ?? nil
        return ascii ?? unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
