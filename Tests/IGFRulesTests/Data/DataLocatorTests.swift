import Foundation
@testable import IGFRules
import Testing

/// `DataLocator` finds a finding's value in its file by walking the path and skipping the rest:
/// through texts holding brackets and quotes, escaped keys, nested lists; never past the end.
@Suite struct DataLocatorTests {
    static func offset(_ steps: [Conformance.Step], _ json: String) -> Int? {
        DataLocator.offset(of: steps[...], in: Array(json.utf8))
    }

    @Test func aFieldIsFoundPastValuesOfEveryKind() {
        let json = #"{"a": "x}]\"{", "b": [1, {"c": [true, null]}, -2.5e3], "k\u0065y": {"d": 7}}"#
        #expect(Self.offset([.key("key"), .key("d")], json) == json.utf8.count - 3)
        #expect(Self.offset([.key("b"), .index(2)], json).map { Array(json.utf8)[$0] } == UInt8(ascii: "-"))
        #expect(Self.offset([.key("b"), .index(1), .key("c"), .index(1)], json).map { Array(json.utf8)[$0] } == UInt8(ascii: "n"))
        #expect(Self.offset([], json) == 0)
        // At the key: where its `"` is.
        #expect(DataLocator.offset(of: [.key("b"), .index(1), .key("c")], in: Array(json.utf8), atKey: true).map { Array(json.utf8)[$0 + 1] } == UInt8(ascii: "c"))
        #expect(DataLocator.offset(of: [.key("b"), .index(1)], in: Array(json.utf8), atKey: true) == DataLocator.offset(of: [.key("b"), .index(1)], in: Array(json.utf8)))
    }

    @Test func aPathTheTextDoesNotHoldIsNoPlace() {
        let json = #"{"a": [1, 2], "b": {"c": 1}}"#
        #expect(Self.offset([.key("z")], json) == nil)
        #expect(Self.offset([.key("a"), .index(2)], json) == nil)
        #expect(Self.offset([.key("b"), .index(0)], json) == nil)
        #expect(Self.offset([.key("a"), .key("c")], json) == nil)
        // Broken or cut text ends the walk, never reads past the end.
        for cut in [#"{"a": [1, 2"#, #"{"a"#, #"{"a": "open"#, #"["#, "", #"{"x": "\"#] {
            #expect(Self.offset([.key("a"), .index(5)], cut) == nil)
            #expect(Self.offset([.key("b")], cut) == nil)
        }
    }

    @Test func aFileGivenAsOneDataNameIsWalkedWithoutTheNameAndOneOfNamesWithIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = directory.appendingPathComponent("calendar.json").path
        let object = directory.appendingPathComponent("all.json").path
        try Data("\u{FEFF}{\n  \"annual_meeting\": {\n    \"end\": \"2020-11-02\"\n  }\n}\n".utf8).write(to: URL(fileURLWithPath: whole))
        try Data("{\"calendar\": {\"annual_meeting\": {\"end\": 1}}}".utf8).write(to: URL(fileURLWithPath: object))
        let steps: [Conformance.Step] = [.key("calendar"), .key("annual_meeting"), .key("end")]
        let inWhole = try #require(DataLocator(path: whole, isWholeValue: true).location(of: steps))
        #expect((inWhole.line, inWhole.column) == (3, 12))
        let inObject = try #require(DataLocator(path: object, isWholeValue: false).location(of: steps))
        #expect((inObject.line, inObject.column) == (1, 41))
        #expect(DataLocator(path: directory.appendingPathComponent("gone.json").path, isWholeValue: true).location(of: steps) == nil)
    }

    @Test func onlyTheFirstFindingsOfAFileAreLocated() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString).json").path
        try Data(#"{"a": 1}"#.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let locator = DataLocator(path: path, isWholeValue: true)
        for _ in 0..<DataLocator.maximumLocated { #expect(locator.location(of: [.key("x"), .key("a")]) != nil) }
        #expect(locator.location(of: [.key("x"), .key("a")]) == nil)
    }

    @Test func locatingStopsOnceItHasWalkedItsBudgetOfBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("locator-\(UUID().uuidString).json").path
        try Data(("{\"pad\": \"" + String(repeating: "x", count: 60) + "\", \"a\": 1}").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let locator = DataLocator(path: path, isWholeValue: true, walkBudget: 150)
        // Each walk reads about 75 bytes: the first two are located, then no more.
        #expect(locator.location(of: [.key("x"), .key("a")]) != nil)
        #expect(locator.location(of: [.key("x"), .key("a")]) != nil)
        #expect(locator.location(of: [.key("x"), .key("a")]) == nil)
    }
}
