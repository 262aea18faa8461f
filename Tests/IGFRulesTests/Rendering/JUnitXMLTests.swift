@testable import IGFRules
import Testing

/// JUnit's escaping as bytes is the escaping as text, whatever the characters; the test cases
/// of each ruleset are grouped in its suite, in the order of their first result.
@Suite struct JUnitXMLTests {
    static let texts = [
        "", "plain", "a < b & c > d", "say \"x\"\n\tdone", "é \"ü\" — ✓", "\"\u{301}quoted", "x\"\u{301}", "line\n\u{301}",
        "\r\n", "\u{1b}[31m", "\u{7f}", "\u{85} c1", "\u{a0}nbsp", "\u{2028}\u{202e}bidi", "\u{FFFE}\u{FFFF}\u{FFFD}", "emoji 😀 \"",
    ]

    @Test(arguments: texts)
    func theBytesAreTheEscapedText(text: String) {
        var content: [UInt8] = []
        JUnitReport.text(text, into: &content)
        #expect(String(decoding: content, as: UTF8.self) == JUnitReport.text(text))
        var attribute: [UInt8] = Array("prefix ".utf8)
        JUnitReport.attribute(text, into: &attribute)
        #expect(String(decoding: attribute, as: UTF8.self) == "prefix " + JUnitReport.attribute(text))
    }

    @Test func theTestCasesOfARulesetAreGroupedInItsSuiteWithItsCounts() throws {
        let rules = """
            data proposal {
              size: number
            }

            ruleset a "A" for proposal

            rule big "Big"
              require proposal.size >= 3

            ruleset b "B" for proposal

            rule small "Small"
              require proposal.size <= 1
            """
        let (workspace, diagnostics) = Workspace.parse(texts: [("t.rules", rules)])
        #expect(diagnostics.isEmpty)
        let program = try #require(workspace.check().0)
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: "2021-03-01")))
        var writer = JUnitReport(rulesets: program.rulesets.map(\.id))
        var totals = RunTotals()
        for size in [0, 5] {
            var bindings = DataBindings(program: program)
            guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: #"{"size": \#(size)}"#)) else { throw Support.Failure("bad JSON") }
            bindings.bind("proposal", to: value)
            for subject in runner.check(data: bindings.values) {
                totals.add(subject)
                _ = writer.subject(subject)
            }
        }
        let xml = writer.end(totals)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"igfrules check\" tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"0\">\n"))
        let suites = xml.split(separator: "\n").filter { $0.contains("<testsuite ") || $0.contains("<testcase ") }.map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(suites == ["<testsuite name=\"a\" tests=\"2\"", "<testcase classname=\"a\" name=\"a.big", "<testcase classname=\"a\" name=\"a.big",
                           "<testsuite name=\"b\" tests=\"2\"", "<testcase classname=\"b\" name=\"b.small", "<testcase classname=\"b\" name=\"b.small"])
    }
}
