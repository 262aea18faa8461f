/// A value as a key of a hash table, equal when `Value.equals` says so. Its hash looks at a
/// bounded part of the value (a list's length and first entry, a record's size), so hashing
/// costs the same whatever the value's size; equal values always hash alike.
struct ValueKey: Hashable {
    let value: Value

    static func == (a: ValueKey, b: ValueKey) -> Bool { a.value.equals(b.value) == true }

    func hash(into hasher: inout Hasher) {
        ValueKey.combine(value, into: &hasher, depth: 0)
    }

    private static func combine(_ value: Value, into hasher: inout Hasher, depth: Int) {
        switch value {
        case .missing: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag)
        case .number(let number): hasher.combine(number)
        // Texts equal once trimmed hash alike (`Value.sameText`).
        case .text(let text): hasher.combine(Value.trimmed(text))
        // A date equals a date-time on its UTC day, so both hash by that day.
        case .date(let day): hasher.combine(day.daysSinceEpoch)
        case .dateTime(let instant): hasher.combine(instant.utcDate.daysSinceEpoch)
        case .duration(let duration): hasher.combine(duration)
        case .list(let items):
            hasher.combine(items.count)
            if depth < 2, let first = items.first { combine(first, into: &hasher, depth: depth + 1) }
        case .record(let record): hasher.combine(record.count)
        case .pending, .malformed: hasher.combine(1)
        }
    }
}

/// Work an evaluator keeps for one subject: the `in` tables and list fields already computed,
/// keyed by the identity of the list they come from (which they keep alive, so that identity
/// cannot be reused while cached).
struct EvaluationCaches {
    /// Lists shorter than this are searched one entry at a time.
    static let indexThreshold = 16
    /// The most tables and field lists kept for one subject.
    static let maximumEntries = 4096

    var indexes: [ListIdentity: (list: [Value], keys: Set<ValueKey>)] = [:]
    var fields: [FieldKey: (list: [Value], result: Value)] = [:]

    struct ListIdentity: Hashable {
        let address: UInt
        let count: Int

        init(_ list: [Value]) {
            address = list.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            count = list.count
        }

        /// A record's fields, by its storage (shared by its copies).
        init(_ record: Record) {
            address = record.storageAddress
            count = record.count
        }
    }

    struct FieldKey: Hashable {
        let list: ListIdentity
        let name: String

        /// The list alone: hashing a text normalizes its Unicode, and one list has few names read.
        func hash(into hasher: inout Hasher) { hasher.combine(list) }
    }

    /// Forgets every entry, keeping the tables' room for the next subject's (at most
    /// `maximumEntries` each).
    mutating func removeAll() {
        if !indexes.isEmpty { indexes.removeAll(keepingCapacity: true) }
        if !fields.isEmpty { fields.removeAll(keepingCapacity: true) }
    }
}
