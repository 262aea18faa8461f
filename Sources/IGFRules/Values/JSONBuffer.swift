/// JSON text written straight into a byte buffer. Texts are escaped in one pass over their UTF-8
/// bytes, copying runs that need no escape as they are; nothing is built as a `String` on the way.
/// The escapes are those `JSONWriter` has always written: `\"`, `\\`, `\n`, `\r`, `\t`, other
/// control characters and U+2028, U+2029 as `\u` with four lowercase hex digits.
///
/// The bytes are written straight into memory the buffer owns (no uniqueness or bounds check on
/// each write, which on `[UInt8]` cost more than the bytes): it cannot be copied, so nothing else
/// ever sees that memory, and it is freed with the buffer.
package struct JSONBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    package private(set) var count = 0

    package init(capacity: Int = 0) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, as an array.
    package var bytes: [UInt8] { Array(written) }

    /// The bytes written, as text (always valid UTF-8).
    package var text: String { String(decoding: written, as: UTF8.self) }

    /// The bytes written; valid until the next write.
    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Appends the bytes written to `out`.
    package func append(to out: inout [UInt8]) {
        out.append(contentsOf: written)
    }

    /// Room for `extra` more bytes after `count`.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if extra > capacity &- count { grow(extra) }
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.initialize(from: base, count: count)
        base.deallocate()
        base = new
        capacity = newCapacity
    }

    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count &+= 1
    }

    @inline(__always)
    package mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard let source = chunk.baseAddress else { return }
        let length = chunk.count
        reserve(length)
        if length <= 16 {
            // Most pieces are short (punctuation, keys, small values): copied here, not through a call.
            for offset in 0..<length { base[count &+ offset] = source[offset] }
        } else {
            (base + count).update(from: source, count: length)
        }
        count &+= length
    }

    /// Writes again the bytes at `range` (written already: within `0..<count`).
    package mutating func repeatBytes(_ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "only bytes already written can be repeated")
        reserve(range.count)
        (base + count).update(from: base + range.lowerBound, count: range.count)
        count &+= range.count
    }

    /// Text known to be JSON already (punctuation, keys written in the source).
    @inline(__always)
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Bytes known to be JSON already (a fragment escaped earlier).
    @inline(__always)
    package mutating func raw(_ chunk: [UInt8]) {
        chunk.withUnsafeBufferPointer { append($0) }
    }

    /// A text known to need no escaping (a number, a date), as it is.
    @inline(__always)
    package mutating func rawText(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    /// `value` in decimal digits, as `String(value)` writes it, without building the `String`.
    package mutating func decimal(_ value: Int) {
        guard value >= 0 else { return rawText(String(value)) }
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        reserve(digits)
        var (position, left) = (count + digits, value)
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(left % 10)
            left /= 10
        } while left > 0
        count &+= digits
    }

    /// A text as a JSON string, in double quotes.
    package mutating func string(_ text: String) {
        append(UInt8(ascii: "\""))
        // A native text is read where it is; any other is copied to contiguous storage first.
        if text.utf8.withContiguousStorageIfAvailable({ escape($0) }) == nil {
            var text = text
            text.withUTF8 { escape($0) }
        }
        append(UInt8(ascii: "\""))
    }

    /// A text as a JSON string, or `null`.
    package mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
        var run = 0
        var index = 0
        let count = utf8.count
        while index < count {
            // Eight bytes at a time while none of them needs a closer look (the usual run of plain text).
            if index + 8 <= count, !JSONBuffer.mayNeedEscape(utf8, at: index) {
                index += 8
                continue
            }
            // Fewer than eight left: the last eight bytes (some already seen) in one look.
            if index + 8 > count, count >= 8, !JSONBuffer.mayNeedEscape(utf8, at: count - 8) {
                index = count
                break
            }
            let byte = utf8[index]
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                index += 1
                continue
            }
            var width = 1
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; every other E2 sequence is kept.
                guard index + 2 < count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
                width = 3
            }
            append(UnsafeBufferPointer(rebasing: utf8[run..<index]))
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case 0xE2: raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
            default: unicodeEscape(byte)
            }
            index += width
            run = index
        }
        append(UnsafeBufferPointer(rebasing: utf8[run..<count]))
    }

    /// Whether one of the eight bytes at `index` (which `utf8` holds: `index + 8 <= utf8.count`)
    /// is a control character, `"`, `\\` or 0xE2 (which starts U+2028 and U+2029). Exact, by the
    /// "has a zero byte" and "has a byte less than n" tests of bit twiddling (no false answer either way).
    @inline(__always)
    private static func mayNeedEscape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        // In bounds by the caller's check; `loadUnaligned` reads any address.
        let word = UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        let control = (word &- ones &* 0x20) & ~word & highs
        return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) | hasZero(word ^ (ones &* 0xE2)) != 0
    }

    private mutating func unicodeEscape(_ byte: UInt8) {
        let digits: StaticString = "0123456789abcdef"
        raw("\\u00")
        digits.withUTF8Buffer { hex in
            append(hex[Int(byte >> 4)])
            append(hex[Int(byte & 0x0F)])
        }
    }

    /// A value as JSON: dates and durations as texts, missing as `null`.
    package mutating func value(_ value: Value) {
        switch value {
        case .missing: raw("null")
        case .bool(let flag): flag ? raw("true") : raw("false")
        case .number(let number):
            switch number {
            case .integer(let integer): decimal(integer)
            case .real(let real) where !real.isFinite: raw("null")
            case .real: rawText(number.description)
            }
        case .text(let text): string(text)
        case .date(let date): self.date(date)
        case .dateTime(let instant): string(instant.description)
        case .duration(let duration): string(duration.description)
        case .list(let items):
            append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                self.value(item)
            }
            append(UInt8(ascii: "]"))
        case .record(let record):
            append(UInt8(ascii: "{"))
            for (index, (key, field)) in record.fields.enumerated() {
                if index > 0 { append(UInt8(ascii: ",")) }
                string(key)
                append(UInt8(ascii: ":"))
                self.value(field)
            }
            append(UInt8(ascii: "}"))
        case .pending(let due):
            raw("{\"pending\":")
            if let due { self.value(due) } else { raw("null") }
            raw("}")
        case .malformed(let problem):
            if let original = problem.original {
                rawText(original)
            } else {
                raw("{\"malformed\":")
                string(problem.description)
                raw("}")
            }
        }
    }

    /// A date as `"YYYY-MM-DD"`, its `description`, written digit by digit.
    private mutating func date(_ date: CivilDate) {
        let (year, month, day) = date.components
        // A year past four digits (a date far out of range, after arithmetic) as `description` has it.
        guard (0...9999).contains(year) else { return string(date.description) }
        append(UInt8(ascii: "\""))
        digits(year, 4)
        append(UInt8(ascii: "-"))
        digits(month, 2)
        append(UInt8(ascii: "-"))
        digits(day, 2)
        append(UInt8(ascii: "\""))
    }

    /// `value` (0 ... 9999) in exactly `width` decimal digits, zero-padded.
    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
            append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }
}
