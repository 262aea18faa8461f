@testable import IGFRules
import Testing

/// Data text shown in reports: control characters visible, never sent to the terminal.
@Suite struct ValueRenderingTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("x\n  PASS   forged", #"x\n  PASS   forged"#),
        ("\u{1B}[31mred", #"\u{1b}[31mred"#),
        ("a\tb\rc", #"a\tb\rc"#),
        ("\u{9B}31m", #"\u{9b}31m"#),
        ("abc\u{202E}fed", #"abc\u{202e}fed"#),
    ])
    func visibleTextShowsEveryControlCharacter(_ text: String, _ shown: String) {
        #expect(Value.visible(text) == shown)
    }

    @Test func messagesReplaceTerminalControlsButKeepTabs() {
        #expect(Value.text("a\u{1B}[2Jb\u{9B}c\td").plain == "a\u{FFFD}[2Jb\u{FFFD}c\td")
    }

    /// Printable ASCII reads as it is; a line break joins the lines with a space; a tab stays; any
    /// other control becomes U+FFFD; whatever the byte, in any text around it.
    @Test func everyASCIIByteInAMessageReadsOnOneLineWithoutControls() {
        for byte in UInt8(0)..<0x80 {
            let character = String(Character(Unicode.Scalar(byte)))
            let expected = switch byte {
            case 0x0A...0x0D: "a b"
            case 0x09, 0x20..<0x7F: "a\(character)b"
            default: "a\u{FFFD}b"
            }
            #expect(Value.text("a\(character)b").plain == expected, "byte \(byte)")
            #expect(Value.text("é\(character)b").plain == "é" + expected.dropFirst(), "byte \(byte) beside non-ASCII text")
        }
    }

    @Test func aListNestedInItselfIsDrawnShortWithoutWalkingItAll() {
        var value = Value.list([.number(.integer(1))])
        for _ in 0..<60 { value = .list([value, value]) }
        #expect(value.literal(limit: 60).count < 2000)
        #expect(value.equals(.list([value, value])) == false)
        if case .list(let items) = value { #expect(value.equals(.list(items)) == true) }
    }
}

/// Records of many fields: reading, adding, removing and comparing fields by name.
@Suite struct LargeRecordTests {
    @Test func aLargeRecordFindsEveryFieldAndKeepsTheFirstOfARepeatedName() {
        var record = Record((0..<1000).map { ("k\($0)", Value.number(.integer($0))) } + [("k5", .text("second"))])
        #expect(record["k999"].equals(.number(.integer(999))) == true)
        #expect(record["k5"].equals(.number(.integer(5))) == true)
        #expect(record["none"].isMissing)
        record["new"] = .bool(true)
        #expect(record.has("new") && record.count == 1002)
        record.remove("k0")
        #expect(!record.has("k0") && record["k999"].equals(.number(.integer(999))) == true)
    }

    @Test func largeRecordsCompareByNameWhateverTheOrder() {
        let fields = (0..<500).map { ("k\($0)", Value.number(.integer($0))) }
        #expect(Value.record(Record(fields)).equals(.record(Record(fields.reversed()))) == true)
        #expect(Value.record(Record(fields)).equals(.record(Record(fields.dropLast() + [("other", .missing)]))) == false)
    }
}
