extension SourceFile {
    /// A piece of one line around a byte offset, decoded as text.
    struct LineWindow {
        /// The text of the window, without the line end.
        let text: String
        /// The 0-based column (in characters) of the offset within `text`.
        let column: Int
        /// Whether the line goes on before or after the window.
        let cutBefore: Bool
        let cutAfter: Bool
    }

    /// At most `radius` bytes of the line either side of `offset` (whole characters), so that a
    /// message about a spot in a line of hundreds of megabytes decodes only a few kilobytes.
    func lineWindow(around offset: Int, radius: Int = 1024) -> LineWindow {
        let spot = max(0, min(offset, bytes.count))
        let line = lineIndex(containing: spot)
        var lineEnd = line < lineStarts.count - 1 ? lineStarts[line + 1] : bytes.count
        while lineEnd > lineStarts[line], bytes[lineEnd - 1] == UInt8(ascii: "\n") || bytes[lineEnd - 1] == UInt8(ascii: "\r") {
            lineEnd -= 1
        }
        var from = max(lineStarts[line], spot - radius)
        while from > lineStarts[line], bytes[from] & 0xC0 == 0x80 { from -= 1 }
        var to = max(from, min(lineEnd, spot + radius))
        while to < lineEnd, bytes[to] & 0xC0 == 0x80 { to += 1 }
        let before = String(decoding: bytes[from..<spot], as: UTF8.self)
        return LineWindow(text: String(decoding: bytes[from..<to], as: UTF8.self), column: before.count,
                          cutBefore: from > lineStarts[line], cutAfter: to < lineEnd)
    }
}
