import Foundation

/// Reading data files: one JSON document (`--data`), or a stream of records (`--each`: a JSON
/// array, or JSON Lines with one record per line). Problems are diagnostics with file, line and
/// column.
package enum DataFile {
    /// The largest data file read whole, and the longest record of an `--each` file, in bytes:
    /// read, a file takes about 13 times its size in memory, so 64 MB stays well under 2 GB.
    /// `--each` reads its records one at a time, with no limit on their number.
    package static let maximumFileSize = 64 << 20

    package static func read(_ path: String) -> Result<Value, Diagnostic> {
        switch FileAccess.read(path, limit: maximumFileSize, pipes: true) {
        case .success(let bytes):
            return parse(SourceFile(path: path, bytes: bytes))
        case .failure(let problem):
            return .failure(Diagnostic(.error, code: "unreadable-data", message: "cannot read the data file \(path): \(problem)"))
        }
    }

    package static func parse(_ file: SourceFile) -> Result<Value, Diagnostic> {
        var reader = JSONReader(bytes: file.bytes)
        do {
            return .success(try reader.readDocument())
        } catch {
            return .failure(diagnostic(error, file: file))
        }
    }

    static func diagnostic(_ failure: JSONReader.Failure, file: SourceFile) -> Diagnostic {
        let range = failure.offset..<min(failure.offset + 1, max(failure.offset + 1, file.bytes.count))
        // Valid JSON past a reader limit (a text, a list, nesting) is too large, not invalid.
        guard !failure.pastLimit else {
            return Diagnostic(.error, code: "too-large", message: "this data is too large to read: \(failure.message)",
                              file: file, range: range, notes: failure.notes)
        }
        return Diagnostic(.error, code: "invalid-json", message: "this data is not valid JSON: \(failure.message)",
                          file: file, range: range, notes: failure.notes)
    }
}

/// The records of an `--each` file, read one at a time so that large batches need little memory.
/// A line of JSON Lines that is not JSON gives a failure, and reading goes on with the next line;
/// a JSON array is read one element at a time (`JSONArrayRecords`), and a broken element ends it;
/// a file that cannot be opened gives one failure and ends.
package struct RecordStream: IteratorProtocol {
    package let path: String
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var consumed = 0
    private var atEndOfFile = false
    private var lineNumber = 0
    /// Set for a JSON array, read one element at a time.
    private var array: JSONArrayRecords?
    private var failed = false
    /// Set when the file as a whole could not be read (it does not exist, is not a regular file,
    /// or is not records at all), as opposed to one record that is not JSON.
    package private(set) var fileFailed = false
    private let problem: FileAccess.Problem?

    /// Opens the file; a file that cannot be opened gives one failure from `next()`. Only a
    /// regular file or a pipe is opened (`FileAccess.openForStreaming`).
    /// The longest line (one record) read, so that a file with no line end cannot fill memory.
    private let lineLimit: Int
    private var lineTooLong = false

    package init(path: String, lineLimit: Int = DataFile.maximumFileSize) {
        self.path = path
        self.lineLimit = lineLimit
        (problem, handle) = FileAccess.openForStreaming(path)
    }

    /// One record as the file gives it: a line of JSON Lines not yet parsed (`parse` reads it, on
    /// any thread), a value already read (an element of a JSON array, `size` bytes of JSON), or a
    /// failure.
    package enum RawRecord: Sendable {
        case line([UInt8], number: Int)
        case value(Value, size: Int)
        case failure(Diagnostic)
    }

    package mutating func next() -> Result<Value, Diagnostic>? {
        switch nextRaw() {
        case nil: return nil
        case .line(let bytes, let number): return RecordStream.parse(line: bytes, number: number, path: path)
        case .value(let value, _): return .success(value)
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// The next record, with a line of JSON Lines left unparsed.
    package mutating func nextRaw() -> RawRecord? {
        if failed { return nil }
        guard let handle else {
            failed = true
            fileFailed = true
            return .failure(Diagnostic(.error, code: "unreadable-data", message: "cannot read the records file \(path): \(problem ?? .unreadable)"))
        }
        if array != nil { return nextElement() }
        if lineNumber == 0, consumed == 0 {
            fill(handle)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { consumed = 3 }
            if let first = buffer[consumed...].firstIndex(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }),
                buffer[first] == UInt8(ascii: "[")
            {
                array = JSONArrayRecords(path: path, handle: handle, buffer: buffer, bracket: first)
                buffer = []
                return nextElement()
            }
        }
        let firstLine = lineNumber == 0
        while true {
            guard let line = nextLine(handle) else {
                guard lineTooLong else { return nil }
                failed = true
                return .failure(Diagnostic(.error, code: "too-large",
                                           message: "line \(lineNumber + 1) of the records file \(path) is longer than \(lineLimit >= 1 << 20 ? "\(lineLimit >> 20) MB" : "\(lineLimit) bytes"); nothing after it is read",
                                           notes: ["JSON Lines hold one record per line"]))
            }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if firstLine, let refusal = prettyPrintedObject(startingWith: line) {
                failed = true
                fileFailed = true
                return .failure(refusal)
            }
            return .line(line, number: lineNumber)
        }
    }

    /// A JSON object spread over several lines (pretty-printed) is one document, not records: when
    /// the first line starts an object it does not finish, and the whole file is one object.
    private func prettyPrintedObject(startingWith line: [UInt8]) -> Diagnostic? {
        guard line.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") else { return nil }
        var reader = JSONReader(bytes: line)
        do {
            _ = try reader.readDocument()
            return nil
        } catch {
            guard case .success(.record) = DataFile.read(path) else { return nil }
            return Diagnostic(.error, code: "not-records", message: "the records file \(path) is one JSON object spread over several lines, not one record per line",
                              notes: ["give it with --data \(path) (or --data NAME=\(path) for one record), or write the records one per line (JSON Lines) or as a JSON array [ … ]"])
        }
    }

    /// Reads one line of a JSON Lines file; a line that is not JSON gives a diagnostic that
    /// speaks of the line, not the file.
    package static func parse(line: [UInt8], number: Int, path: String) -> Result<Value, Diagnostic> {
        var reader = JSONReader(bytes: line, extent: .line)
        do {
            return .success(try reader.readDocument())
        } catch {
            return .failure(lineDiagnostic(error, line: line, number: number, path: path))
        }
    }

    /// What is wrong with a line of JSON Lines that is not JSON (the records after it are still read).
    static func lineDiagnostic(_ error: JSONReader.Failure, line: [UInt8], number: Int, path: String) -> Diagnostic {
        let file = SourceFile(path: path, bytes: line, firstLine: number)
        var diagnostic = DataFile.diagnostic(error, file: file)
        if error.endsEarly {
            diagnostic.notes.append("in a JSON Lines file each record must be on one line; a JSON array [ … ] may span lines")
        }
        return diagnostic
    }

    private mutating func nextElement() -> RawRecord? {
        switch array?.next() {
        case nil: return nil
        case .success(let (value, size)): return .value(value, size: size)
        case .failure(let diagnostic):
            failed = true
            fileFailed = true
            return .failure(diagnostic)
        }
    }

    /// Bytes read at a time: small, so that the buffer holds one chunk and the line it cuts, not megabytes.
    private static let chunkSize = 1 << 16

    private mutating func fill(_ handle: FileHandle) {
        guard !atEndOfFile else { return }
        // Read into a byte array of its own, not through Foundation's `Data` (a copy of every byte).
        if let chunk = FileAccess.readSome(handle.fileDescriptor, upTo: RecordStream.chunkSize), !chunk.isEmpty {
            // The lines already read are dropped first (moving the cut line's start, a few KB at most).
            if consumed > 0 {
                buffer.removeFirst(consumed)
                consumed = 0
            }
            buffer.append(contentsOf: chunk)
        } else {
            atEndOfFile = true
        }
    }

    private mutating func nextLine(_ handle: FileHandle) -> [UInt8]? {
        // Bytes after `consumed` already searched, so that a long line is searched once, not once per chunk.
        var searched = 0
        while true {
            if let newline = RecordStream.newline(in: buffer, from: consumed + searched) {
                if newline - consumed > lineLimit {
                    lineTooLong = true
                    return nil
                }
                let line = Array(buffer[consumed..<newline])
                consumed = newline + 1
                return line
            }
            searched = buffer.count - consumed
            if searched > lineLimit {
                lineTooLong = true
                return nil
            }
            if atEndOfFile {
                guard consumed < buffer.count else { return nil }
                let line = Array(buffer[consumed...])
                consumed = buffer.count
                return line
            }
            fill(handle)
        }
    }

    /// The offset of the first line feed at or after `start`.
    private static func newline(in buffer: [UInt8], from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
