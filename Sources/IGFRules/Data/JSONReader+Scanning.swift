/// The byte scan of `JSONReader` that runs over long stretches of a document, eight bytes at a time
/// (UTF-8 validation, shared with the lexer, is `SourceBytes.firstInvalidUTF8`), and the texts made of
/// bytes it has validated.
extension JSONReader {
    /// The offset of the first `"`, backslash or control character at or after `start` (`limit` when
    /// there is none before it), looked for eight bytes at a time.
    static func plainTextEnd(_ bytes: [UInt8], from start: Int, to limit: Int) -> Int {
        bytes.withUnsafeBytes { raw -> Int in
            let ones: UInt64 = 0x0101_0101_0101_0101
            var probe = start
            while limit - probe >= 8 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: probe, as: UInt64.self))
                // A byte of `word ^ c` is zero where the byte is c; `x - 1` borrows into the high
                // bit only from a zero byte (or one below 0x20 for the last term), and the lowest
                // flagged byte is always a real match.
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & (ones &* 0x80)
                if found != 0 { return probe + found.trailingZeroBitCount / 8 }
                probe += 8
            }
            while probe < limit {
                let byte = raw[probe]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                probe += 1
            }
            return probe
        }
    }
}

extension JSONReader {
    /// The text of `bytes[range]`, copied without the standard library validating it again.
    ///
    /// Safe because every caller passes bytes already known to be UTF-8: `readDocument` checks the
    /// whole document (`SourceBytes.firstInvalidUTF8`) before reading any of it, and a text lies
    /// between two ASCII quotes or backslashes, so it starts and ends on whole UTF-8 sequences; the
    /// buffer of an escaped text joins such stretches and the UTF-8 of whole scalars.
    static func validatedText(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var utf8 = unsafe UTF8Span(unchecked: bytes.span.extracting(range))
        // Sets the flag that keeps the standard library's ASCII fast paths (comparison, counting).
        _ = utf8.checkForASCII()
        return String(copying: utf8)
    }
}
