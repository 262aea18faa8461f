/// Draws diagnostics for a terminal or a log:
///
///     rules/bpf/proposal.rules:12:44: error: unknown name `min_facilitator`
///        12 |   require count(proposal.facilitators) >= min_facilitator
///           |                                           ^~~~~~~~~~~~~~~
///           = did you mean `min_facilitators`?
public struct DiagnosticRenderer: Sendable {
    package var useColour: Bool

    package init(useColour: Bool = false) {
        self.useColour = useColour
    }

    package func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    package func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let label = paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "1;31" : "1;33")
        // Messages and notes may quote data (a key, a name): its control characters are shown visibly.
        let message = Value.visible(diagnostic.message)
        if let file = diagnostic.file, let range = diagnostic.range {
            let start = file.location(of: range.lowerBound)
            out += paint("\(file.path):\(start):", "1") + " \(label) \(paint(message, "1"))\n"
            out += snippet(file: file, range: range, start: start)
        } else if let file = diagnostic.file {
            out += paint("\(file.path):", "1") + " \(label) \(paint(message, "1"))\n"
        } else {
            out += "\(label) \(paint(message, "1"))\n"
        }
        let gutter = diagnostic.range == nil || diagnostic.file == nil ? "  " : String(repeating: " ", count: gutterWidth(diagnostic))
        for note in diagnostic.notes {
            out += "\(gutter)\(paint("=", "1;34")) \(Value.visible(note))\n"
        }
        return out
    }

    private func gutterWidth(_ diagnostic: Diagnostic) -> Int {
        guard let location = diagnostic.location else { return 2 }
        return String(location.line).count + 2
    }

    /// The source line with a caret under the start of the range and `~` under the rest of it
    /// (up to the end of that line). Tabs in the line are repeated in the marker line so that the
    /// caret stays under the right character.
    private func snippet(file: SourceFile, range: Range<Int>, start: SourceLocation) -> String {
        let lineNumber = String(start.line)
        let pad = String(repeating: " ", count: lineNumber.count + 2)
        // Control characters (from binary files) are shown as � so that they cannot disturb the terminal.
        // Only a window of the line is decoded: a line may be hundreds of megabytes long.
        let window = file.lineWindow(around: range.lowerBound)
        var characters = window.text.map { character -> Character in
            guard let scalar = character.unicodeScalars.first, character != "\t" else { return character }
            return scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) ? "\u{FFFD}" : character
        }
        var column = window.column
        let end = file.location(of: max(range.lowerBound, range.upperBound))
        var length = max(1, end.line == start.line ? end.column - start.column : characters.count - column)
        // A very long line (minified JSON) is shown as a window around the spot.
        if characters.count > DiagnosticRenderer.maximumLineWidth {
            let from = max(0, column - 40)
            let to = min(characters.count, from + DiagnosticRenderer.maximumLineWidth - 20)
            var window = Array(characters[from..<to])
            if to < characters.count { window += ["…"] }
            if from > 0 {
                window = ["…"] + window
                column = column - from + 1
            }
            characters = window
            length = min(length, max(1, characters.count - column))
        }
        let line = String(characters)
        var marker = ""
        for index in 0..<max(0, column) {
            marker += index < characters.count && characters[index] == "\t" ? "\t" : " "
        }
        marker += "^" + String(repeating: "~", count: length - 1)
        return " \(paint(lineNumber, "1;34")) \(paint("|", "1;34")) \(line)\n"
            + "\(pad)\(paint("|", "1;34")) \(paint(marker, "1;32"))\n"
    }

    /// Lines longer than this many characters are cut around the spot they point at.
    static let maximumLineWidth = 120

    private func paint(_ text: String, _ code: String) -> String {
        useColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
