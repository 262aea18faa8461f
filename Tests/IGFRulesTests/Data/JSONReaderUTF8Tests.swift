@testable import IGFRules
import Testing

/// UTF-8 is checked text by text as a document is read, not in a pass of its own: whatever else is
/// wrong with a document that is not UTF-8, the reader still says so first, at its first invalid
/// byte, as a check of the whole document before reading it would.
@Suite struct JSONReaderUTF8Tests {
    /// What the reader says of `bytes`, read as `type`: the value's literal, or the failure and its offset.
    func read(_ bytes: [UInt8], as type: DataType = .unknown) -> String {
        var reader = JSONReader(bytes: bytes)
        do {
            return try reader.readDocument(as: type).literal(limit: 10_000)
        } catch {
            return "\(error.offset): \(error.message)"
        }
    }

    static let shape = RecordType(name: "person", fields: [("name", .text), ("région", .text), ("tags", .list(.text))])

    @Test func anInvalidByteInATextIsNamedWhereItIs() {
        #expect(read(Array(#"{"name": "caf"#.utf8) + [0xE9] + Array(#"", "x": 1}"#.utf8), as: .record(Self.shape))
            == "13: this is not UTF-8 text (byte 0xE9)")
        #expect(read(Array(#"["ok", "a\n"#.utf8) + [0xFF] + Array(#"b"]"#.utf8)) == "11: this is not UTF-8 text (byte 0xFF)")
    }

    @Test func anInvalidByteInAKeyIsNamedWhetherOrNotTheShapeDeclaresIt() {
        #expect(read(Array(#"{"r"#.utf8) + [0xC3, 0x28] + Array(#"gion": "x"}"#.utf8), as: .record(Self.shape))
            == "3: this is not UTF-8 text (byte 0xC3)")
        #expect(read(Array(#"{"name": "x", "k"#.utf8) + [0x80] + Array(#"": 1}"#.utf8)) == "16: this is not UTF-8 text (byte 0x80)")
    }

    @Test func anInvalidByteIsNamedBeforeAMistakeThatComesFirst() {
        // The comma too many comes before the invalid byte; a byte outside a text is not JSON at all.
        #expect(read(Array(#"{"name": "x",, "tags": [""#.utf8) + [0xE9] + Array(#""]}"#.utf8), as: .record(Self.shape))
            == "25: this is not UTF-8 text (byte 0xE9)")
        #expect(read(Array("[1, ".utf8) + [0xE9] + Array("]".utf8)) == "4: this is not UTF-8 text (byte 0xE9)")
        #expect(read(Array(#"{"a": 1} "#.utf8) + [0xC0, 0xAF]) == "9: this is not UTF-8 text (byte 0xC0)")
    }

    @Test func aSequenceCutByAnEscapeOrTheTextsEndIsInvalid() {
        #expect(read(Array(#"[""#.utf8) + [0xE2, 0x82] + Array(#"\u00e9"]"#.utf8)) == "2: this is not UTF-8 text (byte 0xE2)")
        #expect(read(Array(#"["\n"#.utf8) + [0xE2, 0x82] + Array(#""]"#.utf8)) == "4: this is not UTF-8 text (byte 0xE2)")
    }

    @Test func validTextsThatAreNotASCIIReadAsTheirCharacters() {
        let line = #"{"name": "Łukasz Fernández", "région": "Amérique\tlatine ✓", "tags": ["€", "a\u00e9\ud83d\ude00"]}"#
        #expect(read(Array(line.utf8), as: .record(Self.shape))
            == #"{name: "Łukasz Fernández", région: "Amérique\tlatine ✓", tags: ["€", "aé😀"]}"#)
    }

    /// Seeded random documents of texts with bytes of every kind: the reader fails with the UTF-8
    /// message exactly when the document is not UTF-8, at its first invalid byte.
    @Test func agreesWithACheckOfTheWholeDocumentOnSeededRandomBytes() {
        var random = SeededRandom(seed: 5)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("é".utf8), [0xE9], [0x80], [0xE2, 0x82], Array(#"\""#.utf8),
                                 Array(#"", ""#.utf8), Array(#"":""#.utf8), Array("😀".utf8), [0xF0, 0x9F]]
        for _ in 0..<400 {
            var bytes = Array(#"{"name": ""#.utf8)
            for _ in 0..<Int.random(in: 0...12, using: &random) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
            bytes += Array(#""}"#.utf8)
            let said = read(bytes, as: .record(Self.shape))
            if let bad = SourceBytes.firstInvalidUTF8(bytes, from: 0, to: bytes.count) {
                #expect(said == "\(bad): this is not UTF-8 text (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")
            } else {
                #expect(!said.contains("UTF-8"), "\(said)")
            }
        }
    }
}
