@testable import IGFRules
import Testing

/// Messages in HTML pages: Markdown backticks become code, data's control characters show.
@Suite struct HTMLInlineTests {
    @Test func aBacktickedSpanBecomesEscapedCode() {
        #expect(HTMLPage.inline("no date (`proposal.submitted` is missing)") == "no date (<code>proposal.submitted</code> is missing)")
        #expect(HTMLPage.inline("`a < b` and `c`") == "<code>a &lt; b</code> and <code>c</code>")
    }

    @Test func aBacktickWithoutItsPairStaysAsIs() {
        #expect(HTMLPage.inline("one ` alone") == "one ` alone")
        #expect(HTMLPage.inline("`x` then ` <") == "<code>x</code> then ` &lt;")
        #expect(HTMLPage.inline("no backticks & more") == "no backticks &amp; more")
    }

    @Test func controlCharactersFromDataAreShownVisiblyInHTMLCSVAndJUnit() {
        let evil = "evil\u{1B}[31mRED\u{7}\u{202E}"
        #expect(HTMLPage.escape(evil) == "evil\\u{1b}[31mRED\\u{7}\\u{202e}")
        #expect(HTMLPage.escape("two\nlines\tand\rback") == "two\nlines\tand\\rback")
        #expect(CSVRanking.field(evil) == "evil\\u{1b}[31mRED\\u{7}\\u{202e}")
        #expect(CSVRanking.field("=1\u{1B}") == "\"'=1\\u{1b}\"")
        #expect(JUnitReport.text(evil) == "evil\\u{1b}[31mRED\\u{7}\\u{202e}")
    }
}
