@testable import IGFRulesCLI
import Testing

/// The Content-Length framing: frames split across reads, broken headers skipped, and a bound
/// on the length accepted.
@Suite struct FrameReaderTests {
    /// A reader over `chunks`, given one by one.
    static func reader(_ chunks: [String]) -> FrameReader {
        var remaining = chunks.map { Array($0.utf8) }
        return FrameReader { remaining.isEmpty ? nil : remaining.removeFirst() }
    }

    @Test func readsFramesSplitAcrossReads() {
        var reader = Self.reader(["Content-Length: 2\r", "\n\r\n{}Content-Le", "ngth: 3\r\nContent-Type: x\r\n\r\n[1]"])
        #expect(reader.next() == .message(Array("{}".utf8)))
        #expect(reader.next() == .message(Array("[1]".utf8)))
        #expect(reader.next() == .end)
    }

    @Test func aHeaderWithoutContentLengthIsSkippedAndTheNextFrameRead() {
        var reader = Self.reader(["Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}"])
        #expect(reader.next() == .malformed("a message without a valid Content-Length header"))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }

    @Test(arguments: ["Content-Length: -3", "Content-Length: abc", "Content-Length: 99999999999999999999", "Content-Length: 1\r\nContent-Length: 2"])
    func anInvalidContentLengthIsMalformed(header: String) {
        var reader = Self.reader([header + "\r\n\r\n{}"])
        #expect(reader.next() == .malformed("a message without a valid Content-Length header"))
    }

    @Test func aMessageOverTheLimitIsSkippedWithoutBeingKept() {
        let length = FrameReader.maximumLength + 1
        var sent = 0
        var reader = FrameReader {
            if sent == 0 { sent = 1; return Array("Content-Length: \(length)\r\n\r\n".utf8) }
            guard sent <= length else { return sent == length + 1 ? { sent += 1; return Array("Content-Length: 2\r\n\r\n{}".utf8) }() : nil }
            let chunk = min(1 << 20, length - sent + 1)
            sent += chunk
            return [UInt8](repeating: 32, count: chunk)
        }
        #expect(reader.next() == .malformed("a message of \(length) bytes, over the limit of \(FrameReader.maximumLength)"))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }

    @Test func inputThatEndsInsideAMessageIsMalformedThenEnds() {
        var reader = Self.reader(["Content-Length: 10\r\n\r\n{}"])
        #expect(reader.next() == .malformed("a message cut short by the end of the input"))
        #expect(reader.next() == .end)
    }

    @Test func anEndlessHeaderIsCutAtItsLimit() {
        var reader = Self.reader([String(repeating: "x", count: FrameReader.maximumHeaderLength + 10)])
        #expect(reader.next() == .malformed("a header longer than 8,192 bytes"))
    }
}
