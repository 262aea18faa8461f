/// Draws diagnostics for a terminal or a log:
///
///     rules/bpf/proposal.rules:12:44: error: unknown name `min_facilitator`
///        12 |   require count(proposal.facilitators) >= min_facilitator
///           |                                           ^~~~~~~~~~~~~~~
///           = did you mean `min_facilitators`?
public struct DiagnosticRenderer: Sendable {
    public var useColour: Bool

    public init(useColour: Bool = false) {
        self.useColour = useColour
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let label = paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "1;31" : "1;33")
        if let file = diagnostic.file, let range = diagnostic.range {
            let start = file.location(of: range.lowerBound)
            out += paint("\(file.path):\(start):", "1") + " \(label) \(paint(diagnostic.message, "1"))\n"
            out += snippet(file: file, range: range, start: start)
        } else if let file = diagnostic.file {
            out += paint("\(file.path):", "1") + " \(label) \(paint(diagnostic.message, "1"))\n"
        } else {
            out += "\(label) \(paint(diagnostic.message, "1"))\n"
        }
        let gutter = diagnostic.range == nil || diagnostic.file == nil ? "  " : String(repeating: " ", count: gutterWidth(diagnostic))
        for note in diagnostic.notes {
            out += "\(gutter)\(paint("=", "1;34")) \(note)\n"
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
        let line = file.lineText(start.line)
        let characters = Array(line)
        var marker = ""
        for index in 0..<max(0, start.column - 1) {
            marker += index < characters.count && characters[index] == "\t" ? "\t" : " "
        }
        let end = file.location(of: max(range.lowerBound, range.upperBound))
        let sameLineLength = end.line == start.line ? end.column - start.column : characters.count - (start.column - 1)
        let length = max(1, sameLineLength)
        marker += "^" + String(repeating: "~", count: length - 1)
        return " \(paint(lineNumber, "1;34")) \(paint("|", "1;34")) \(line)\n"
            + "\(pad)\(paint("|", "1;34")) \(paint(marker, "1;32"))\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
