@testable import IGFRules
import Testing

@Suite struct JSONReaderTests {
    func read(_ text: String) -> Value? {
        if case .success(let value) = DataFile.parse(SourceFile(path: "d.json", text: text)) { return value }
        return nil
    }

    func problem(_ text: String) -> String {
        switch DataFile.parse(SourceFile(path: "d.json", text: text)) {
        case .success: return "parsed"
        case .failure(let diagnostic): return DiagnosticRenderer().render(diagnostic)
        }
    }

    @Test func readsAllJSONKinds() {
        let value = read(#"{"a": [1, -2.5, 1e2, true, false, null, "t\u00e9\n\ud83c\udf0d"], "b": {}}"#)
        #expect(value?.literal(limit: 100) == #"{a: [1, -2.5, 100, yes, no, missing, "té\n🌍"], b: {}}"#)
    }

    @Test func keepsIntegersExactAndTurnsNegativeZeroIntoZero() {
        #expect(read("9007199254740993")?.literal() == "9007199254740993")
        #expect(read("-0")?.literal() == "0")
        #expect(read("-0.0")?.literal() == "0")
    }

    @Test func readsAHugeNumberAsMalformedData() {
        guard case .malformed(let problem)? = read("1e400") else {
            Issue.record("1e400 should be malformed")
            return
        }
        #expect(problem.message == "the number 1e400 is too large")
    }

    @Test func skipsAByteOrderMarkAndAcceptsCRLF() {
        #expect(read("\u{FEFF}{\"a\":\r\n 1}")?.literal() == "{a: 1}")
    }

    @Test func reportsWhereTheJSONIsBroken() {
        #expect(problem("{\n  \"a\": 1,\n  \"b\": tru\n}") == """
            d.json:3:8: error: this data is not valid JSON: expected a value, found `tru`
             3 |   "b": tru
               |        ^
               = JSON values are texts in double quotes, numbers, true, false, null, [lists] and {objects}

            """)
    }

    @Test func reportsATrailingComma() {
        #expect(problem("[1, 2,]").contains("expected a value, found `]`"))
        #expect(problem("[1, 2,]").contains("is there a comma too many before it?"))
    }

    @Test func reportsAnEmptyFile() {
        #expect(problem("  \n").contains("the file is empty"))
    }

    @Test func reportsBinaryData() {
        switch DataFile.parse(SourceFile(path: "b.json", bytes: [0x7B, 0xFF, 0x00])) {
        case .success: Issue.record("binary data parsed")
        case .failure(let diagnostic): #expect(diagnostic.message == "this data is not valid JSON: this is not UTF-8 text (byte 0xFF)")
        }
    }

    @Test func reportsDuplicateKeys() {
        #expect(problem(#"{"title": "a", "title": "b"}"#).contains(#"the key "title" appears twice in this object"#))
    }

    @Test func reportsTextAfterTheValue() {
        #expect(problem("{} {}").contains("expected the end of the data after the JSON value, found `{`"))
        #expect(problem("{} {}").contains("a data file holds a single JSON value; for one record per line use --each with a JSON Lines file"))
        // Something that is not a second value is said to be extra.
        #expect(problem("{}}").contains("remove what follows the JSON value: a data file holds one JSON value and nothing else"))
    }

    @Test func reportsAnUnclosedText() {
        #expect(problem("{\"a\": \"b}").contains("this text is not closed"))
    }

    @Test func refusesNestingDeeperThanItsLimitWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(problem(deep).contains("the data is nested more than 128 levels deep"))
    }

    @Test func showsAWindowOfAVeryLongLine() {
        let line = "[" + String(repeating: "1,", count: 500) + "x]"
        let rendered = problem(line)
        #expect(rendered.contains("…1,1,1"))
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count < 140 })
    }

    @Test func neverCrashesOnArbitraryBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["{", "}", "[", "]", ",", ":", "\"a\"", "1", "-", "e", ".", "true", "null", "\\", "\"", " ", "\n", "\u{0}"]
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = DataFile.parse(SourceFile(path: "r", text: text))
        }
    }
}

@Suite struct JSONLimitTests {
    @Test func refusesATextLongerThanItsLimit() {
        let text = "{\"t\": \"" + String(repeating: "a", count: JSONReader.maximumTextLength + 10) + "\"}"
        guard case .failure(let diagnostic) = DataFile.parse(SourceFile(path: "big.json", text: text)) else {
            Issue.record("a huge text was read")
            return
        }
        // Valid JSON, so not "not valid JSON": too large, with the id of the other size limits.
        #expect(diagnostic.message == "this data is too large to read: this text is longer than 1,024 KB")
        #expect(diagnostic.code == "too-large")
        #expect(diagnostic.location == SourceLocation(line: 1, column: 7))
    }

    @Test func refusesAListLongerThanItsLimit() {
        let text = "[" + Array(repeating: "0", count: JSONReader.maximumListLength + 1).joined(separator: ",") + "]"
        guard case .failure(let diagnostic) = DataFile.parse(SourceFile(path: "long.json", text: text)) else {
            Issue.record("a huge list was read")
            return
        }
        #expect(diagnostic.message == "this data is too large to read: this list has more than 1,000,000 entries")
    }
}
