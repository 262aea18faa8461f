/// Source text at the byte level, shared by the rule-file lexer and the JSON reader: how long a
/// UTF-8 character is, where the first invalid sequence starts, and which bytes are digits and
/// letters of a name.
enum SourceBytes {
    static func scalarLength(_ leadByte: UInt8) -> Int {
        switch leadByte {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence, if any. ASCII
    /// is skipped eight bytes at a time; only non-ASCII sequences are decoded one by one.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        bytes.withUnsafeBytes { raw in firstInvalidUTF8(raw, from: start, to: end) }
    }

    private static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            if end - index >= 8 {
                let high = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & 0x8080_8080_8080_8080
                // Past the ASCII bytes of the word at once, to its first byte that is not ASCII.
                index += high == 0 ? 8 : high.trailingZeroBitCount / 8
                if high == 0 || high.trailingZeroBitCount >= 8 { continue }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(byte & 0x1F))
            case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(byte & 0x0F))
            case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(byte & 0x07))
            default: return index
            }
            guard index + length <= end else { return index }
            for offset in 1..<length {
                let continuation = bytes[index + offset]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// A letter, digit or `_`: a byte of a name (or of a word stuck to a number).
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
