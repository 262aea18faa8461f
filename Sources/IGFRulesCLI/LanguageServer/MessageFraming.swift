import Foundation

/// The base protocol's framing: each message is `Content-Length: N` (and optionally other
/// headers), a blank line, then N bytes of JSON. The reader bounds N, so that a hostile or broken
/// client cannot make the server hold gigabytes.
struct FrameReader {
    /// The largest message body accepted, in bytes: a rule file's limit, with room for JSON escapes.
    static let maximumLength = 4 * (8 << 20)
    /// The longest header block accepted before the blank line.
    static let maximumHeaderLength = 8192

    enum Frame: Equatable {
        case message([UInt8])
        /// A frame that cannot be used; the reader has skipped it and can go on.
        case malformed(String)
        /// The input ended.
        case end
    }

    private let readChunk: () -> [UInt8]?
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    /// `readChunk` gives the next bytes of the input, or nil at its end.
    init(readChunk: @escaping () -> [UInt8]?) {
        self.readChunk = readChunk
    }

    mutating func next() -> Frame {
        guard let headerEnd = findHeaderEnd() else {
            if available > 0 {
                let tooLong = available >= Self.maximumHeaderLength
                consume(available)
                return .malformed(tooLong ? "a header longer than \(Self.maximumHeaderLength.grouped) bytes" : "a header cut short by the end of the input")
            }
            return .end
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        consume(headerEnd - start + 4)
        guard let length = Self.contentLength(in: header) else {
            return .malformed("a message without a valid Content-Length header")
        }
        guard length <= Self.maximumLength else {
            return skip(length) ? .malformed("a message of \(length) bytes, over the limit of \(Self.maximumLength)") : .end
        }
        guard fill(length) else {
            consume(available)
            return .malformed("a message cut short by the end of the input")
        }
        let body = Array(buffer[start..<start + length])
        consume(length)
        return .message(body)
    }

    /// The value of `Content-Length` in a header block, if there is exactly one valid value.
    static func contentLength(in header: String) -> Int? {
        var found: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            let digits = parts[1].trimmingCharacters(in: .whitespaces)
            guard found == nil, !digits.isEmpty, digits.count <= 12, digits.allSatisfy(\.isASCII), let value = Int(digits), value >= 0 else { return nil }
            found = value
        }
        return found
    }

    /// Frames a message body for writing.
    static func frame(_ body: String) -> [UInt8] {
        Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8)
    }

    // MARK: Buffering

    private var available: Int { buffer.count - start }

    /// The offset of the `\r\n\r\n` that ends the headers, reading more input as needed.
    private mutating func findHeaderEnd() -> Int? {
        var searched = start
        while true {
            let terminator: [UInt8] = [13, 10, 13, 10]
            if buffer.count - searched >= 4 {
                for index in searched...(buffer.count - 4) where buffer[index] == 13 && Array(buffer[index..<index + 4]) == terminator {
                    return index
                }
                searched = buffer.count - 3
            }
            if available >= Self.maximumHeaderLength || !readMore() { return nil }
        }
    }

    private mutating func fill(_ count: Int) -> Bool {
        while available < count {
            if !readMore() { return false }
        }
        return true
    }

    /// Drops `count` bytes of input without keeping them; false if the input ended first.
    private mutating func skip(_ count: Int) -> Bool {
        var left = count
        while left > 0 {
            if available == 0, !readMore() { return false }
            let taken = min(left, available)
            consume(taken)
            left -= taken
        }
        return true
    }

    private mutating func readMore() -> Bool {
        guard !ended, let chunk = readChunk(), !chunk.isEmpty else {
            ended = true
            return false
        }
        buffer += chunk
        return true
    }

    private mutating func consume(_ count: Int) {
        start += count
        if start > 1 << 16 || start == buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
