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

    /// What an escaper does with a byte that is not plain (`isPlain`).
    enum Replacement {
        /// Copies it as it is.
        case keep
        /// Writes this entity instead.
        case entity(String)
        /// The bytes alone cannot tell: the escaper must go through the text's characters.
        case unsettled
    }

    /// Appends `utf8` to `out`, each byte that is not plain replaced as `replacement` says (given
    /// the byte's index); false, with `out` partly written, when a replacement is `unsettled`.
    /// The plain bytes between two entities are found a word at a time and copied in one go.
    static func escape(_ utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], _ replacement: (Int) -> Replacement) -> Bool {
        var copied = 0
        var index = plainRun(utf8, from: 0)
        while index < utf8.count {
            switch replacement(index) {
            case .unsettled: return false
            case .keep: break
            case .entity(let entity):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                out.append(contentsOf: entity.utf8)
                copied = index + 1
            }
            index = plainRun(utf8, from: index + 1)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        return true
    }

    /// The end of the run of bytes from `start` that every markup escaper copies as they are:
    /// printable ASCII other than `&`, `<`, `>`, `"` and `'`. Eight bytes at a time.
    static func plainRun(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                guard isPlain(word) else { break }
                index += 8
            }
        }
        while index < utf8.count, isPlain(utf8[index]) { index += 1 }
        return index
    }

    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
            && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
    }

    /// Whether each of the eight bytes of `word` is plain (`isPlain`). With every byte below 0x80,
    /// no subtraction or addition below borrows or carries across bytes, so each tests its own byte:
    /// `x - n` has its high bit set, where `x` has not, exactly when `x < n`.
    @inline(__always)
    static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return false }
        let below = (word &- 0x20 &* ones) & ~word
        let delete = (word &+ ones) & highs
        func equal(_ byte: UInt8) -> UInt64 {
            let x = word ^ (UInt64(byte) &* ones)
            return (x &- ones) & ~x
        }
        let special = equal(UInt8(ascii: "&")) | equal(UInt8(ascii: "<")) | equal(UInt8(ascii: ">")) | equal(UInt8(ascii: "\"")) | equal(UInt8(ascii: "'"))
        return (below | delete | special) & highs == 0
    }
}
