@testable import IGFRules
import Testing

/// An empty list written into a text reads "none" ("gaps of more than 35 days: none"); it used to
/// read as nothing ("gaps of more than 35 days: ;").
@Suite struct EmptyListInMessageTests {
    @Test func anEmptyListInATextReadsNone() throws {
        let value = try Support.evaluate(#""gaps: {[n for n in [1, 2] where n > 5]}; big: {[n for n in [1, 7] where n > 5]}""#)
        guard case .text(let text) = value else {
            Issue.record("expected a text, got \(value.literal())")
            return
        }
        #expect(text == "gaps: none; big: 7")
    }

    @Test func aListWithEntriesIsWrittenAsBefore() throws {
        guard case .text(let text) = try Support.evaluate(#""{["a", "b"]}""#) else {
            Issue.record("expected a text")
            return
        }
        #expect(text == "a, b")
    }
}
