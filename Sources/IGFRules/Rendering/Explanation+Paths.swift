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
        let parts = path.utf8.split(separator: UInt8(ascii: "."))
        guard parts.count >= 2 else { return nil }
        var owner = "the " + words(Substring(parts[0]))
        for part in parts.dropFirst().dropLast() { owner += "'s " + words(Substring(part)) }
        return owner
    }

    /// The first part of a path (`proposal` in `proposal.title`), or all of it.
    static func root(of path: String) -> Substring {
        Substring(path.utf8.prefix { $0 != UInt8(ascii: ".") })
    }

    /// The last part of a path (`title` in `proposal.title`), or all of it.
    static func leaf(of path: String) -> Substring {
        let utf8 = path.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return Substring(path) }
        return Substring(utf8[utf8.index(after: dot)...])
    }

    /// A field's name as words: `related_processes` is "related processes", `mag_member` "MAG
    /// member" (the IGF's abbreviations in capitals).
    static func words(_ name: some StringProtocol) -> String {
        var out = ""
        for part in name.utf8.split(separator: UInt8(ascii: "_")) {
            let word = String(decoding: part, as: UTF8.self)
            if !out.isEmpty { out += " " }
            out += abbreviations.contains(word) ? word.uppercased() : word
        }
        return out
    }

    static let abbreviations: Set<String> = ["mag", "igf", "bpf", "bpfs", "pn", "pns", "nri", "nris", "dc", "dcs", "mwg"]

    /// The words of `field` in `variable.field` (one field of an element, by name); nil otherwise.
    static func field(of source: String, variable: String) -> String? {
        let parts = source.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].elementsEqual(variable.utf8), !parts[1].isEmpty,
            parts[1].allSatisfy({ isLetter($0) || $0 == UInt8(ascii: "_") })
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
    func byteRange(of needle: String) -> Range<String.Index>? {
        var (text, pattern) = (self, needle)
        let found: Int? = text.withUTF8 { hay in pattern.withUTF8 { String.offset(of: $0, in: hay) } }
        guard let found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs, comparing UTF-8 bytes.
    func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    private static func offset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first, hay.count >= pattern.count else { return nil }
        for start in 0...(hay.count - pattern.count) where hay[start] == first {
            if UnsafeBufferPointer(rebasing: hay[start..<start + pattern.count]).elementsEqual(pattern) { return start }
        }
        return nil
    }
}
