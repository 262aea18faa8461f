import Foundation
@testable import IGFRules
import Testing

/// Mistakes in numbers and expressions that a fresh-eyes tester made as a MAG member: each gets
/// one message naming the fix, pinned here in full, and `fmt --fix` repairs only what is certain.
@Suite struct ExpressionMistakeGoldenTests {
    static let syntax: [(input: String, rendered: String)] = [
        ("param min_facilitators = 1,000", """
            t.rules:1:26: error: numbers are written without separators: `1000` (or `1.000` if you meant a decimal)
             1 | param min_facilitators = 1,000
               |                          ^~~~~

            """),
        ("rule a \"A\"\n  require 3 >= 1,000,000", """
            t.rules:2:16: error: numbers are written without separators: `1000000`
             2 |   require 3 >= 1,000,000
               |                ^~~~~~~~~

            """),
        ("rule a \"A\"\n  require proposal.submitted < 23 February 2021", """
            t.rules:2:32: error: write dates as YYYY-MM-DD: `2021-02-23`, not `23 February 2021`
             2 |   require proposal.submitted < 23 February 2021
               |                                ^~~~~~~~~~~~~~~~

            """),
        ("rule a \"A\"\n  require proposal.title contains \"a\"", """
            t.rules:2:26: error: there is no `contains`; write `"a" in proposal.title`
             2 |   require proposal.title contains "a"
               |                          ^~~~~~~~
               = `part in text` is yes when the text holds the part, `x in list` when the list holds x

            """),
        ("rule a \"A\"\n  require proposal.title != null", """
            t.rules:2:29: error: there is no `null`; did you mean `proposal.title is not missing`?
             2 |   require proposal.title != null
               |                             ^~~~
               = a value the data does not give is checked with `is missing` or `is not missing`

            """),
        ("rule a \"A\"\n  require proposal.title = null", """
            t.rules:2:28: error: there is no `null`; did you mean `proposal.title is missing`?
             2 |   require proposal.title = null
               |                            ^~~~
               = a value the data does not give is checked with `is missing` or `is not missing`

            """),
        ("rule a \"A\"\n  require proposal.title is null", """
            t.rules:2:29: error: there is no `null`; did you mean `proposal.title is missing`?
             2 |   require proposal.title is null
               |                             ^~~~
               = a value the data does not give is checked with `is missing` or `is not missing`

            """),
    ]

    @Test(arguments: ExpressionMistakeGoldenTests.syntax)
    func aMistakeInAnExpressionGetsOneMessageNamingTheFix(_ input: String, _ rendered: String) {
        let (_, diagnostics) = Parser.parse(SourceFile(path: "t.rules", text: input))
        #expect(DiagnosticRenderer().render(diagnostics) == rendered)
    }

    @Test func aThousandsSeparatorIsNotFixedIntoADecimalPoint() {
        let text = "param min_facilitators = 1,000\n"
        let (fixed, count) = Fixes.apply(SourceFile(path: "t.rules", text: text))
        #expect(count == 0)
        #expect(fixed == text)
    }

    @Test(arguments: [("param ratio = 2,5\n", "param ratio = 2.5\n"), ("param ratio = 2,50\n", "param ratio = 2.50\n"),
                      ("param ratio = 1,0000\n", "param ratio = 1.0000\n")])
    func aDecimalCommaIsStillFixedIntoAPoint(_ text: String, _ repaired: String) {
        let (fixed, count) = Fixes.apply(SourceFile(path: "t.rules", text: text))
        #expect(count == 1)
        #expect(fixed == repaired)
    }

    @Test(arguments: [("rule a \"A\"\n  require proposal.title contains \"a\"\n", "rule a \"A\"\n  require \"a\" in proposal.title\n"),
                      ("rule a \"A\"\n  require proposal.title != null\n", "rule a \"A\"\n  require proposal.title is not missing\n"),
                      ("rule a \"A\"\n  require proposal.title is not null\n", "rule a \"A\"\n  require proposal.title is not missing\n")])
    func aWordFromAnotherLanguageIsFixedIntoTheLanguagesOwn(_ text: String, _ repaired: String) {
        let (fixed, count) = Fixes.apply(SourceFile(path: "t.rules", text: text))
        #expect(count == 1)
        #expect(fixed == repaired)
    }

    @Test func aNumberFollowedByAMonthOnTheNextLineIsNotADate() {
        let (_, diagnostics) = Parser.parse(SourceFile(path: "t.rules", text: "define a = 3\ndefine may = 2\n"))
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer().render(diagnostics))")
    }
}
