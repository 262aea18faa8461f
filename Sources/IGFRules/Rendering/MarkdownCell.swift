extension MarkdownReport {
    /// Appends `text` as a table cell: `\ | * _ ` < > [ ] #` escaped with a backslash, and line
    /// breaks and tabs as spaces, character by character. The bytes are read directly when that
    /// gives the same characters: a punctuation byte between ASCII bytes is a character of its
    /// own (only non-ASCII marks combine with it), and U+1FEF, which Swift counts equal to a
    /// backtick, is absent. Otherwise the text is read as `Character`s.
    static func cell(_ text: String, into out: inout [UInt8]) {
        let start = out.count
        var text = text
        let done = text.withUTF8 { cellBytes($0, into: &out) }
        if !done {
            out.removeSubrange(start...)
            cellCharacters(text, into: &out)
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "<"),
            UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"):
            true
        default: false
        }
    }

    /// False when the bytes alone cannot tell the characters (see `cell`).
    private static func cellBytes(_ utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte == 0xE1, index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xAF { return false }
            // Control characters (C0 but tab and line ends, DEL, C1 after 0xC2, the separators and
            // bidirectional controls after 0xE2) are shown visibly, character by character.
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xE2 { return false }
            if isSpecial(byte) {
                guard index == 0 || utf8[index - 1] < 0x80, index + 1 == count || utf8[index + 1] < 0x80 else { return false }
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            } else if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "\r") {
                // CR LF is one line end; a carriage return alone is shown visibly.
                guard index + 1 < count, utf8[index + 1] == UInt8(ascii: "\n") else { return false }
                out.append(UInt8(ascii: " "))
                index += 1
            } else {
                out.append(byte)
            }
            index += 1
        }
        return true
    }

    private static func cellCharacters(_ text: String, into out: inout [UInt8]) {
        var cell = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "#": cell += "\\" + String(character)
            case "\n", "\r\n", "\t": cell += " "
            default: cell += Value.visible(String(character))
            }
        }
        out.append(contentsOf: cell.utf8)
    }

    /// Appends `code(raw)`; printable ASCII without a backtick or a bar is fenced as it is.
    static func code(_ raw: String, into out: inout [UInt8]) {
        var raw = raw
        let plain = raw.withUTF8 { utf8 -> Bool in
            for byte in utf8 where byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "|") { return false }
            out.append(UInt8(ascii: "`"))
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "`"))
            return true
        }
        if !plain { out.append(contentsOf: code(raw).utf8) }
    }

    /// A code span that holds any text, backticks included (its fence is longer than any run of
    /// backticks inside), on one line with control characters shown visibly.
    package static func code(_ raw: String) -> String {
        let text = Value.visible(raw).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        return fence + (text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text) + fence
    }
}
