@testable import IGFRules
import Testing

/// The byte-level readings of rule sources that the sentences and hints are worded from.
@Suite struct ExplanationPathsTests {
    @Test func aDataPathIsNamesJoinedByDotsNotStartingWithADigit() {
        #expect(Explanation.isDataPath("proposal.background.text", context: nil))
        #expect(Explanation.isDataPath("p2.x_1", context: nil))
        for source in ["", ".", "proposal.", ".title", "proposal..title", "proposal.2nd", "count(x)", "a - b", "\"a.b\"", "3.5"] {
            #expect(!Explanation.isDataPath(source, context: nil), "\(source)")
        }
    }

    @Test func theOwnerIsEveryPartButTheFieldInWords() {
        #expect(Explanation.owner(of: "proposal.title") == "the proposal")
        #expect(Explanation.owner(of: "proposal.mag_sponsor.related_processes.text") == "the proposal's MAG sponsor's related processes")
        #expect(Explanation.owner(of: "title") == nil)
        #expect(Explanation.owner(of: "count(proposal.x)") == nil)
    }

    @Test func wordsDropUnderscoresAndCapitaliseTheIGFsAbbreviations() {
        #expect(Explanation.words("related_processes") == "related processes")
        #expect(Explanation.words("mag_member") == "MAG member")
        #expect(Explanation.words("__bpfs__and_nris_") == "BPFS and NRIS")
        #expect(Explanation.words("magic") == "magic")
        #expect(Explanation.words("") == "")
    }

    @Test func rootAndLeafAreTheFirstAndLastParts() {
        #expect(Explanation.root(of: "proposal.outreach.plan") == "proposal")
        #expect(Explanation.leaf(of: "proposal.outreach.plan") == "plan")
        #expect(Explanation.leaf(of: "plan") == "plan")
    }

    @Test func anElementFieldIsTheVariableAndOneNameOfLetters() {
        #expect(Explanation.field(of: "f.mag_member", variable: "f") == "MAG member")
        #expect(Explanation.field(of: "g.mag_member", variable: "f") == nil)
        #expect(Explanation.field(of: "f.a.b", variable: "f") == nil)
        #expect(Explanation.field(of: "f.", variable: "f") == nil)
        #expect(Explanation.field(of: "f.name2", variable: "f") == nil)
    }

    @Test func theWordsOfASourceAreSeparatedBySpacesAndOpeningBrackets() {
        #expect(Explanation.word(1, of: "any f in proposal.facilitators: f.mag_member") == "f")
        #expect(Explanation.word(0, of: "[m.date for m in activity.meetings]") == "m.date")
        #expect(Explanation.word(1, of: "  any   x") == "x")
        #expect(Explanation.word(1, of: "any(x)", spacesOnly: true) == nil)
        #expect(Explanation.word(2, of: "any x") == nil)
    }

    @Test func byteSearchesFindTheFirstOccurrence() {
        let text = "count(m in activity.meetings where m.open and m.virtual)"
        let found = text.byteRange(of: " where ")
        #expect(found.map { String(text[..<$0.lowerBound]) } == "count(m in activity.meetings")
        #expect(text.byteRange(of: " nowhere ") == nil)
        #expect(text.byteRange(of: "") == nil)
        #expect("m.open and m.virtual"[...].byteComponents(separatedBy: " and ") == ["m.open", "m.virtual"])
        #expect(" and "[...].byteComponents(separatedBy: " and ") == ["", ""])
        #expect("x is not empty"[...].hasBytes(suffix: " is not empty"))
        #expect(!"empty"[...].hasBytes(suffix: " is not empty"))
        #expect(Explanation.enclosed("count(distinct(x))"[...], in: "count(") == "distinct(x)")
        #expect(Explanation.enclosed("count("[...], in: "count(") == nil)
    }

    @Test func decimalsAreWrittenAsStringWritesThem() {
        for value in [0, 7, 10, 99, 100, 12345, Int.max, -1, Int.min] {
            var bytes: [UInt8] = Array("x".utf8)
            bytes.appendDecimal(value)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
        }
    }
}
