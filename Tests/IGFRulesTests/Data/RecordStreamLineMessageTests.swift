@testable import IGFRules
import Testing

/// A broken line of a JSON Lines file is worded as a line from the start (the reader is told it
/// reads a line), and gets the note about records spread over lines when the line ended too soon.
@Suite struct RecordStreamLineMessageTests {
    static let spreadNote = "in a JSON Lines file each record must be on one line; a JSON array [ … ] may span lines"

    static func failure(_ line: String) -> Diagnostic? {
        guard case .failure(let diagnostic) = RecordStream.parse(line: Array(line.utf8), number: 3, path: "r.jsonl") else { return nil }
        return diagnostic
    }

    @Test func aLineEndingInsideAnObjectSaysTheLineEndsAndGivesTheNote() throws {
        let diagnostic = try #require(Self.failure("{\"id\": \"a\", \"n\": 1"))
        #expect(diagnostic.message == "this data is not valid JSON: this object is not closed: the line ends before its `}`")
        #expect(diagnostic.notes == [Self.spreadNote])
    }

    @Test func aLineEndingWhereAValueIsExpectedSaysTheEndOfTheLine() throws {
        let diagnostic = try #require(Self.failure("{\"id\":"))
        #expect(diagnostic.message == "this data is not valid JSON: expected a value, found the end of the line")
        #expect(diagnostic.notes == [Self.spreadNote])
        let key = try #require(Self.failure("{\"id\": 1,"))
        #expect(key.message == "this data is not valid JSON: expected a key in double quotes, found the end of the line")
        #expect(key.notes == [Self.spreadNote])
    }

    @Test func twoRecordsOnALineAreToldApartFromRecordsSeparatedByCarriageReturnsAlone() throws {
        let two = try #require(Self.failure(#"{"id": "a"} {"id": "b"}"#))
        #expect(two.message == "this data is not valid JSON: expected the end of the line after the record, found `{`")
        #expect(two.notes == ["a line of a JSON Lines file holds one record: put each record on a line of its own"])
        let oldMac = try #require(Self.failure("{\"id\": \"a\"}\r{\"id\": \"b\"}\r"))
        #expect(oldMac.notes == ["the records are separated by carriage returns (\\r) alone, old Mac line ends: save the file with LF or CRLF line ends"])
        // What is not a second value is said to be extra, not a record: a stray bracket, a comment.
        for extra in [#"{"id": "a"}}"#, #"{"id": "a"}]"#, #"{"id": "a"} // c"#, "{\"id\": \"a\"}\r}"] {
            let failure = try #require(Self.failure(extra))
            #expect(failure.notes == ["remove what follows the record: a line of a JSON Lines file holds one record and nothing else"], "\(extra)")
        }
    }

    @Test func aLineEndingInsideATextOrAnEscapeSaysTheLineEnds() throws {
        #expect(Self.failure("{\"id\": \"abc")?.message == "this data is not valid JSON: this text is not closed: the line ends before its closing `\"`")
        #expect(Self.failure("[\"a\\")?.message == "this data is not valid JSON: the line ends inside an escape")
        #expect(Self.failure("[1, 2")?.message == "this data is not valid JSON: this list is not closed: the line ends before its `]`")
    }

    @Test func aDataTextThatReadsLikeTheEndOfTheFileIsLeftAsItIs() throws {
        let diagnostic = try #require(Self.failure("{\"the end of the file\": 1, \"the end of the file\": 2}"))
        #expect(diagnostic.message == "this data is not valid JSON: the key \"the end of the file\" appears twice in this object")
        #expect(!diagnostic.notes.contains(Self.spreadNote))
    }

    @Test func aMistakeInsideTheLineGetsNoNoteAboutSpreadRecords() throws {
        let diagnostic = try #require(Self.failure("{\"id\": 01}"))
        #expect(diagnostic.message.hasPrefix("this data is not valid JSON: a JSON number cannot start with 0"))
        #expect(!diagnostic.notes.contains(Self.spreadNote))
    }

    @Test func aWholeFileStillSpeaksOfTheFile() {
        var reader = JSONReader(bytes: Array("{\"id\": 1".utf8))
        do {
            _ = try reader.readDocument()
            Issue.record("an unclosed object was read")
        } catch {
            #expect(error.message == "this object is not closed: the file ends before its `}`")
            #expect(error.endsEarly)
        }
    }
}
