import Foundation

/// Reading data files: one JSON document (`--data`), or a stream of records (`--each`: a JSON
/// array, or JSON Lines with one record per line). Problems are diagnostics with file, line and
/// column.
public enum DataFile {
    /// The largest data file read whole, in bytes. `--each` reads JSON Lines line by line.
    public static let maximumFileSize = 1 << 30

    public static func read(_ path: String) -> Result<Value, Diagnostic> {
        switch RuleLoader.read(path, limit: maximumFileSize) {
        case .success(let bytes):
            return parse(SourceFile(path: path, bytes: bytes))
        case .failure(let problem):
            return .failure(Diagnostic(.error, code: "unreadable-data", message: "cannot read the data file \(path): \(problem)"))
        }
    }

    public static func parse(_ file: SourceFile) -> Result<Value, Diagnostic> {
        var reader = JSONReader(bytes: file.bytes)
        do {
            return .success(try reader.readDocument())
        } catch {
            return .failure(diagnostic(error, file: file))
        }
    }

    static func diagnostic(_ failure: JSONReader.Failure, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "invalid-json", message: "this data is not valid JSON: \(failure.message)",
                   file: file, range: failure.offset..<min(failure.offset + 1, max(failure.offset + 1, file.bytes.count)),
                   notes: failure.notes)
    }
}

/// The records of an `--each` file, read one at a time so that large batches need little memory.
/// A line of JSON Lines that is not JSON gives a failure, and reading goes on with the next line;
/// a file that cannot be opened, or a JSON array that is not valid, gives one failure and ends.
public struct RecordStream: IteratorProtocol {
    public let path: String
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var consumed = 0
    private var atEndOfFile = false
    private var lineNumber = 0
    /// Set for a JSON array, which is read whole.
    private var arrayItems: [Value]?
    private var arrayIndex = 0
    private var failed = false
    /// Set when the file as a whole could not be read (it does not exist, is not a regular file,
    /// or is not records at all), as opposed to one record that is not JSON.
    public private(set) var fileFailed = false
    private let problem: FileAccess.Problem?

    /// Opens the file; a file that cannot be opened gives one failure from `next()`. Only a
    /// regular file is opened (a FIFO would block).
    public init(path: String) {
        self.path = path
        problem = FileAccess.problem(reading: path)
        handle = problem == nil ? FileHandle(forReadingAtPath: path) : nil
    }

    public mutating func next() -> Result<Value, Diagnostic>? {
        if failed { return nil }
        guard let handle else {
            failed = true
            fileFailed = true
            return .failure(Diagnostic(.error, code: "unreadable-data", message: "cannot read the records file \(path): \(problem ?? .unreadable)"))
        }
        if let items = arrayItems {
            guard arrayIndex < items.count else { return nil }
            arrayIndex += 1
            return .success(items[arrayIndex - 1])
        }
        if lineNumber == 0, consumed == 0 {
            fill(handle)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { consumed = 3 }
            if let first = buffer[consumed...].first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }),
                first == UInt8(ascii: "[")
            {
                return readArray(handle)
            }
        }
        let firstLine = lineNumber == 0
        while true {
            guard let line = nextLine(handle) else { return nil }
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let file = SourceFile(path: path, bytes: line, firstLine: lineNumber)
            var reader = JSONReader(bytes: line)
            do {
                return .success(try reader.readDocument())
            } catch {
                // One broken line is reported; the records after it are still read.
                let lineEnds = error.message.contains("the end of the file") || error.message.contains("the file ends")
                let message = error.message.replacingOccurrences(of: "the end of the file", with: "the end of the line")
                    .replacingOccurrences(of: "the file ends", with: "the line ends")
                var diagnostic = DataFile.diagnostic(JSONReader.Failure(offset: error.offset, message: message, notes: error.notes), file: file)
                if lineEnds, firstLine, line.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{"),
                    case .success(.record) = DataFile.read(path)
                {
                    // A JSON object spread over lines (pretty-printed) is one document, not records.
                    failed = true
                    fileFailed = true
                    return .failure(Diagnostic(.error, code: "not-records", message: "the records file \(path) is one JSON object spread over several lines, not one record per line",
                                               notes: ["give it with --data \(path) (or --data NAME=\(path) for one record), or write the records one per line (JSON Lines) or as a JSON array [ … ]"]))
                }
                if lineEnds {
                    diagnostic.notes.append("in a JSON Lines file each record must be on one line; a JSON array [ … ] may span lines")
                }
                return .failure(diagnostic)
            }
        }
    }

    private mutating func readArray(_ handle: FileHandle) -> Result<Value, Diagnostic>? {
        while !atEndOfFile {
            fill(handle)
            if buffer.count > DataFile.maximumFileSize {
                failed = true
                fileFailed = true
                return .failure(Diagnostic(.error, code: "too-large", message: "the records file \(path) is larger than 1 GB; give it as JSON Lines instead"))
            }
        }
        switch DataFile.parse(SourceFile(path: path, bytes: buffer)) {
        case .success(.list(let items)):
            arrayItems = items
            buffer = []
            return next()
        case .success:
            failed = true
            fileFailed = true
            return .failure(Diagnostic(.error, code: "not-records", message: "the records file \(path) holds one value, not a list of records"))
        case .failure(let diagnostic):
            failed = true
            fileFailed = true
            return .failure(diagnostic)
        }
    }

    private mutating func fill(_ handle: FileHandle) {
        guard !atEndOfFile else { return }
        let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
        if let chunk, !chunk.isEmpty {
            if consumed > 0, consumed == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                consumed = 0
            } else if consumed > 1 << 20 {
                buffer.removeFirst(consumed)
                consumed = 0
            }
            buffer.append(contentsOf: chunk)
        } else {
            atEndOfFile = true
        }
    }

    private mutating func nextLine(_ handle: FileHandle) -> [UInt8]? {
        while true {
            if let newline = buffer[consumed...].firstIndex(of: 0x0A) {
                let line = Array(buffer[consumed..<newline])
                consumed = newline + 1
                return line
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
}
