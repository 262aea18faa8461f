import Testing
@testable import IGFRules

/// A record's fields are shared between copies until one of them changes: a change to a copy
/// (setting, adding or removing a field, small or indexed) never shows in the original.
@Suite struct RecordCopyOnWriteTests {
    @Test func settingAndAddingInACopyLeaveTheOriginalAlone() {
        let original = Record([("a", .number(.integer(1))), ("b", .text("x"))])
        var copy = original
        copy["a"] = .number(.integer(2))
        copy["c"] = .bool(true)
        #expect(original["a"].literal() == "1")
        #expect(!original.has("c"))
        #expect(original.keys == ["a", "b"])
        #expect(copy["a"].literal() == "2")
        #expect(copy.keys == ["a", "b", "c"])
    }

    @Test func removingFromACopyLeavesTheOriginalAlone() {
        let original = Record([("a", .number(.integer(1))), ("b", .text("x"))])
        var copy = original
        copy.remove("a")
        #expect(original.has("a"))
        #expect(original.count == 2)
        #expect(copy.keys == ["b"])
        #expect(copy.value(of: "b", hint: 1).literal() == "\"x\"")
    }

    @Test func anIndexedRecordsCopyKeepsItsOwnIndex() {
        let original = Record((0..<20).map { ("f\($0)", Value.number(.integer($0))) })
        var copy = original
        copy["extra"] = .text("new")
        copy.remove("f3")
        #expect(original["f3"].literal() == "3")
        #expect(original["extra"].isMissing)
        #expect(original.value(of: "f19", hint: 0).literal() == "19")
        #expect(copy["f3"].isMissing)
        #expect(copy["extra"].literal() == "\"new\"")
        #expect(copy.value(of: "f19", hint: 0).literal() == "19")
    }

    @Test func aRecordChangedInPlaceKeepsItsFields() {
        var record = Record()
        for index in 0..<40 { record["f\(index)"] = .number(.integer(index)) }
        record["f7"] = .text("seven")
        #expect(record.count == 40)
        #expect(record["f7"].literal() == "\"seven\"")
        #expect(record.value(of: "f39", hint: 3).literal() == "39")
    }
}
