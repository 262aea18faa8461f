/// The kind of a value as the checker knows it: from a `data`/`type` declaration, a literal, or an
/// operator. `.unknown` is what data without a declaration has; it checks against anything.
package indirect enum DataType: Sendable, Equatable, CustomStringConvertible {
    case unknown
    case text
    case number
    case bool
    case date
    case dateTime
    case duration
    case list(DataType)
    case record(RecordType)

    public var description: String {
        switch self {
        case .unknown: "any value"
        case .text: "text"
        case .number: "number"
        case .bool: "yes/no"
        case .date: "date"
        case .dateTime: "date-time"
        case .duration: "duration"
        case .list(let element): element == .unknown ? "list" : "list of \(element)"
        case .record(let record): record.name ?? "record"
        }
    }

    /// Whether a value of this kind may be used where `other` is expected (unknown fits anything;
    /// a date fits where a date-time is compared, and the other way round).
    func fits(_ other: DataType) -> Bool {
        switch (self, other) {
        case (.unknown, _), (_, .unknown): true
        case (.date, .dateTime), (.dateTime, .date): true
        case let (.list(a), .list(b)): a.fits(b)
        case let (.record(a), .record(b)): a === b || a.name == nil || b.name == nil || a.name == b.name
        default: self == other
        }
    }

    var isTemporal: Bool { self == .date || self == .dateTime }
}

/// The fields of a record kind, in declaration order. A class so that recursive lookups and
/// identity comparisons are cheap; immutable once built.
package final class RecordType: Sendable, Equatable {
    /// The declared type's name (`person`) or data name (`proposal`), for messages.
    package let name: String?
    package let fieldNames: [String]
    package let fieldTypes: [DataType]
    /// The places of its `start` and `end` fields when it declares both, dated: a period, which
    /// should not end before it starts (`DataValidation.reversedPeriod`).
    package let period: (start: Int, end: Int)?

    init(name: String?, fields: [(String, DataType)]) {
        self.name = name
        fieldNames = fields.map(\.0)
        fieldTypes = fields.map(\.1)
        if let start = fieldNames.firstIndex(of: "start"), let end = fieldNames.firstIndex(of: "end"),
            fieldTypes[start].isTemporal, fieldTypes[end].isTemporal
        {
            period = (start, end)
        } else {
            period = nil
        }
    }

    package func type(of field: String) -> DataType? {
        fieldNames.firstIndex(of: field).map { fieldTypes[$0] }
    }

    public static func == (a: RecordType, b: RecordType) -> Bool {
        a === b || (a.name == b.name && a.fieldNames == b.fieldNames && a.fieldTypes == b.fieldTypes)
    }
}
