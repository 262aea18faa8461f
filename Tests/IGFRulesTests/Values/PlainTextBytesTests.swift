@testable import IGFRules
import Testing

/// A text in a message reads as it is when its bytes show no new line and no control
/// (`Value.readsAsItIs`); any other text goes the long way (joined onto one line, controls
/// replaced). Both ways give the same text for every scalar up to U+2FFF and beyond.
@Suite struct PlainTextBytesTests {
    /// The long way: new lines joined with spaces, then controls replaced.
    func longWay(_ text: String) -> String {
        let oneLine = text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
        return Value.withoutControls(oneLine)
    }

    @Test func everyScalarReadsAsTheLongWayReadsIt() {
        let scalars = (0..<0x3000).compactMap(Unicode.Scalar.init) + ["\u{3042}", "\u{FEFF}", "\u{FFFD}", "\u{1F600}", "\u{E0001}"]
        for scalar in scalars {
            for text in ["a\(scalar)b", "é\(scalar)", "\(scalar)"] {
                #expect(Value.text(text).plain == longWay(text), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func lettersOfAnyScriptReadAsTheyAre() {
        for text in ["plain", "Amina Kéïta", "日本語", "Ελληνικά", "😀 ok", ""] {
            #expect(Value.readsAsItIs(text), "\(text)")
        }
    }

    @Test func newLinesControlsAndTheirNeighboursGoTheLongWay() {
        for text in ["a\nb", "a\u{7F}", "a\u{85}b", "a\u{A0}b", "a\u{2028}b", "a\u{202E}b", "a\u{2013}b"] {
            #expect(!Value.readsAsItIs(text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(Value.text("a\u{2028}b\u{202E}c").plain == "a b\u{FFFD}c")
        #expect(Value.text("en\u{2013}dash\u{A0}x").plain == "en\u{2013}dash\u{A0}x")
    }
}
