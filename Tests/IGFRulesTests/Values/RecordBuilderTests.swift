@testable import IGFRules
import Testing

/// `RecordBuilder` fills a record's storage value by value, growing it when full, and names the
/// values once all are in: the record is the one `Record(uniqueKeys:values:)` makes.
@Suite struct RecordBuilderTests {
    @Test func valuesPastTheFirstRoomAreKeptInOrderAndNamedAtTheEnd() {
        for count in [0, 1, 2, 3, 17, 40] {
            var builder = RecordBuilder(capacity: 2)
            for index in 0..<count { builder.append(.text("v\(index)")) }
            let keys = (0..<count).map { "k\($0)" }
            let record = builder.record(keys: keys)
            let expected = Record(uniqueKeys: keys, values: (0..<count).map { .text("v\($0)") })
            #expect(record.keys == keys)
            #expect(Value.record(record).literal(limit: 10_000) == Value.record(expected).literal(limit: 10_000))
            #expect(record.isIndexed == (count > Record.indexedFrom))
            #expect(keys.indices.allSatisfy { record.value(of: keys[$0], hint: 0).literal() == "\"v\($0)\"" })
        }
    }

    @Test func aRecordMadeByTheBuilderIsCopiedOnWriteLikeAnyOther() {
        var builder = RecordBuilder(capacity: 1)
        builder.append(.number(.integer(1)))
        let first = builder.record(keys: ["a"])
        var second = first
        second["b"] = .number(.integer(2))
        #expect(Value.record(first).literal() == "{a: 1}")
        #expect(Value.record(second).literal() == "{a: 1, b: 2}")
    }
}
