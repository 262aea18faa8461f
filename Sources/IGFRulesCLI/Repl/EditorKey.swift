/// A key (or a run of typed characters) read from a terminal in raw mode.
enum EditorKey: Equatable {
    /// Characters typed or pasted, gathered so that a paste is inserted at once.
    case text(String)
    case enter, interrupt, endOfInput, tab, reverseSearch, abort
    case backspace, delete, deleteWordBefore, killToEnd, killToStart, clearScreen
    case left, right, up, down, home, end, wordLeft, wordRight
    case ignored

    /// Decodes the next key from `bytes` (which reads more from the terminal when a sequence is cut short);
    /// nil at the end of input.
    static func read(from bytes: inout ByteQueue) -> EditorKey? {
        guard let byte = bytes.next() else { return nil }
        switch byte {
        case 13, 10: return .enter
        case 3: return .interrupt
        case 4: return .endOfInput
        case 9: return .tab
        case 18: return .reverseSearch
        case 7: return .abort
        case 1: return .home
        case 5: return .end
        case 2: return .left
        case 6: return .right
        case 16: return .up
        case 14: return .down
        case 11: return .killToEnd
        case 21: return .killToStart
        case 23: return .deleteWordBefore
        case 12: return .clearScreen
        case 127, 8: return .backspace
        case 27: return escape(from: &bytes)
        case 0..<32: return .ignored
        default: return text(startingWith: byte, from: &bytes)
        }
    }

    /// Printable characters, as many as are already waiting (a paste arrives in large chunks).
    private static func text(startingWith first: UInt8, from bytes: inout ByteQueue) -> EditorKey {
        var collected: [UInt8] = []
        var byte = first
        while true {
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            collected.append(byte)
            for _ in 1..<length {
                guard let more = bytes.next() else { break }
                collected.append(more)
            }
            guard let peeked = bytes.peekWaiting(), peeked >= 32, peeked != 127 else { break }
            byte = bytes.next()!
        }
        return .text(String(decoding: collected, as: UTF8.self))
    }

    /// `ESC [ …` and `ESC O …` sequences, and Alt (Meta) keys sent as ESC and a character.
    private static func escape(from bytes: inout ByteQueue) -> EditorKey? {
        guard let next = bytes.next() else { return nil }
        switch next {
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return .wordLeft
        case UInt8(ascii: "f"), UInt8(ascii: "F"): return .wordRight
        case 127, 8: return .deleteWordBefore
        case UInt8(ascii: "["), UInt8(ascii: "O"): break
        default: return .ignored
        }
        var parameters: [UInt8] = []
        while let byte = bytes.next() {
            if (0x40...0x7E).contains(byte) { return control(final: byte, parameters: String(decoding: parameters, as: UTF8.self)) }
            parameters.append(byte)
            if parameters.count > 8 { return .ignored }
        }
        return nil
    }

    private static func control(final: UInt8, parameters: String) -> EditorKey {
        let modified = parameters.hasSuffix(";5") || parameters.hasSuffix(";3")
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return modified ? .wordRight : .right
        case UInt8(ascii: "D"): return modified ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch parameters {
            case "3": return .delete
            case "1", "7": return .home
            case "4", "8": return .end
            default: return .ignored
            }
        default: return .ignored
        }
    }
}

/// Bytes from the terminal, read in chunks so that a paste is handled at once; what a chunk holds
/// beyond the current line stays for the next.
struct ByteQueue {
    private var bytes: [UInt8] = []
    private var start = 0
    /// Reads the next chunk (blocking); nil or empty at the end of input.
    let fill: () -> [UInt8]?

    init(fill: @escaping () -> [UInt8]?) {
        self.fill = fill
    }

    /// Whether bytes are waiting, so that a redraw can wait until they are handled.
    var hasWaiting: Bool { start < bytes.count }

    func peekWaiting() -> UInt8? { start < bytes.count ? bytes[start] : nil }

    mutating func next() -> UInt8? {
        if start >= bytes.count {
            guard let chunk = fill(), !chunk.isEmpty else { return nil }
            bytes = chunk
            start = 0
        }
        start += 1
        return bytes[start - 1]
    }
}
