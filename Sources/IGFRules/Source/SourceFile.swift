/// The text of one input file (a rule file, a data file, or a line typed at the REPL), held as
/// UTF-8 bytes with a table of line starts, so that positions are byte offsets and line/column
/// are computed only when a message needs them.
public final class SourceFile: Sendable {
    /// The path as the user gave it (shown in messages), or a label such as `<param>`.
    package let path: String
    package let bytes: [UInt8]
    /// Byte offset at which each line starts; line 1 starts at 0.
    let lineStarts: [Int]
    /// The line number of the first line: 1, or more for one line cut from a larger file
    /// (a record of a JSON Lines file).
    package let firstLine: Int

    package init(path: String, bytes: [UInt8], firstLine: Int = 1) {
        self.path = path
        self.bytes = bytes
        self.firstLine = firstLine
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    package convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The 1-based line and column of a byte offset. Columns count characters, not bytes.
    package func location(of offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(containing: clamped)
        var start = lineStarts[line]
        // A byte order mark is no character of the line: editors do not show or count it.
        if start == 0, clamped >= 3, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let prefix = String(decoding: bytes[start..<clamped], as: UTF8.self)
        return SourceLocation(line: line + firstLine, column: prefix.count + 1)
    }

    /// The text of a 1-based line, without its line end.
    package func lineText(_ numberedLine: Int) -> String {
        let line = numberedLine - firstLine + 1
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The source text of a byte range, as written.
    package func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    package var lineCount: Int { lineStarts.count }

    /// Binary search for the last line start at or before `offset`.
    func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

/// A 1-based line and column.
package struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    package let line: Int
    package let column: Int
    public var description: String { "\(line):\(column)" }
}
