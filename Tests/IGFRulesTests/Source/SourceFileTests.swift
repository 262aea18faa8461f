@testable import IGFRules
import Testing

@Suite struct SourceFileTests {
    @Test func locatesLinesAndColumnsFromByteOffsets() {
        let file = SourceFile(path: "x", text: "ab\ncdé\n\nfg")
        #expect(file.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(file.location(of: 3) == SourceLocation(line: 2, column: 1))
        #expect(file.location(of: 7) == SourceLocation(line: 2, column: 4))  // after the two bytes of é
        #expect(file.location(of: 9) == SourceLocation(line: 4, column: 1))
        #expect(file.lineText(2) == "cdé")
        #expect(file.lineText(3) == "")
    }

    @Test func countsColumnsInCharactersAndDropsCarriageReturns() {
        let file = SourceFile(path: "x", text: "“a”\r\nb")
        #expect(file.location(of: 4) == SourceLocation(line: 1, column: 3))
        #expect(file.lineText(1) == "“a”")
    }

    @Test func numbersLinesFromTheFirstLineOfACutOutPart() {
        let file = SourceFile(path: "x.jsonl", bytes: Array("{}".utf8), firstLine: 41)
        #expect(file.location(of: 1) == SourceLocation(line: 41, column: 2))
        #expect(file.lineText(41) == "{}")
    }

    @Test func aByteOrderMarkIsNoColumnOfTheFirstLine() {
        let file = SourceFile(path: "x", bytes: [0xEF, 0xBB, 0xBF] + Array("{}\n{}".utf8))
        #expect(file.location(of: 3) == SourceLocation(line: 1, column: 1))
        #expect(file.location(of: 4) == SourceLocation(line: 1, column: 2))
        #expect(file.location(of: 7) == SourceLocation(line: 2, column: 2))
        #expect(file.location(of: 1) == SourceLocation(line: 1, column: 2))  // inside the mark: counted as before
    }
}
