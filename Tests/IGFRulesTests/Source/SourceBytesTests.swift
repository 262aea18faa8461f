@testable import IGFRules
import Testing

/// The byte classes the lexer and the JSON reader share.
@Suite struct SourceBytesTests {
    @Test func aLeadByteGivesTheLengthOfItsCharacter() {
        let leads = ["a", "é", "€", "🌍"].map { Array($0.utf8)[0] }
        #expect(leads.map(SourceBytes.scalarLength) == [1, 2, 3, 4])
    }

    @Test func theFirstInvalidSequenceIsFoundWhereItStarts() {
        let valid = Array("ok é € 🌍".utf8)
        #expect(SourceBytes.firstInvalidUTF8(valid, from: 0, to: valid.count) == nil)
        #expect(SourceBytes.firstInvalidUTF8([0x61, 0xC0, 0x80], from: 0, to: 3) == 1, "an overlong two-byte form")
        #expect(SourceBytes.firstInvalidUTF8([0x61, 0x62, 0xED, 0xA0, 0x80], from: 0, to: 5) == 2, "a surrogate")
        #expect(SourceBytes.firstInvalidUTF8([0xE2, 0x82], from: 0, to: 2) == 0, "a sequence cut short")
        #expect(SourceBytes.firstInvalidUTF8([0xE2, 0x82, 0xAC], from: 0, to: 2) == 0, "cut short by the end given")
        #expect(SourceBytes.firstInvalidUTF8([0xF4, 0x90, 0x80, 0x80], from: 0, to: 4) == 0, "above U+10FFFF")
    }

    @Test func wordBytesAreAsciiLettersDigitsAndUnderscore() {
        let word = Array("azAZ09_".utf8)
        #expect(word.allSatisfy(SourceBytes.isWordByte))
        #expect(!Array(" .-é\"".utf8).contains(where: SourceBytes.isWordByte))
        #expect(Array("0123456789".utf8).allSatisfy(SourceBytes.isDigit))
        #expect(!Array("a/:".utf8).contains(where: SourceBytes.isDigit))
    }
}
