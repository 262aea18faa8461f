@testable import IGFRules
import Testing

/// HTML and XML escaping find the plain bytes a word of eight at a time (`MarkupBytes.plainRun`):
/// every byte that needs a look must be found wherever it falls in a word, and the escaped text
/// must be the one the character-by-character escapers give.
@Suite struct MarkupBytesTests {
    /// Texts with one special character at every place of three words of bytes.
    static let placed: [String] = ["&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{1}", "\u{7F}", "\u{85}", "\u{200E}", "\u{2066}", "\u{FFFE}", "é", "—", "≥", "🌍"]
        .flatMap { special in
            (0..<20).map { offset in String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset) }
        }

    @Test func thePlainRunStopsAtTheFirstByteThatIsNotPlain() {
        for text in Self.placed + JSONWriterTests.awkward {
            let bytes = Array(text.utf8)
            for start in 0...bytes.count {
                let expected = bytes[start...].firstIndex { !MarkupBytes.isPlain($0) } ?? bytes.count
                #expect(bytes.withUnsafeBufferPointer { MarkupBytes.plainRun($0, from: start) } == expected, "\(text.debugDescription) from \(start)")
            }
        }
    }

    @Test func everyByteValueIsPlainExactlyWhenItIsPrintableASCIIOtherThanMarkup() {
        for value in 0...255 {
            let byte = UInt8(value)
            let word = UInt64(byte) << 24 | 0x6161_6161_0061_6161
            #expect(MarkupBytes.isPlain(word) == MarkupBytes.isPlain(byte), "byte \(value)")
            #expect(MarkupBytes.isPlain(byte) == ((0x20..<0x7F).contains(value) && !"&<>\"'".utf8.contains(byte)))
        }
    }

    @Test func htmlAndXMLAreEscapedAsCharacterByCharacter() {
        for text in Self.placed + JSONWriterTests.awkward {
            var html: [UInt8] = []
            HTMLPage.appendEscaped(text, to: &html)
            #expect(String(decoding: html, as: UTF8.self) == HTMLPage.escape(text), "\(text.debugDescription)")
            var xml: [UInt8] = [], attribute: [UInt8] = []
            JUnitReport.text(text, into: &xml)
            JUnitReport.attribute(text, into: &attribute)
            #expect(String(decoding: xml, as: UTF8.self) == JUnitReport.text(text), "\(text.debugDescription)")
            #expect(String(decoding: attribute, as: UTF8.self) == JUnitReport.attribute(text), "\(text.debugDescription)")
        }
    }
}
