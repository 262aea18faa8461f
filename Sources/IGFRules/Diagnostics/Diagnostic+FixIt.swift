extension Diagnostic {
    /// A repair as data: replace byte ranges of the diagnostic's file with new text. Editors offer
    /// it as a one-click fix; `lint --format json` prints it.
    public struct FixIt: Sendable, Equatable {
        /// What the fix does, in a few words: "write `and`", "use `min_facilitators`".
        public let title: String
        public let edits: [Edit]

        public init(_ title: String, edits: [Edit]) {
            self.title = title
            self.edits = edits
        }

        /// One replacement, in the diagnostic's file.
        public struct Edit: Sendable, Equatable {
            public let range: Range<Int>
            public let replacement: String

            public init(range: Range<Int>, replacement: String) {
                self.range = range
                self.replacement = replacement
            }
        }

        /// Replace one range with a text.
        public static func replace(_ range: Range<Int>, with text: String, title: String) -> FixIt {
            FixIt(title, edits: [Edit(range: range, replacement: text)])
        }

        /// "Did you mean `name`?" applied: the misspelt word replaced by the suggestion.
        static func didYouMean(_ suggestion: String?, at range: Range<Int>) -> [FixIt] {
            guard let suggestion else { return [] }
            return [.replace(range, with: suggestion, title: "change to `\(suggestion)`")]
        }
    }
}
