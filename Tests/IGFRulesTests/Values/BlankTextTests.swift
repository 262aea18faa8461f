import Testing
@testable import IGFRules

/// A text is blank when it is empty after trimming Unicode white space: the ASCII bytes judged
/// directly agree with the Unicode property, and other white space still counts.
@Suite struct BlankTextTests {
    @Test func everyASCIICharacterIsJudgedAsItsUnicodeProperty() {
        for byte in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(byte)
            let text = String(Character(scalar))
            #expect(text.isBlank == scalar.properties.isWhitespace, "byte \(byte)")
            #expect(("  " + text + "\t").isBlank == scalar.properties.isWhitespace, "byte \(byte) among spaces")
        }
    }

    @Test func nonASCIIWhiteSpaceIsBlankAndOtherTextIsNot() {
        #expect("".isBlank)
        #expect(" \u{00A0}\u{2003}\u{3000} ".isBlank)
        #expect(" \u{0085}\r\n".isBlank)
        #expect(!" é ".isBlank)
        #expect(!"\u{00A0}x".isBlank)
        #expect(!"x\u{00A0}".isBlank)
        #expect(!"\u{200B}".isBlank)
    }
}
