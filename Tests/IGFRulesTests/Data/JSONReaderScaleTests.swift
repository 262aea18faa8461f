@testable import IGFRules
import Testing

/// Large objects read in linear time: the duplicate-key check and record building do not search
/// the keys read so far once an object is large.
@Suite struct JSONReaderScaleTests {
    static func object(keys count: Int, then extra: String = "") -> [UInt8] {
        var text = "{"
        for index in 0..<count { text += "\"k\(index)\":\(index)," }
        text += extra.isEmpty ? "\"last\":true}" : extra + "}"
        return Array(text.utf8)
    }

    @Test func readsAnObjectWithAHundredThousandKeysInOrder() throws {
        var reader = JSONReader(bytes: Self.object(keys: 100_000))
        guard case .record(let record) = try reader.readDocument() else {
            Issue.record("expected a record")
            return
        }
        #expect(record.count == 100_001)
        #expect(record.keys[99_999] == "k99999")
        #expect(record["k12345"].literal() == "12345")
        #expect(record["last"].literal() == "yes")
    }

    @Test func findsADuplicateKeyAfterAHundredThousandOthers() {
        let bytes = Self.object(keys: 100_000, then: "\"k77\":0")
        var reader = JSONReader(bytes: bytes)
        do {
            _ = try reader.readDocument()
            Issue.record("a duplicate key must be refused")
        } catch {
            #expect(error.message == "the key \"k77\" appears twice in this object")
            #expect(error.offset == bytes.count - 8)
        }
    }

    @Test func findsADuplicateKeyInASmallObject() {
        var reader = JSONReader(bytes: Array(#"{"a":1,"b":2,"a":3}"#.utf8))
        #expect(throws: JSONReader.Failure.self) { try reader.readDocument() }
    }
}
