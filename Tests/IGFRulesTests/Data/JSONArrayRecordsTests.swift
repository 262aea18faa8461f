@testable import IGFRules
import Foundation
import Testing

/// `--each` over a JSON array: read one element at a time, with the file's own lines and columns.
@Suite struct JSONArrayRecordsTests {
    static func records(_ text: String) throws -> [Result<Value, Diagnostic>] {
        let folder = NSTemporaryDirectory() + "igfrules-array-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/records.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var stream = RecordStream(path: path)
        var all: [Result<Value, Diagnostic>] = []
        while let record = stream.next() { all.append(record) }
        return all
    }

    static func ids(_ records: [Result<Value, Diagnostic>]) -> [String] {
        records.map { record in
            switch record {
            case .success(let value): value.literal()
            case .failure(let diagnostic): "error " + DiagnosticRenderer().render(diagnostic).split(separator: "\n")[0]
            }
        }
    }

    @Test func givesTheSameRecordsAsJSONLines() throws {
        let pretty = "\u{FEFF}\n[\n  {\"id\": \"a\", \"n\": [1, {\"t\": \"]}\\\"\"}]},\n  \"x\" ,\n  -2.5e1,null\n  ,[ ]\n]\n\n"
        let lines = "{\"id\": \"a\", \"n\": [1, {\"t\": \"]}\\\"\"}]}\n\"x\"\n-2.5e1\nnull\n[]\n"
        #expect(Self.ids(try Self.records(pretty)) == Self.ids(try Self.records(lines)))
        #expect(try Self.records(pretty).count == 5)
        #expect(try Self.records("[]").isEmpty)
    }

    @Test func aBrokenElementEndsTheRecordsWithItsLineAndColumn() throws {
        let records = Self.ids(try Self.records("[{\"id\": \"a\"},\n  {\"id\": \"b\",},\n {\"id\": \"c\"}]"))
        #expect(records.count == 2)
        #expect(records[0] == "{id: \"a\"}")
        #expect(records[1].contains("records.json:2:14: error: this data is not valid JSON: expected a key in double quotes"))
    }

    @Test func aMissingCommaOrBracketIsReportedWhereItIs() throws {
        let comma = Self.ids(try Self.records("[{\"id\": \"a\"}\n {\"id\": \"b\"}]"))
        #expect(comma.count == 2)
        #expect(comma[1].contains("records.json:2:2: error: this data is not valid JSON: expected `,` or `]` in the list, found `{`"))
        let open = Self.ids(try Self.records("[{\"id\": \"a\"},\n"))
        #expect(open.last?.contains("this list is not closed: the file ends before its `]`") == true)
        let after = Self.ids(try Self.records("[1] 2"))
        #expect(after.count == 2)
        #expect(after.first == "1")
        #expect(after.last?.contains("1:5: error: this data is not valid JSON: expected the end of the data after the JSON value, found `2`") == true)
    }

    @Test func lineNumbersStayRightAfterManyLinesAndLargeElements() throws {
        // An element of 3 MB, more than the reader keeps between chunks, after 70,000 lines.
        let big = "[" + Array(repeating: "\"" + String(repeating: "y", count: 1000) + "\"", count: 3000).joined(separator: ",\n") + "]"
        let text = "[" + String(repeating: "\n", count: 70_000) + "{\"t\": \(big)},\n" + "{\"id\": \"z\"}\n}"
        let records = Self.ids(try Self.records(text))
        #expect(records.count == 3)
        #expect(records[1] == "{id: \"z\"}")
        #expect(records[2].contains(":73002:1: error: this data is not valid JSON: expected `,` or `]` in the list, found `}`"))
    }
}
