/// The byte scan of `JSONReader` that runs over long stretches of a document, sixteen or eight bytes at a time
/// (UTF-8 validation, shared with the lexer, is `SourceBytes.firstInvalidUTF8`, run only on texts
/// that are not all ASCII), and the texts made of bytes it has validated.
extension JSONReader {
    /// The offset of the first `"`, backslash or control character at or after `start` (`limit` when
    /// there is none before it), looked for sixteen (then eight) bytes at a time, and whether every byte before it
    /// is ASCII (then the text is UTF-8 without looking further).
    static func plainTextEnd(_ bytes: [UInt8], from start: Int, to limit: Int) -> (stop: Int, isASCII: Bool) {
        bytes.withUnsafeBytes { raw -> (stop: Int, isASCII: Bool) in
            let ones: UInt64 = 0x0101_0101_0101_0101
            var probe = start
            var high: UInt64 = 0
            // Sixteen bytes a turn while there are (`probe` and `limit` are offsets within the
            // buffer, so the wrapping arithmetic never wraps).
            while limit &- probe >= 16 {
                let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: probe, as: UInt64.self))
                let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: probe &+ 8, as: UInt64.self))
                if JSONReader.stops(first) | JSONReader.stops(second) != 0 { break }
                high |= first | second
                probe &+= 16
            }
            while limit &- probe >= 8 {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: probe, as: UInt64.self))
                let found = JSONReader.stops(word)
                if found != 0 {
                    // Only the bytes before the one found (whose high bit is 0) belong to the text.
                    let before = (UInt64(1) &<< UInt64(found.trailingZeroBitCount &- 7)) &- 1
                    return (probe &+ found.trailingZeroBitCount / 8, (high | word & before) & (ones &* 0x80) == 0)
                }
                high |= word
                probe &+= 8
            }
            while probe < limit {
                let byte = raw[probe]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                high |= UInt64(byte)
                probe += 1
            }
            return (probe, high & (ones &* 0x80) == 0)
        }
    }
}

extension JSONReader {
    /// The high bit of each byte of `word` that is a `"`, a backslash or a control character
    /// (and maybe of bytes after the first such one): a byte of `word ^ c` is zero where the
    /// byte is c; `x - 1` borrows into the high bit only from a zero byte (or one below 0x20 for
    /// the last term), and the lowest flagged byte is always a real match.
    @inline(__always)
    static func stops(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        return ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & (ones &* 0x80)
    }

    /// The text of `bytes[range]`, copied without the standard library validating it again;
    /// `isASCII` when the caller knows (otherwise the bytes are looked at for it).
    ///
    /// Safe because every caller passes bytes already known to be UTF-8: a text lies between two
    /// ASCII quotes or backslashes, so it starts and ends on whole UTF-8 sequences, and is checked
    /// (`checkUTF8`) before it is made unless all its bytes are ASCII; the buffer of an escaped
    /// text joins such stretches and the UTF-8 of whole scalars.
    static func validatedText(_ bytes: [UInt8], _ range: Range<Int>, isASCII: Bool? = nil) -> String {
        var utf8 = unsafe UTF8Span(unchecked: bytes.span.extracting(range), isKnownASCII: isASCII ?? false)
        // Sets the flag that keeps the standard library's ASCII fast paths (comparison, counting).
        if isASCII == nil { _ = utf8.checkForASCII() }
        return String(copying: utf8)
    }

    /// Throws unless `bytes[range]`, a stretch of a text between ASCII delimiters, is UTF-8 (it is
    /// when `isASCII`). UTF-8 is checked text by text as a document is read, since outside its
    /// texts a byte that is not ASCII is not JSON; `readDocument` then names the document's first
    /// invalid byte, whatever else is wrong with it.
    func checkUTF8(_ range: Range<Int>, isASCII: Bool) throws(Failure) {
        guard !isASCII, let bad = SourceBytes.firstInvalidUTF8(bytes, from: range.lowerBound, to: range.upperBound) else { return }
        throw JSONReader.notUTF8(bytes, at: bad)
    }

    /// The failure for a byte that does not belong to UTF-8 text.
    static func notUTF8(_ bytes: [UInt8], at bad: Int) -> Failure {
        Failure(offset: bad, message: "this is not UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))",
                notes: ["data files must be JSON saved as UTF-8"])
    }
}
