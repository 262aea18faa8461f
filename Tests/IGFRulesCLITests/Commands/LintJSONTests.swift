import Foundation
import Testing

/// `igfrules lint --format json`: the diagnostics for tools, on standard output.
@Suite struct LintJSONTests {
    @Test func printsEachDiagnosticWithItsIdRangeAndFix() throws {
        let path = try CLI.file("typo.rules", "define a = 1 == 1\n")
        let run = CLI.run(["lint", "--format", "json", path])
        #expect(run.status == 2)
        #expect(run.errors == "")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "double-equal")
        #expect(first["file"] as? String == path)
        let fix = try #require((first["fixes"] as? [[String: Any]])?.first)
        let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
        #expect(edit["replacement"] as? String == "=")
        #expect(json["errors"] as? Int == 1)
        // The files read are counted when they have errors too (it was `null`).
        #expect(json["files"] as? Int == 1)
        #expect(run.output.contains("\"files\": 1,"))
    }

    @Test func theRuleLibraryHasNoDiagnostics() {
        let run = CLI.run(["lint", "--format", "json", CLI.root + "/rules"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("{\n  \"diagnostics\": [],\n"))
    }

    @Test func warningsAsErrorsGivesStatusOneInJSONToo() throws {
        let path = try CLI.file("unused.rules", "param unused = 1\n")
        let run = CLI.run(["lint", "--format", "json", "--warnings-as-errors", path])
        #expect(run.status == 1)
        #expect(run.output.contains("\"id\": \"unused-parameter\""))
    }

    @Test func anUnknownFormatIsAUsageError() {
        let run = CLI.run(["lint", "--format", "xml", CLI.root + "/rules"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: unknown format `xml` (lint writes text, json)\n"))
    }
}
