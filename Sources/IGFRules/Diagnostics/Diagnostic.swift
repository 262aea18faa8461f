/// A problem found in an input, as a value: what is wrong, where, and what to do about it.
/// The wording of every diagnostic lives in `Diagnostic+Catalogue.swift`; drawing it with the
/// source line and a caret is `DiagnosticRenderer`'s job.
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public let severity: Severity
    /// A stable identifier of the kind of problem (`unknown-name`, `expected-token`, …), for tests and tools.
    public let code: String
    public let message: String
    /// Where the problem is: a file and a byte range in it. Absent for problems with no place
    /// (a missing command-line argument).
    public let file: SourceFile?
    public let range: Range<Int>?
    /// Follow-up lines: "did you mean …?", "expected …", where a related declaration is.
    public var notes: [String]

    public init(
        _ severity: Severity, code: String, message: String,
        file: SourceFile? = nil, range: Range<Int>? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
    }

    public var location: SourceLocation? {
        guard let file, let range else { return nil }
        return file.location(of: range.lowerBound)
    }

    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.code == b.code && a.message == b.message
            && a.file === b.file && a.range == b.range && a.notes == b.notes
    }
}

/// Several diagnostics at once: what a front-end phase throws when it found problems.
public struct DiagnosticList: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
