import IGFRules

/// Converts between byte offsets in a rule file and the protocol's positions: 0-based lines and
/// columns counted in UTF-16 code units.
struct TextPositions {
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    init(_ file: SourceFile) { self.init(file.bytes) }

    var lineCount: Int { lineStarts.count }

    /// The protocol position of a byte offset.
    func position(of offset: Int) -> JSON {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(containing: clamped)
        let prefix = String(decoding: bytes[lineStarts[line]..<clamped], as: UTF8.self)
        return ["line": .int(line), "character": .int(prefix.utf16.count)]
    }

    func range(of range: Range<Int>) -> JSON {
        ["start": position(of: range.lowerBound), "end": position(of: range.upperBound)]
    }

    /// The byte offset of a protocol position (clamped to the line and to the text).
    func offset(of position: JSON?) -> Int? {
        guard let line = position?["line"]?.int, let character = position?["character"]?.int, line >= 0, character >= 0 else { return nil }
        guard line < lineStarts.count else { return bytes.count }
        let start = lineStarts[line]
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        var units = 0
        var offset = start
        for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
            guard units < character else { break }
            units += scalar.utf16.count
            offset += scalar.utf8.count
        }
        return min(offset, end)
    }

    /// The byte range of a protocol range.
    func byteRange(of range: JSON?) -> Range<Int>? {
        guard let lower = offset(of: range?["start"]), let upper = offset(of: range?["end"]), lower <= upper else { return nil }
        return lower..<upper
    }

    /// The byte range of a 0-based line, without its line end.
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < lineStarts.count else { return bytes.count..<bytes.count }
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return lineStarts[line]..<end
    }

    /// The 0-based line of a byte offset.
    func line(of offset: Int) -> Int { lineIndex(containing: max(0, min(offset, bytes.count))) }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
