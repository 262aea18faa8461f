extension Diagnostic {
    /// A note with a place of its own: "first declared here", "declared as a number here".
    public struct Note: Sendable, Equatable {
        public let message: String
        public let file: SourceFile
        public let range: Range<Int>

        public init(_ message: String, file: SourceFile, range: Range<Int>) {
            self.message = message
            self.file = file
            self.range = range
        }

        public static func == (a: Note, b: Note) -> Bool {
            a.message == b.message && a.file === b.file && a.range == b.range
        }
    }
}
