/// Explanation trees as indented text, and as JSON.
public enum ExplanationRenderer {
    /// One line per node: `source → value  (note)`, children indented below.
    package static func text(_ explanation: Explanation, indent: String = "") -> [String] {
        var lines: [String] = []
        render(explanation, indent: indent, into: &lines)
        return lines
    }

    private static func render(_ node: Explanation, indent: String, into lines: inout [String]) {
        var line = indent
        if node.role == .element {
            line += "\(node.note ?? node.source): \(node.value?.literal(limit: 50) ?? "?")"
        } else {
            let value = node.value.map(shown) ?? "error: \(node.error ?? "?")"
            line += shorten(node.source) + " → " + value
            if let note = node.note, note != value { line += "  (\(note))" }
        }
        lines.append(line)
        for child in node.shownChildren {
            render(child, indent: indent + "  ", into: &lines)
        }
    }

    /// Conditions read as yes / no / unknown (missing data) / pending.
    static func shown(_ value: Value) -> String {
        switch value {
        case .bool(let flag): flag ? "yes" : "no"
        case .missing: "missing"
        default: value.literal(limit: 60)
        }
    }

    /// Long source texts on one line, cut in the middle at token boundaries (never inside a
    /// name, number or word).
    package static func shorten(_ source: String) -> String {
        // One line of printable ASCII, with no space at either end, is already flat (most sources).
        let plain = source.utf8.allSatisfy { (0x20...0x7E).contains($0) } && source.utf8.first != 0x20 && source.utf8.last != 0x20
        let flat = plain ? source : source.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.joined(separator: " ")
        guard (plain ? flat.utf8.count : flat.count) > 100 else { return flat }
        let characters = Array(flat)
        var head = 60
        while head > 20, !isBoundary(characters, head) { head -= 1 }
        var tail = characters.count - 30
        while tail < characters.count - 10, !isBoundary(characters, tail) { tail += 1 }
        let start = String(characters[..<head]).trimmingWhitespace()
        let end = String(characters[tail...]).trimmingWhitespace()
        return start + " … " + end
    }

    /// Whether a cut before `characters[index]` falls between tokens: not inside a run of
    /// letters, digits, `_`, `-` or `.` (names, numbers, dates and rule ids), nor inside a text.
    static func isBoundary(_ characters: [Character], _ index: Int) -> Bool {
        guard index > 0, index < characters.count else { return true }
        func joins(_ character: Character) -> Bool { character.isLetter || character.isNumber || "_-.".contains(character) }
        if joins(characters[index - 1]), joins(characters[index]) { return false }
        return characters[..<index].filter { $0 == "\"" }.count % 2 == 0
    }

    package static func json(_ node: Explanation) -> String {
        var buffer = JSONBuffer()
        buffer.explanation(node)
        return buffer.text
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars.drop { $0.properties.isWhitespace }
        return String(String.UnicodeScalarView(scalars.reversed().drop { $0.properties.isWhitespace }.reversed()))
    }
}
