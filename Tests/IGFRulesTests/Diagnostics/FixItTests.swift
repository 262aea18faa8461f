import Foundation
@testable import IGFRules
import Testing

/// Fix-its are data: applying one to the text gives the repaired text.
@Suite struct FixItTests {
    /// The text with the first fix of the first diagnostic applied.
    static func fixed(_ text: String, schema: Bool = false) -> (code: String, title: String, text: String)? {
        let (_, diagnostics) = Support.program(text, schema: schema)
        guard let diagnostic = diagnostics.first(where: { !$0.fixes.isEmpty }), let fix = diagnostic.fixes.first else { return nil }
        var bytes = Array(text.utf8)
        for edit in fix.edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return (diagnostic.code, fix.title, String(decoding: bytes, as: UTF8.self))
    }

    @Test(arguments: [
        ("define a = 1 = 1 && 2 = 2", "unexpected-character", "define a = 1 = 1 and 2 = 2"),
        ("define a = 1 = 1 || 2 = 2", "unexpected-character", "define a = 1 = 1 or 2 = 2"),
        ("define a = 1 == 1", "double-equal", "define a = 1 = 1"),
        ("define a = “yes”", "misquoted-text", "define a = \"yes\""),
        ("define a = lenght(\"x\")", "unknown-function", "define a = length(\"x\")"),
        ("param limit = 2\ndefine a = limt + 1", "unknown-name", "param limit = 2\ndefine a = limit + 1"),
        ("parm n = 2", "expected-declaration", "param n = 2"),
    ])
    func fixRepairsTheText(input: String, code: String, repaired: String) throws {
        let result = try #require(Self.fixed(input))
        #expect(result.code == code)
        #expect(result.text == repaired)
    }

    @Test func misspeltFieldIsFixedToTheSchemaField() throws {
        let text = "ruleset r for proposal\nrule a \"A\"\n  require proposal.facilitatrs is not empty\n"
        let result = try #require(Self.fixed(text, schema: true))
        #expect(result.code == "unknown-field")
        #expect(result.title == "change to `facilitators`")
        #expect(result.text.contains("require proposal.facilitators is not empty"))
    }

    @Test func aDuplicateNotesWhereTheFirstIsDeclared() throws {
        let (_, diagnostics) = Support.program("param n = 1\nparam n = 2", schema: false)
        let duplicate = try #require(diagnostics.first { $0.code == "duplicate" })
        let note = try #require(duplicate.related.first)
        #expect(note.message == "first declared here")
        #expect(note.file.text(note.range) == "n")
        #expect(note.file.location(of: note.range.lowerBound).line == 1)
    }

    @Test func aParameterOfTheWrongKindNotesItsDeclaredKind() throws {
        let (_, diagnostics) = Support.program("param n: number = \"two\"", schema: false)
        let mismatch = try #require(diagnostics.first { $0.code == "parameter-kind" })
        let note = try #require(mismatch.related.first)
        #expect(note.file.text(note.range) == "number")
    }

    @Test func aMisspellingWithNoCloseCandidateHasNoFix() {
        let (_, diagnostics) = Support.program("define a = zzzzzzzz + 1", schema: false)
        #expect(diagnostics.contains { $0.code == "unknown-name" })
        #expect(diagnostics.allSatisfy { $0.fixes.isEmpty })
    }
}
