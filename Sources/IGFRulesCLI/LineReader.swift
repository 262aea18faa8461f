import Foundation

/// Reads lines from a file descriptor (standard input, when it is not a terminal) with a bound
/// on their length, so that one enormous line cannot exhaust memory: a line longer than
/// `maximumLength` bytes is skipped to its end, and reported once it has been.
final class LineReader {
    static let maximumLength = 1 << 20

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the next `\n` goes on: the bytes before it hold none.
    private var scanned = 0
    private var atEnd = false
    /// Called with the length of a line that was too long, once it has been skipped.
    private let tooLong: (Int) -> Void

    init(descriptor: Int32, tooLong: @escaping (Int) -> Void) {
        self.descriptor = descriptor
        self.tooLong = tooLong
    }

    /// The next line without its `\n` (or `\r\n`); nil at the end of the input.
    func next() -> String? {
        var skipped = 0
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                scanned = start
                if skipped > 0 {
                    tooLong(skipped + line.count)
                    return ""
                }
                return String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            }
            scanned = buffer.count
            if buffer.count - start > LineReader.maximumLength {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                let line = buffer[start...]
                start = buffer.count
                if skipped > 0 {
                    tooLong(skipped + line.count)
                    return ""
                }
                return String(decoding: line, as: UTF8.self)
            }
            fill()
        }
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                atEnd = true
                return
            }
            buffer.append(contentsOf: chunk[0..<count])
            return
        }
    }
}
