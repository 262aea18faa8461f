extension Diagnostic {
    /// A repair as data: replace byte ranges of the diagnostic's file with new text. Editors offer
    /// it as a one-click fix; `lint --format json` prints it.
    package struct FixIt: Sendable, Equatable {
        /// What the fix does, in a few words: "write `and`", "use `min_facilitators`".
        package let title: String
        package let edits: [Edit]

        package init(_ title: String, edits: [Edit]) {
            self.title = title
            self.edits = edits
        }

        /// One replacement, in the diagnostic's file.
        package struct Edit: Sendable, Equatable {
            package let range: Range<Int>
            package let replacement: String

            package init(range: Range<Int>, replacement: String) {
                self.range = range
                self.replacement = replacement
            }
        }

        /// Replace one range with a text.
        package static func replace(_ range: Range<Int>, with text: String, title: String) -> FixIt {
            FixIt(title, edits: [Edit(range: range, replacement: text)])
        }

        /// "Did you mean `name`?" applied: the misspelt word replaced by the suggestion.
        static func didYouMean(_ suggestion: String?, at range: Range<Int>) -> [FixIt] {
            guard let suggestion else { return [] }
            return [.replace(range, with: suggestion, title: "change to `\(suggestion)`")]
        }
    }
}
