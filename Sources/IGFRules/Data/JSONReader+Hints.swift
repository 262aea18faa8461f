/// Plain-language readings of the commonest mistakes in a hand-edited data file, tried only
/// once the reader has failed (never on the way through valid JSON): a number written with a
/// thousands or decimal comma, curly quotes, and a text without quotes.
extension JSONReader {
    /// The mistake that explains a key missing at `index`, if one does.
    static func keyMistake(_ bytes: [UInt8], at index: Int, end: Int) -> Failure? {
        commaInNumber(bytes, at: index, end: end) ?? curlyQuotes(bytes, at: index, end: end)
    }

    /// The mistake that explains a value missing at `index`, if one does.
    static func valueMistake(_ bytes: [UInt8], at index: Int, end: Int) -> Failure? {
        curlyQuotes(bytes, at: index, end: end) ?? unquotedText(bytes, at: index, end: end)
    }

    /// `2,021` read as the number 2 and then a key `021`: the digits around the comma.
    static func commaInNumber(_ bytes: [UInt8], at index: Int, end: Int) -> Failure? {
        func digit(_ at: Int) -> Bool { at >= 0 && at < end && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        func byte(_ at: Int, is ascii: Unicode.Scalar) -> Bool { at >= 0 && at < end && bytes[at] == UInt8(ascii: ascii) }
        guard digit(index), byte(index - 1, is: ","), digit(index - 2) else { return nil }
        var start = index - 2
        while digit(start - 1) || (byte(start - 1, is: ",") && digit(start - 2)) { start -= 1 }
        var stop = index
        while digit(stop) || (byte(stop, is: ",") && digit(stop + 1)) { stop += 1 }
        while digit(stop) || (byte(stop, is: ".") && digit(stop + 1)) { stop += 1 }
        let written = String(decoding: bytes[start..<stop], as: UTF8.self)
        let groups = written.split(separator: ",")
        let thousands = groups.dropFirst().allSatisfy { $0.prefix(while: \.isNumber).count == 3 }
        if thousands {
            return Failure(offset: start, message: "numbers are written without commas: `\(groups.joined())`, not `\(written)`")
        }
        return Failure(offset: start, message: "decimals are written with a point: `\(groups.joined(separator: "."))`, not `\(written)`")
    }

    /// A text between curly quotes (“…” or ‘…’), as a word processor writes them.
    static func curlyQuotes(_ bytes: [UInt8], at index: Int, end: Int) -> Failure? {
        func curly(_ at: Int) -> Bool {
            at + 2 < end && bytes[at] == 0xE2 && bytes[at + 1] == 0x80 && [0x98, 0x99, 0x9C, 0x9D].contains(bytes[at + 2])
        }
        guard curly(index) else { return nil }
        var stop = index + 3
        while stop < end, !curly(stop), bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
        let inside = curly(stop) ? String(decoding: bytes[(index + 3)..<stop], as: UTF8.self) : "…"
        return Failure(offset: index, message: "texts are written between straight double quotes: \"\(inside)\"",
                       notes: ["curly quotes (“ ” ‘ ’) come from a word processor; type \" instead"])
    }

    /// A word where a value belongs, after `:` or in a list: a text that lost its quotes.
    static func unquotedText(_ bytes: [UInt8], at index: Int, end: Int) -> Failure? {
        guard index < end, bytes[index] >= 0x80 || SourceBytes.isWordByte(bytes[index]), !(0x30...0x39).contains(bytes[index]) else { return nil }
        var before = index - 1
        while before >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[before]) { before -= 1 }
        guard before >= 0, [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "[")].contains(bytes[before]) else { return nil }
        var stop = index
        while stop < end, bytes[stop] != UInt8(ascii: "\n"), bytes[stop] != UInt8(ascii: "\r") { stop += 1 }
        var line = String(decoding: bytes[index..<stop], as: UTF8.self)
        if line.contains("\"") { line = String(line.prefix { !",}]".contains($0) }) }
        let text = String(line.reversed().drop { " \t,}]".contains($0) }.reversed())
        let word = text.prefix { $0.isLetter }.lowercased()
        if !word.isEmpty, ["true", "false", "null"].contains(where: { $0.hasPrefix(word) }) { return nil }
        return Failure(offset: index, message: "texts are written in double quotes: \"\(text)\"")
    }

    /// What to do about what follows the value (at `index`); `spaceFrom` is where the space before
    /// it starts. A second value is told apart from anything else, and, in a line of JSON Lines, a
    /// carriage return before a second value is a line end of old.
    func secondValueNote(spaceFrom start: Int) -> String {
        guard JSONReader.startsValue(bytes[index]) else {
            return extent == .line ? "remove what follows the record: a line of a JSON Lines file holds one record and nothing else"
                : "remove what follows the JSON value: a data file holds one JSON value and nothing else"
        }
        guard extent == .line else { return "a data file holds a single JSON value; for one record per line use --each with a JSON Lines file" }
        if bytes[start..<index].contains(UInt8(ascii: "\r")) {
            return "the records are separated by carriage returns (\\r) alone, old Mac line ends: save the file with LF or CRLF line ends"
        }
        return "a line of a JSON Lines file holds one record: put each record on a line of its own"
    }

    /// Whether `byte` can start a JSON value: `{`, `[`, `"`, `-`, a digit, or `true`/`false`/`null`'s first letter.
    static func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            true
        default:
            false
        }
    }
}
