@testable import IGFRules
import Testing

/// `JSONReader.plainTextEnd` looks for the end of a plain text sixteen, then eight bytes at a time: it must stop
/// at the first quote, backslash or control character wherever it falls in a word, and nowhere else,
/// and say whether the bytes before it are all ASCII.
@Suite struct JSONReaderScanningTests {
    /// The byte-at-a-time answer the scan must agree with.
    func expected(_ bytes: [UInt8], from start: Int, to limit: Int) -> Int {
        (start..<limit).first { bytes[$0] == 0x22 || bytes[$0] == 0x5C || bytes[$0] < 0x20 } ?? limit
    }

    @Test func stopsAtTheFirstQuoteBackslashOrControlCharacterAtEveryOffset() {
        for stopper: UInt8 in [0x22, 0x5C, 0x00, 0x0A, 0x1F] {
            for position in 0..<24 {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: 40)
                bytes[position] = stopper
                bytes[position + 5] = 0x22
                #expect(JSONReader.plainTextEnd(bytes, from: 0, to: 40).stop == position)
                #expect(JSONReader.plainTextEnd(bytes, from: 1, to: 40).stop == expected(bytes, from: 1, to: 40))
            }
        }
    }

    @Test func passesOverSpacesAndBytesThatDifferFromAStopperOnlyInTheHighBit() {
        // 0xA2 and 0xDC are a quote and a backslash with the high bit set; 0x9F a control character's.
        let bytes: [UInt8] = [0x20, 0xA2, 0xDC, 0x9F, 0xC3, 0xA9, 0x7F, 0x21, 0x5B, 0x5D, 0xFF, 0x80, 0x23, 0x5D, 0x20, 0x41, 0x22]
        #expect(JSONReader.plainTextEnd(bytes, from: 0, to: bytes.count).stop == 16)
    }

    @Test func endsAtTheLimitWhenNothingStopsItBefore() {
        let bytes = Array("abcdefghijklmnopqrstuvwxyz\"".utf8)
        #expect(JSONReader.plainTextEnd(bytes, from: 0, to: 20).stop == 20)
        #expect(JSONReader.plainTextEnd(bytes, from: 3, to: 5).stop == 5)
        #expect(JSONReader.plainTextEnd(bytes, from: 0, to: bytes.count).stop == 26)
    }

    @Test func agreesWithAByteAtATimeScanOnSeededRandomBytes() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                [UInt8(ascii: "a"), 0x22, 0x5C, 0x1F, 0x20, 0xA2, 0xDC, 0xE2][Int.random(in: 0..<8, using: &random)] }
            let start = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            let stop = expected(bytes, from: start, to: bytes.count)
            let found = JSONReader.plainTextEnd(bytes, from: start, to: bytes.count)
            #expect(found.stop == stop)
            #expect(found.isASCII == bytes[start..<stop].allSatisfy { $0 < 0x80 })
        }
    }

    @Test func saysATextIsASCIIOnlyFromTheBytesBeforeItsEnd() {
        for position in 0..<24 {
            // A byte that is not ASCII just after the quote (in the same word) is not the text's.
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 40)
            bytes[position] = 0x22
            bytes[position + 1] = 0xC3
            #expect(JSONReader.plainTextEnd(bytes, from: 0, to: 40) == (position, true))
            bytes[position] = 0xE9
            bytes[position + 2] = 0x22
            #expect(JSONReader.plainTextEnd(bytes, from: 0, to: 40) == (position + 2, false))
        }
    }
}
