/// Escaping markup (HTML, XML) from a text's UTF-8 alone: the bytes that need no more than a
/// lookup, and those that start a character the escapers write otherwise (a control character
/// shown visibly, a character XML forbids).
enum MarkupBytes {
    /// Whether the byte at `index` starts a character that `VisibleControls` shows visibly
    /// (but tab and line break) or that XML 1.0 forbids (U+FFFE, U+FFFF).
    static func startsSpecialCharacter(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = utf8[index]
        switch byte {
        case 0x09, 0x0A: return false
        case 0..<0x20, 0x7F: return true
        case 0xC2: return index + 1 < utf8.count && (0x80...0x9F).contains(utf8[index + 1])
        case 0xE2:
            guard index + 2 < utf8.count else { return false }
            let (second, third) = (utf8[index + 1], utf8[index + 2])
            if second == 0x80 { return third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) }
            return second == 0x81 && (0xA6...0xA9).contains(third)
        case 0xEF: return index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE
        default: return false
        }
    }
}
