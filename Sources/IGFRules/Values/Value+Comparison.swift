import Foundation

/// Equality and order between values. A date and a date-time compare by the date-time's UTC
/// date: a date stands for its whole UTC day.
extension Value {
    /// Whether two present values are equal; nil when their kinds cannot be compared
    /// (a text with a number), which the evaluator reports as an error.
    package func equals(_ other: Value) -> Bool? {
        switch (self, other) {
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.text(a), .text(b)): return Value.sameText(a, b)
        case let (.date(a), .date(b)): return a == b
        case let (.dateTime(a), .dateTime(b)): return a == b
        case let (.date(a), .dateTime(b)): return a == b.utcDate
        case let (.dateTime(a), .date(b)): return a.utcDate == b
        case let (.duration(a), .duration(b)): return a == b
        case let (.list(a), .list(b)):
            guard a.count == b.count else { return false }
            // The same list (shared, not copied) is equal to itself without a walk, so that lists
            // built of shared parts (`[a, a]`, nested) compare in time linear in how they were built.
            if Value.sameStorage(a, b) { return true }
            for (x, y) in zip(a, b) {
                guard let same = x.equals(y) else { return nil }
                if !same { return false }
            }
            return true
        case let (.record(a), .record(b)):
            guard a.count == b.count else { return false }
            if a.sharesStorage(with: b) { return true }
            for (key, value) in a.fields {
                guard b.has(key), let same = value.equals(b[key]) else { return false }
                if !same { return false }
            }
            return true
        case (.missing, .missing): return true
        case (.missing, _), (_, .missing): return false
        default: return nil
        }
    }

    /// The order of two present values: negative, zero or positive; nil when they have no order
    /// (different kinds, yes/no, lists, records, or a duration in months against one in days).
    package func compare(_ other: Value) -> Int? {
        switch (self, other) {
        case let (.number(a), .number(b)): return a == b ? 0 : (a < b ? -1 : 1)
        case let (.text(a), .text(b)):
            if Value.sameText(a, b) { return 0 }
            return Value.trimmed(a).unicodeScalars.lexicographicallyPrecedes(Value.trimmed(b).unicodeScalars) ? -1 : 1
        case let (.date(a), .date(b)): return order(a, b)
        case let (.dateTime(a), .dateTime(b)): return order(a, b)
        case let (.date(a), .dateTime(b)): return order(a, b.utcDate)
        case let (.dateTime(a), .date(b)): return order(a.utcDate, b)
        case let (.duration(a), .duration(b)):
            if a.months == b.months { return order(a.milliseconds, b.milliseconds) }
            if a.milliseconds == 0, b.milliseconds == 0 { return order(a.months, b.months) }
            return nil
        default: return nil
        }
    }

    /// Texts compare exactly once trimmed, code point by code point (the catalogue: "texts
    /// compare exactly (case and inner spaces matter)"): `" Data "` is the track `Data`, while
    /// `é` (U+00E9) and `e` + U+0301 are different texts, as they are in ordering. Swift's `==`
    /// would call those equal (canonical equivalence). The bytes are compared in place (a
    /// native string's own storage, with `memcmp`); the trimmed forms only when they differ.
    static func sameText(_ a: String, _ b: String) -> Bool {
        let decided = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in sameBytes(x, y) } ?? nil
        } ?? nil
        if let decided { return decided }
        let (x, y) = (trimmed(a).utf8, trimmed(b).utf8)
        return x.count == y.count && x.elementsEqual(y)
    }

    /// True when the bytes are the same; false when they differ and both texts start and end with
    /// a visible ASCII character (so are their own trimmed form, as most texts are); else nil.
    private static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        if x.count == y.count, x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 { return true }
        func plainEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21..<0x7F).contains(first) && (0x21..<0x7F).contains(last)
        }
        return plainEnds(x) && plainEnds(y) ? false : nil
    }

    /// The text without the Unicode white space around it (no copy).
    static func trimmed(_ text: String) -> Substring {
        guard let first = text.unicodeScalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return text[text.endIndex...] }
        let last = text.unicodeScalars.lastIndex { !$0.properties.isWhitespace } ?? first
        return text[first...last]
    }

    /// Whether two arrays share their storage (so hold the same values).
    static func sameStorage(_ a: [Value], _ b: [Value]) -> Bool {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
    }

    private func order<T: Comparable>(_ a: T, _ b: T) -> Int {
        a == b ? 0 : (a < b ? -1 : 1)
    }
}
