import Testing
@testable import IGFRules

/// Limits on one value of a data file: a refusal says the value is too long (not "not JSON"),
/// where it starts, and never quotes more than a few dozen of its characters.
@Suite struct JSONReaderLimitTests {
    @Test func refusesANumberLongerThanItsLimitAtItsStart() {
        let text = "{\"n\": " + String(repeating: "1", count: JSONReader.maximumNumberLength + 1) + "}"
        guard case .failure(let diagnostic) = DataFile.parse(SourceFile(path: "n.json", text: text)) else {
            Issue.record("a 1,001-digit number was read")
            return
        }
        #expect(diagnostic.code == "too-large")
        #expect(diagnostic.message == "this data is too large to read: this number is longer than 1,000 characters")
        #expect(diagnostic.location == SourceLocation(line: 1, column: 7))
    }

    @Test func readsANumberOfExactlyTheLimit() throws {
        var reader = JSONReader(bytes: Array(String(repeating: "1", count: JSONReader.maximumNumberLength).utf8))
        guard case .malformed(let problem) = try reader.readDocument() else {
            Issue.record("a 1,000-digit number is not too large")
            return
        }
        #expect(problem.message == "the number 11111111111111111111…1111111111 (1,000 characters) is too large")
    }

    @Test func quotesAShortTooLargeNumberWhole() throws {
        var reader = JSONReader(bytes: Array("1e400".utf8))
        guard case .malformed(let problem) = try reader.readDocument() else {
            Issue.record("1e400 is not too large")
            return
        }
        #expect(problem.message == "the number 1e400 is too large")
    }

    @Test func stopsAtTheFirstOverLongTextAndShowsOnlyAWindowOfItsLine() {
        let long = String(repeating: "x", count: 3 * JSONReader.maximumTextLength)
        let text = "{\"a\": \"\(long)\", \"b\": \"\(long)\"}"
        guard case .failure(let diagnostic) = DataFile.parse(SourceFile(path: "t.json", text: text)) else {
            Issue.record("an over-long text was read")
            return
        }
        #expect(diagnostic.location == SourceLocation(line: 1, column: 7))
        let rendered = DiagnosticRenderer().render(diagnostic)
        #expect(rendered.hasPrefix("t.json:1:7: error: this data is too large to read: this text is longer than 1,024 KB\n"))
        #expect(rendered.utf8.count < 400)
    }

    @Test func refusesADocumentOfMoreValuesThanItsLimitWhereTheyRunOver() {
        // Four lists of a million empty records, and one more record: each list is within its own limit.
        let list = "[" + Array(repeating: "{}", count: 1_000_000).joined(separator: ",") + "]"
        let text = "[" + Array(repeating: list, count: 4).joined(separator: ",") + "]"
        guard case .failure(let diagnostic) = DataFile.parse(SourceFile(path: "v.json", text: text)) else {
            Issue.record("more than \(JSONReader.maximumValueCount) values were read")
            return
        }
        #expect(diagnostic.message == "this data is too large to read: the data holds more than 4,000,000 values")
        // The 4,000,001st value (lists count too) is the 999,996th record of the fourth list.
        #expect(diagnostic.location?.column == 2 + 3 * (list.utf8.count + 1) + 1 + 3 * 999_995)
    }

    @Test func readsADocumentOfExactlyTheValueLimit() throws {
        // The outer list, four lists, and 3,999,995 numbers: 4,000,000 values.
        func list(_ count: Int) -> String { "[" + Array(repeating: "0", count: count).joined(separator: ",") + "]" }
        let lists = [list(999_999), list(999_999), list(999_999), list(999_998)]
        var reader = JSONReader(bytes: Array(("[" + lists.joined(separator: ",") + "]").utf8))
        guard case .list(let read) = try reader.readDocument() else {
            Issue.record("not a list")
            return
        }
        #expect(read.count == 4)
    }
}
