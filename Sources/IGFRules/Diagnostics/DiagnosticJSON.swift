/// Diagnostics as JSON for tools (`lint --format json`): the stable id, severity, message, file,
/// range (1-based line and column, and byte offsets), notes, positioned notes and fix-its.
/// Keys are written in a fixed order so that the output is byte-for-byte stable.
package enum DiagnosticJSON {
    package static func render(_ diagnostics: [Diagnostic], filesChecked: Int?) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        var out = "{\n  \"diagnostics\": ["
        out += diagnostics.map { "\n    " + object($0) }.joined(separator: ",")
        out += diagnostics.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"files\": \(filesChecked.map(String.init) ?? "null"),\n"
        out += "  \"errors\": \(errors),\n  \"warnings\": \(warnings)\n}\n"
        return out
    }

    /// One diagnostic as a single-line JSON object.
    package static func object(_ diagnostic: Diagnostic) -> String {
        var fields = [
            ("id", JSONWriter.string(diagnostic.code)),
            ("severity", JSONWriter.string(diagnostic.severity.rawValue)),
            ("message", JSONWriter.string(diagnostic.message)),
            ("file", diagnostic.file.map { JSONWriter.string($0.path) } ?? "null"),
            ("range", range(diagnostic.range, in: diagnostic.file)),
            ("notes", "[" + diagnostic.notes.map(JSONWriter.string).joined(separator: ", ") + "]"),
        ]
        let related = diagnostic.related.map { note in
            "{\"message\": \(JSONWriter.string(note.message)), \"file\": \(JSONWriter.string(note.file.path)), "
                + "\"range\": \(range(note.range, in: note.file))}"
        }
        fields.append(("related", "[" + related.joined(separator: ", ") + "]"))
        let fixes = diagnostic.fixes.map { fix in
            let edits = fix.edits.map { "{\"range\": \(range($0.range, in: diagnostic.file)), \"replacement\": \(JSONWriter.string($0.replacement))}" }
            return "{\"title\": \(JSONWriter.string(fix.title)), \"edits\": [\(edits.joined(separator: ", "))]}"
        }
        fields.append(("fixes", "[" + fixes.joined(separator: ", ") + "]"))
        return "{" + fields.map { "\(JSONWriter.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private static func range(_ range: Range<Int>?, in file: SourceFile?) -> String {
        guard let range, let file else { return "null" }
        return "{\"start\": \(position(range.lowerBound, in: file)), \"end\": \(position(range.upperBound, in: file))}"
    }

    private static func position(_ offset: Int, in file: SourceFile) -> String {
        let location = file.location(of: offset)
        return "{\"line\": \(location.line), \"column\": \(location.column), \"offset\": \(offset)}"
    }
}
