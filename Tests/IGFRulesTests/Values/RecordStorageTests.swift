import Testing
@testable import IGFRules

/// A record keeps its values in its storage object's own allocation: it grows as fields are
/// added, keeps their order when one is removed, and a record built from a function that throws
/// part of the way stops there and passes the error on.
@Suite struct RecordStorageTests {
    private struct Stop: Error {}

    @Test func addingFieldsOneByOneKeepsThemAllInOrder() {
        var record = Record()
        for index in 0..<100 { record["f\(index)"] = .number(.integer(index)) }
        #expect(record.count == 100)
        #expect(record.keys == (0..<100).map { "f\($0)" })
        #expect(record.fields.map { $0.1.literal() } == (0..<100).map { "\($0)" })
        #expect(record.value(at: 57).literal() == "57")
    }

    @Test func removingAFieldKeepsTheOthersInOrder() {
        var record = Record((0..<5).map { ("f\($0)", Value.text("v\($0)")) })
        record.remove("f1")
        #expect(record.keys == ["f0", "f2", "f3", "f4"])
        #expect(record.values.map { $0.literal() } == ["\"v0\"", "\"v2\"", "\"v3\"", "\"v4\""])
        #expect(record.value(of: "f4", hint: 4).literal() == "\"v4\"")
        record["f1"] = .bool(true)
        #expect(record.keys == ["f0", "f2", "f3", "f4", "f1"])
        #expect(record["f1"].literal() == "yes")
    }

    @Test func aRecordBuiltFromItsPositionsHasOneValueEach() throws {
        let record = try Record(uniqueKeys: ["a", "b", "c"]) { (index: Int) throws(Stop) -> Value in .number(.integer(index * 10)) }
        #expect(record.fields.map { "\($0.0)=\($0.1.literal())" } == ["a=0", "b=10", "c=20"])
    }

    @Test func aBuildThatThrowsPassesTheErrorOnAfterTheValuesAlreadyMade() {
        var asked: [Int] = []
        #expect(throws: Stop.self) {
            _ = try Record(uniqueKeys: ["a", "b", "c"]) { (index: Int) throws(Stop) -> Value in
                asked.append(index)
                guard index == 0 else { throw Stop() }
                return .text(String(repeating: "x", count: 100))
            }
        }
        #expect(asked == [0, 1])
    }

    @Test func aLargeRecordMadeInOneGoIsIndexedAsOneMadeFieldByField() throws {
        let keys = (0..<40).map { "k\($0)" }
        let fromValues = Record(uniqueKeys: keys, values: keys.indices.map { .number(.integer($0)) })
        let fromPositions = Record(uniqueKeys: keys) { .number(.integer($0)) }
        var byField = Record()
        for (index, key) in keys.enumerated() { byField[key] = .number(.integer(index)) }
        for record in [fromValues, fromPositions, byField] {
            #expect(record.isIndexed)
            #expect(keys.indices.allSatisfy { record.value(of: keys[$0], hint: 0).literal() == "\($0)" })
            #expect(record["k39"].literal() == "39")
            #expect(record["k40"].isMissing)
        }
        #expect(!Record(uniqueKeys: ["a", "b"], values: [.missing, .missing]).isIndexed)
        // A JSON object of many keys reads as one record, indexed.
        var reader = JSONReader(bytes: Array(("{" + keys.map { "\"\($0)\": 1" }.joined(separator: ", ") + "}").utf8))
        guard case .record(let read) = try reader.readDocument() else { throw Support.Failure("not a record") }
        #expect(read.isIndexed)
    }

    @Test func copiesShareTheirStorageUntilOneChanges() {
        let original = Record([("a", .number(.integer(1)))])
        var copy = original
        #expect(copy.sharesStorage(with: original))
        copy["a"] = .number(.integer(2))
        #expect(!copy.sharesStorage(with: original))
        #expect(original["a"].literal() == "1")
        #expect(Value.record(copy).equals(.record(original)) == false)
    }
}
