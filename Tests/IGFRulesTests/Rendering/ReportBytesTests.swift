@testable import IGFRules
import Testing

/// The Markdown reports written as bytes give exactly the text the `String` versions gave: the old
/// implementation is kept here as a reference and compared on awkward texts (`JSONWriterTests.awkward`).
@Suite struct ReportBytesTests {
    /// `MarkdownReport.cell` as it was, one `Character` at a time.
    static func referenceCell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "#": out += "\\" + String(character)
            case "\n", "\r\n", "\t": out += " "
            default: out += Value.visible(String(character))
            }
        }
        return out
    }

    @Test func markdownCellsAreEscapedAsCharacterByCharacter() {
        for text in JSONWriterTests.awkward {
            #expect(MarkdownReport.cell(text) == Self.referenceCell(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func markdownDetailsStartingWithAStarAreKeptAsTheyAre() {
        #expect(MarkdownReport.startsWithStar("*cited*"))
        #expect(MarkdownReport.startsWithStar("*"))
        #expect(!MarkdownReport.startsWithStar("x*"))
        #expect(MarkdownReport.startsWithStar("*\u{301}") == "*\u{301}".hasPrefix("*"))
    }
}
