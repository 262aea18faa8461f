import Foundation
@testable import IGFRules
import Testing

/// Every diagnostic id is documented, and `lint --format json`'s form is pinned.
@Suite struct DiagnosticIdTests {
    /// The ids written as `code: "…"` anywhere in Sources/.
    static func idsInSources() throws -> Set<String> {
        let sources = Support.root + "/Sources"
        var ids: Set<String> = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: sources))
        let pattern = try NSRegularExpression(pattern: #"code: "([a-z0-9-]+)""#)
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                ids.insert((text as NSString).substring(with: match.range(at: 1)))
            }
        }
        return ids
    }

    /// The ids in README's "Diagnostic ids" table (first column, each in backquotes).
    static func idsInReadme() throws -> Set<String> {
        let readme = try String(contentsOfFile: Support.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Diagnostic ids").dropFirst().first)
        var ids: Set<String> = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let first = line.dropFirst(2).prefix { $0 != "|" }
            for piece in first.split(separator: "`") where !piece.contains(",") && !piece.contains(" ") {
                ids.insert(String(piece))
            }
        }
        return ids
    }

    @Test func everyIdInTheSourcesIsInTheReadmeTable() throws {
        let missing = try Self.idsInSources().subtracting(Self.idsInReadme())
        #expect(missing.isEmpty, "add a row to README \"Diagnostic ids\" for: \(missing.sorted())")
    }

    @Test func theReadmeTableNamesNoIdThatNoLongerExists() throws {
        let stale = try Self.idsInReadme().subtracting(Self.idsInSources())
        #expect(stale.isEmpty, "remove from README \"Diagnostic ids\": \(stale.sorted())")
    }

    @Test func jsonFormShowsIdRangeNotesAndFixes() {
        let (_, diagnostics) = Support.program("define a = 1 == 1", schema: false)
        #expect(DiagnosticJSON.render(diagnostics, filesChecked: 1) == """
            {
              "diagnostics": [
                {"id": "double-equal", "severity": "error", "message": "`==` is written `=` in rule files", \
            "file": "test.rules", "range": {"start": {"line": 1, "column": 14, "offset": 13}, \
            "end": {"line": 1, "column": 16, "offset": 15}}, "notes": [], "related": [], \
            "fixes": [{"title": "write `=`", "edits": [{"range": {"start": {"line": 1, "column": 14, "offset": 13}, \
            "end": {"line": 1, "column": 16, "offset": 15}}, "replacement": "="}]}]}
              ],
              "files": 1,
              "errors": 1,
              "warnings": 0
            }

            """)
    }

    @Test func jsonFormOfNoDiagnosticsIsAnEmptyList() {
        #expect(DiagnosticJSON.render([], filesChecked: 3) == "{\n  \"diagnostics\": [],\n  \"files\": 3,\n  \"errors\": 0,\n  \"warnings\": 0\n}\n")
    }
}
