import Testing
@testable import IGFRules

/// The window of a line shown under a message: the same as the whole line for short lines, a
/// few kilobytes of a long one, cut on character boundaries.
@Suite struct SourceFileWindowTests {
    @Test func aShortLineIsItsOwnWindow() {
        let file = SourceFile(path: "f", text: "first\nsé cond\r\nthird")
        let window = file.lineWindow(around: 11)
        #expect(window.text == "sé cond")
        #expect(window.column == 4)
        #expect(!window.cutBefore && !window.cutAfter)
    }

    @Test func aLongLineIsCutAroundTheSpotOnCharacterBoundaries() {
        let line = String(repeating: "é", count: 5_000)
        let file = SourceFile(path: "f", text: line)
        let window = file.lineWindow(around: 5_000, radius: 101)
        #expect(window.cutBefore && window.cutAfter)
        #expect(window.text.allSatisfy { $0 == "é" })
        #expect(window.column == 50 || window.column == 51)
        #expect(window.text.utf8.count <= 204)
    }
}
