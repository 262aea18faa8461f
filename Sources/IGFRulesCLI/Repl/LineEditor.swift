import Foundation

/// Reads lines from a terminal with editing: arrows, Home/End, Backspace/Delete, Ctrl-A/E/K/U,
/// history with Up/Down, Ctrl-C to cancel the line, Ctrl-D to end on an empty line. The
/// terminal is put in raw mode (through termios) only while a line is being read, without
/// discarding keys typed ahead.
final class LineEditor {
    enum Line {
        case text(String)
        case cancelled
        case end
    }

    private var history: [String]
    private let output: (String) -> Void

    init(history: [String], output: @escaping (String) -> Void) {
        self.history = history
        self.output = output
    }

    func remember(_ line: String) {
        guard !line.isEmpty, history.last != line else { return }
        history.append(line)
    }

    func read(prompt: String) -> Line {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return plainRead(prompt: prompt) }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &original) }
        return edit(prompt: prompt)
    }

    private func plainRead(prompt: String) -> Line {
        output(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .text(line)
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    private func edit(prompt: String) -> Line {
        var buffer: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        var draft: [Character] = []
        func redraw() {
            let tail = buffer.count - cursor
            output("\r" + prompt + String(buffer) + "\u{1B}[K" + (tail > 0 ? "\u{1B}[\(tail)D" : ""))
        }
        redraw()
        while let byte = readByte() {
            switch byte {
            case 13, 10:
                output("\r\n")
                return .text(String(buffer))
            case 3:
                output("^C\r\n")
                return .cancelled
            case 4:
                if buffer.isEmpty {
                    output("\r\n")
                    return .end
                }
                if cursor < buffer.count { buffer.remove(at: cursor) }
            case 1: cursor = 0
            case 5: cursor = buffer.count
            case 11: buffer.removeSubrange(cursor...)
            case 21:
                buffer.removeSubrange(..<cursor)
                cursor = 0
            case 12: output("\u{1B}[H\u{1B}[2J")
            case 127, 8:
                if cursor > 0 {
                    buffer.remove(at: cursor - 1)
                    cursor -= 1
                }
            case 27:
                guard let next = readByte() else { return .end }
                guard next == UInt8(ascii: "[") || next == UInt8(ascii: "O") else { break }
                guard let code = readByte() else { return .end }
                switch code {
                case UInt8(ascii: "A"), UInt8(ascii: "B"):
                    let up = code == UInt8(ascii: "A")
                    if historyIndex == history.count { draft = buffer }
                    historyIndex = up ? max(0, historyIndex - 1) : min(history.count, historyIndex + 1)
                    buffer = historyIndex == history.count ? draft : Array(history[historyIndex])
                    cursor = buffer.count
                case UInt8(ascii: "C"): cursor = min(buffer.count, cursor + 1)
                case UInt8(ascii: "D"): cursor = max(0, cursor - 1)
                case UInt8(ascii: "H"): cursor = 0
                case UInt8(ascii: "F"): cursor = buffer.count
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    var digits = [code]
                    while let more = readByte(), more != UInt8(ascii: "~") {
                        digits.append(more)
                        if digits.count > 4 { break }
                    }
                    switch digits {
                    case [UInt8(ascii: "3")]: if cursor < buffer.count { buffer.remove(at: cursor) }
                    case [UInt8(ascii: "1")], [UInt8(ascii: "7")]: cursor = 0
                    case [UInt8(ascii: "4")], [UInt8(ascii: "8")]: cursor = buffer.count
                    default: break
                    }
                default: break
                }
            default:
                guard byte >= 32 else { break }
                var bytes = [byte]
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                while bytes.count < length, let more = readByte() { bytes.append(more) }
                for character in String(decoding: bytes, as: UTF8.self) {
                    buffer.insert(character, at: cursor)
                    cursor += 1
                }
            }
            redraw()
        }
        return .end
    }
}
