/// The parts of the sources the sentences and hints quote (`proposal.background.text`, `any f in
/// proposal.facilitators: f.mag_member`), read from their UTF-8 bytes: the language's names are
/// ASCII letters, digits and `_` (the lexer's word bytes), so no `Character` need be formed.
extension Explanation {
    /// Whether `source` names a field of the data (`proposal.submitted`, `m.date` inside an
    /// element): not arithmetic, a call, or the bare element variable, which the reader's data does
    /// not show.
    static func isDataPath(_ source: String, context: ElementContext?) -> Bool {
        var partStarts = true
        for byte in source.utf8 {
            if byte == UInt8(ascii: ".") {
                if partStarts { return false }  // an empty part
                partStarts = true
                continue
            }
            guard isNameByte(byte), !(partStarts && isDigit(byte)) else { return false }
            partStarts = false
        }
        guard !partStarts else { return false }  // empty, or ends with a dot
        return context.map { source != $0.variable } ?? true
    }

    /// "the proposal" for `proposal.title`, "the proposal's background" for
    /// `proposal.background.text`: every part but the field, as an owner.
    static func owner(of path: String) -> String? {
        guard isDataPath(path, context: nil) else { return nil }
        var path = path
        return path.withUTF8 { bytes in
            // Every part but the last; a data path has no empty part.
            guard let last = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
            var owner: [UInt8] = []
            owner.reserveCapacity(bytes.count + 16)
            owner.append(contentsOf: "the ".utf8)
            var start = 0
            for index in 0...last where bytes[index] == UInt8(ascii: ".") {
                if start > 0 { owner.append(contentsOf: "'s ".utf8) }
                appendWords(UnsafeBufferPointer(rebasing: bytes[start..<index]), to: &owner)
                start = index + 1
            }
            return String(decoding: owner, as: UTF8.self)
        }
    }

    /// The first part of a path (`proposal` in `proposal.title`), or all of it.
    static func root(of path: String) -> Substring {
        Substring(path.utf8.prefix { $0 != UInt8(ascii: ".") })
    }

    /// The last part of a path (`title` in `proposal.title`), or all of it.
    static func leaf(of path: String) -> Substring { leaf(of: path[...]) }

    static func leaf(of path: Substring) -> Substring {
        let utf8 = path.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return path }
        return Substring(utf8[utf8.index(after: dot)...])
    }

    /// A field's name as words: `related_processes` is "related processes", `mag_member` "MAG
    /// member" (the IGF's abbreviations in capitals).
    static func words(_ name: some StringProtocol) -> String {
        var name = String(name)
        return name.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            appendWords(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The words of `name` (its parts between `_`s, abbreviations in capitals), separated by spaces.
    private static func appendWords(_ name: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var (index, first) = (0, true)
        while index < name.count {
            guard name[index] != UInt8(ascii: "_") else {
                index += 1
                continue
            }
            var end = index
            while end < name.count, name[end] != UInt8(ascii: "_") { end += 1 }
            if !first { out.append(UInt8(ascii: " ")) }
            first = false
            let word = UnsafeBufferPointer(rebasing: name[index..<end])
            if abbreviationBytes.contains(where: { $0.elementsEqual(word) }) {
                out.append(contentsOf: word.lazy.map { isLetter($0) && $0 >= UInt8(ascii: "a") ? $0 - 32 : $0 })
            } else {
                out.append(contentsOf: word)
            }
            index = end
        }
    }

    /// The IGF's abbreviations, written in capitals in the words of a name.
    static let abbreviations: Set<String> = ["mag", "igf", "bpf", "bpfs", "pn", "pns", "nri", "nris", "dc", "dcs", "mwg"]
    private static let abbreviationBytes = abbreviations.map { Array($0.utf8) }

    /// Whether `name` has only ASCII letters and `_` (true when it is empty).
    static func isLettersAndUnderscores(_ name: Substring) -> Bool {
        name.utf8.allSatisfy { isLetter($0) || $0 == UInt8(ascii: "_") }
    }

    /// What is inside `open…)` (`count(` … `)`), or nil when `text` is not written so.
    static func enclosed(_ text: Substring, in open: String) -> Substring? {
        let utf8 = text.utf8
        guard utf8.count > open.utf8.count, utf8.starts(with: open.utf8), utf8.last == UInt8(ascii: ")") else { return nil }
        return Substring(utf8.dropFirst(open.utf8.count).dropLast())
    }

    /// The words of `field` in `variable.field` (one field of an element, by name); nil otherwise.
    static func field(of source: String, variable: String) -> String? {
        let parts = source.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].elementsEqual(variable.utf8), !parts[1].isEmpty,
            isLettersAndUnderscores(Substring(parts[1]))
        else { return nil }
        return words(Substring(parts[1]))
    }

    /// `name` with its `_` as spaces: `first_mag_meeting` is "first mag meeting".
    static func spaced(_ name: some StringProtocol) -> String {
        String(decoding: name.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// The word at `position` (from 0) of `source`, words being separated by spaces, and also by
    /// `[` and `(` unless `spacesOnly`: `f` is word 1 of `any f in proposal.facilitators: …`.
    static func word(_ position: Int, of source: String, spacesOnly: Bool = false) -> Substring? {
        let utf8 = source.utf8
        var (seen, start, index) = (0, String.Index?.none, utf8.startIndex)
        while true {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == UInt8(ascii: " ") || !spacesOnly && (utf8[index] == UInt8(ascii: "[") || utf8[index] == UInt8(ascii: "(")) {
                if let begun = start {
                    if seen == position { return Substring(utf8[begun..<index]) }
                    (seen, start) = (seen + 1, nil)
                }
                if atEnd { return nil }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") }
}

extension String {
    /// Where `needle` first occurs, found by comparing UTF-8 bytes (for the ASCII words of a rule's
    /// source: `" in "`, `" where "`); nil for an empty needle.
    func byteRange(of needle: String) -> Range<String.Index>? { self[...].byteRange(of: needle) }

    /// Whether `needle` occurs, comparing UTF-8 bytes.
    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    fileprivate static func offset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first, hay.count >= pattern.count else { return nil }
        for start in 0...(hay.count - pattern.count) where hay[start] == first {
            if UnsafeBufferPointer(rebasing: hay[start..<start + pattern.count]).elementsEqual(pattern) { return start }
        }
        return nil
    }
}

extension Substring {
    /// Whether it starts with `prefix`, comparing UTF-8 bytes.
    func hasBytes(prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether it ends with `suffix`, comparing UTF-8 bytes.
    func hasBytes(suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// Where `needle` first occurs, comparing UTF-8 bytes; nil for an empty needle.
    func byteRange(of needle: String) -> Range<String.Index>? {
        var (text, pattern) = (self, needle)
        let found: Int? = text.withUTF8 { hay in pattern.withUTF8 { String.offset(of: $0, in: hay) } }
        guard let found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The parts between the occurrences of `separator` (empty ones included), found by bytes.
    func byteComponents(separatedBy separator: String) -> [Substring] {
        var (parts, rest) = ([Substring](), self)
        while let range = rest.byteRange(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
