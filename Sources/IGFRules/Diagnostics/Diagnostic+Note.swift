extension Diagnostic {
    /// A note with a place of its own: "first declared here", "declared as a number here".
    package struct Note: Sendable, Equatable {
        package let message: String
        package let file: SourceFile
        package let range: Range<Int>

        package init(_ message: String, file: SourceFile, range: Range<Int>) {
            self.message = message
            self.file = file
            self.range = range
        }

        public static func == (a: Note, b: Note) -> Bool {
            a.message == b.message && a.file === b.file && a.range == b.range
        }
    }
}
