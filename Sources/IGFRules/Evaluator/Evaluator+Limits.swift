/// What one evaluation may build and do. Every value an evaluation builds is bounded in size, and
/// work is counted in steps in proportion to its cost (a step per list element touched, per 64
/// bytes of text), so that the step limit bounds time and the size limits bound memory.
extension Evaluator {
    /// The most entries a list built by an evaluation may have (as many as a data file's list).
    public static let maximumListLength = 1_000_000
    /// The largest text an evaluation may build, in bytes of UTF-8.
    public static let maximumTextSize = 4 << 20
    /// Bytes of text that count as one step.
    static let bytesPerStep = 64

    /// Counts `work` steps; past the step limit the rule stops with an `error`.
    func charge(_ work: Int, at range: Range<Int>) throws(EvaluationError) {
        steps += max(work, 1)
        if steps > stepLimit {
            throw EvaluationError("stopped after \(stepLimit) evaluation steps: this rule does too much work for one subject", at: range)
        }
    }

    /// Counts the work of touching a text of `bytes` bytes.
    func charge(textBytes bytes: Int, at range: Range<Int>) throws(EvaluationError) {
        try charge(bytes / Evaluator.bytesPerStep + 1, at: range)
    }

    /// Refuses a list that would be longer than `maximumListLength`.
    static func checkLength(_ count: Int, at range: Range<Int>) throws(EvaluationError) {
        guard count <= maximumListLength else {
            throw EvaluationError("this rule builds a list of \(count) entries; an evaluation may build lists of at most \(maximumListLength) entries", at: range)
        }
    }

    /// Refuses a text that would be larger than `maximumTextSize`.
    static func checkSize(_ bytes: Int, at range: Range<Int>) throws(EvaluationError) {
        guard bytes <= maximumTextSize else {
            throw EvaluationError("this rule builds a text of \(bytes) bytes; an evaluation may build texts of at most \(maximumTextSize / (1 << 20)) MB", at: range)
        }
    }

    /// A value as it reads inside a message, built piece by piece so that its size and the work
    /// of building it are counted as it grows.
    func appendShown(_ value: Value, to text: inout String, at range: Range<Int>) throws(EvaluationError) {
        switch value {
        case .list(let items):
            var first = true
            for item in items {
                try charge(1, at: range)
                if !first { text += ", " }
                first = false
                try appendShown(item, to: &text, at: range)
            }
        case .text:
            let piece = Evaluator.shown(value)
            try Evaluator.checkSize(text.utf8.count + piece.utf8.count, at: range)
            try charge(textBytes: piece.utf8.count, at: range)
            text += piece
        default:
            text += Evaluator.shown(value)
        }
        try Evaluator.checkSize(text.utf8.count, at: range)
    }
}

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
        case .text(let text): hasher.combine(text)
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
    }

    struct FieldKey: Hashable {
        let list: ListIdentity
        let name: String
    }

    mutating func removeAll() {
        indexes.removeAll()
        fields.removeAll()
    }
}
