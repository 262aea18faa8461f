/// A problem found in an input, as a value: what is wrong, where, and what to do about it.
/// The wording of every diagnostic lives in `Diagnostic+Catalogue.swift`; drawing it with the
/// source line and a caret is `DiagnosticRenderer`'s job.
public struct Diagnostic: Error, Sendable, Equatable {
    package enum Severity: String, Sendable {
        case error, warning, note
    }

    package let severity: Severity
    /// The stable id of the kind of problem (`unknown-name`, `double-equal`, …), for tests and
    /// tools; README "Diagnostic ids" lists them all.
    package let code: String
    package let message: String
    /// Where the problem is: a file and a byte range in it. Absent for problems with no place
    /// (a missing command-line argument).
    package let file: SourceFile?
    package let range: Range<Int>?
    /// Follow-up lines: "did you mean …?", "expected …", where a related declaration is.
    package var notes: [String]
    /// Notes that point at a place of their own: the first declaration of a duplicate, the
    /// `param` line a kind comes from.
    package var related: [Note]
    /// Edits that would repair the problem, for editors and tools (`&&` → `and`).
    package var fixes: [FixIt]
    /// Whether the input ended where something else was expected ("found the end of the file"):
    /// an input that stops in the middle, which the REPL continues on the next line.
    package var endsTooSoon = false

    package init(
        _ severity: Severity, code: String, message: String,
        file: SourceFile? = nil, range: Range<Int>? = nil, notes: [String] = [],
        related: [Note] = [], fixes: [FixIt] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.related = related
        self.fixes = fixes
    }

    /// The stable id of the kind of problem: the same as `code`.
    package var id: String { code }

    package var location: SourceLocation? {
        guard let file, let range else { return nil }
        return file.location(of: range.lowerBound)
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.code == b.code && a.message == b.message
            && a.file === b.file && a.range == b.range && a.notes == b.notes
            && a.related == b.related && a.fixes == b.fixes && a.endsTooSoon == b.endsTooSoon
    }
}

/// Several diagnostics at once: what a front-end phase throws when it found problems.
package struct DiagnosticList: Error, Sendable {
    package let diagnostics: [Diagnostic]
    package init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
