import Foundation

/// The records of a JSON array given to `--each`, read one element at a time so that memory stays
/// flat however large the file: each element is found by scanning (brackets, texts and escapes),
/// then read by `JSONReader`. Problems have the file's own line and column. A broken element or a
/// broken array ends the records there; the elements before it have been given already.
struct JSONArrayRecords {
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8]
    /// The file offset of `buffer[0]`; every other offset here is a file offset.
    private var base = 0
    /// The next byte to read.
    private var position: Int
    /// The line number at `lineStart`, the start of the line that holds `position`.
    private var line = 1
    private var lineStart = 0
    /// Bytes from here on are kept when the buffer is refilled (the element being scanned).
    private var anchor: Int
    private var atEndOfFile = false
    /// Set when the element being scanned grew past `DataFile.maximumFileSize`.
    private var elementTooLarge = false
    private var state = State.first

    private enum State { case first, next, done }

    /// The bytes of a line before an element that are kept to show the line in a message.
    static let keptLinePrefix = 1 << 16
    static let chunkSize = 1 << 20

    /// `buffer` holds the file's first bytes; `bracket` is the offset of the array's `[`.
    init(path: String, handle: FileHandle, buffer: [UInt8], bracket: Int) {
        self.path = path
        self.handle = handle
        self.buffer = buffer
        for offset in 0..<bracket where buffer[offset] == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        position = bracket + 1
        anchor = position
    }

    /// The next element and its size in bytes.
    mutating func next() -> Result<(Value, Int), Diagnostic>? {
        guard state != .done else { return nil }
        anchor = position
        skipSpace()
        guard let byte = byte(at: position) else {
            state = .done
            return .failure(problem(at: position, "this list is not closed: the file ends before its `]`"))
        }
        if byte == UInt8(ascii: "]"), state == .first || state == .next {
            position += 1
            return finish()
        }
        if state == .next {
            guard byte == UInt8(ascii: ",") else {
                state = .done
                return .failure(problem(at: position, "expected `,` or `]` in the list, found \(describe(at: position))"))
            }
            position += 1
            skipSpace()
            guard self.byte(at: position) != nil else {
                state = .done
                return .failure(problem(at: position, "this list is not closed: the file ends before its `]`"))
            }
        }
        state = .next
        let start = position
        anchor = start
        let end = scanValue(from: start)
        if elementTooLarge {
            state = .done
            return .failure(Diagnostic(.error, code: "too-large", message: "a record of \(path) is larger than \(DataFile.maximumFileSize >> 20) MB; nothing after it is read",
                                       notes: ["give the records one per line (JSON Lines), each of a reasonable size"]))
        }
        return read(start..<end)
    }

    /// Reads the element in `range` (file offsets), with the start of its line for messages.
    private mutating func read(_ range: Range<Int>) -> Result<(Value, Int), Diagnostic> {
        let keep = range.lowerBound - lineStart <= JSONArrayRecords.keptLinePrefix && lineStart >= base ? lineStart : range.lowerBound
        let bytes = Array(buffer[(keep - base)..<lineEnd(after: range.upperBound)])
        var reader = JSONReader(bytes: bytes, range: (range.lowerBound - keep)..<(range.upperBound - keep))
        do {
            let value = try reader.readDocument()
            for offset in range where buffer[offset - base] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            position = range.upperBound
            return .success((value, range.count))
        } catch {
            state = .done
            return .failure(DataFile.diagnostic(error, file: SourceFile(path: path, bytes: bytes, firstLine: line)))
        }
    }

    /// After the closing `]`: only white space may follow.
    private mutating func finish() -> Result<(Value, Int), Diagnostic>? {
        state = .done
        anchor = position
        skipSpace()
        guard byte(at: position) == nil else {
            return .failure(problem(at: position, "expected the end of the data after the JSON value, found \(describe(at: position))",
                                    notes: ["a records file holds one JSON array, or one record per line (JSON Lines)"]))
        }
        return nil
    }

    /// The offset just after the value that starts at `start` (or the end of the file).
    private mutating func scanValue(from start: Int) -> Int {
        guard let first = byte(at: start) else { return start }
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var offset = start
            var depth = 0
            var inText = false
            var escaped = false
            while let byte = byte(at: offset) {
                offset += 1
                if inText {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inText = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inText = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return offset }
                default: break
                }
            }
            return offset
        case UInt8(ascii: "\""):
            var offset = start + 1
            var escaped = false
            while let byte = byte(at: offset) {
                offset += 1
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { return offset }
            }
            return offset
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return start + 1
        default:
            var offset = start
            while let byte = byte(at: offset), !JSONArrayRecords.endsScalar(byte) { offset += 1 }
            return offset
        }
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    private mutating func skipSpace() {
        while let byte = byte(at: position) {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = position + 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            position += 1
            anchor = position
        }
    }

    /// The byte at a file offset, reading more of the file when needed; nil at its end.
    private mutating func byte(at offset: Int) -> UInt8? {
        while offset - base >= buffer.count {
            guard fill() else { return nil }
        }
        return buffer[offset - base]
    }

    /// Reads the next chunk, first dropping the bytes before the anchor (and its line) once many.
    private mutating func fill() -> Bool {
        guard !atEndOfFile else { return false }
        // An element larger than a whole data file may be is not read further (`next` refuses it).
        if base + buffer.count - anchor > DataFile.maximumFileSize {
            elementTooLarge = true
            return false
        }
        let keep = anchor - lineStart <= JSONArrayRecords.keptLinePrefix ? min(lineStart, anchor) : anchor
        if keep - base >= JSONArrayRecords.chunkSize {
            buffer.removeFirst(keep - base)
            base = keep
        }
        guard let chunk = FileAccess.readSome(handle.fileDescriptor, upTo: JSONArrayRecords.chunkSize), !chunk.isEmpty else {
            atEndOfFile = true
            return false
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// A problem at a file offset, shown on its line.
    private func problem(at offset: Int, _ message: String, notes: [String] = []) -> Diagnostic {
        let keep = max(base, offset - lineStart <= JSONArrayRecords.keptLinePrefix ? lineStart : offset)
        let bytes = Array(buffer[(keep - base)..<max(keep - base, lineEnd(after: offset))])
        let failure = JSONReader.Failure(offset: offset - keep, message: message, notes: notes)
        return DataFile.diagnostic(failure, file: SourceFile(path: path, bytes: bytes, firstLine: line))
    }

    /// The buffer index where the line holding `offset` ends (within what is read, and at most
    /// `keptLinePrefix` bytes on), so that a message shows the whole line.
    private func lineEnd(after offset: Int) -> Int {
        var index = min(offset - base, buffer.count)
        let limit = min(buffer.count, index + JSONArrayRecords.keptLinePrefix)
        while index < limit, buffer[index] != UInt8(ascii: "\n") { index += 1 }
        return index
    }

    private func describe(at offset: Int) -> String {
        let index = offset - base
        guard index < buffer.count else { return "the end of the file" }
        let byte = buffer[index]
        if byte >= 0x21, byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
        return "the byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}
