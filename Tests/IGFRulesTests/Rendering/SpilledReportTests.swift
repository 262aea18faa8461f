import Foundation
@testable import IGFRules
import Testing

/// Markdown, HTML and JUnit check reports keep a batch's subjects until the end, in memory or spilled to
/// a temporary file: the bytes are the same either way.
@Suite struct SpilledReportTests {
    static let rules = """
        data proposal {
          id: text
          size: number
          note: text
        }

        ruleset t "Sizes | *checks*" for proposal

        rule sized "Big | enough *now*"
          cite "§1: 'at least <three>'"
          require proposal.size >= 3
          message "only {proposal.size}; `note`: {proposal.note}"

        rule small "Not too big" recommended
          require proposal.size <= 8

        rule noted "A note is given"
          require proposal.note is not empty
        """

    /// One subject per size, with ids and notes that need escaping now and then.
    static func subjects(_ count: Int) throws -> [SubjectResult] {
        let (workspace, diagnostics) = Workspace.parse(texts: [("t.rules", rules)])
        #expect(diagnostics.isEmpty)
        let program = try #require(workspace.check().0)
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: "2021-03-01")))
        return try (0..<count).flatMap { index -> [SubjectResult] in
            var bindings = DataBindings(program: program)
            let id = index % 7 == 0 ? "p`\(index)|x" : "p\(index)"
            let note = index % 5 == 0 ? "" : "line\\nbreak | é \(index)"
            guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: #"{"id": "\#(id)", "size": \#(index % 11), "note": "\#(note)"}"#)) else {
                throw Support.Failure("bad JSON")
            }
            bindings.bind("proposal", to: value)
            return runner.check(data: bindings.values)
        }
    }

    static func render(_ format: ReportFormat, _ subjects: [SubjectResult], quiet: Bool, spill: SpillSettings) throws -> [UInt8] {
        var writer = format.writer(quiet: quiet, spill: spill)
        var totals = RunTotals()
        var out = Array(writer.begin().utf8)
        for subject in subjects {
            totals.add(subject)
            writer.write(subject, into: &out)
        }
        try writer.end(totals) { out += $0 }
        return out
    }

    @Test(arguments: [ReportFormat.markdown, .html, .junit], [false, true])
    func aSpilledBatchWritesTheSameBytesAsOneKeptInMemory(format: ReportFormat, quiet: Bool) throws {
        let folder = try SpilledBytesTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for count in [1, 2, 40] {
            let subjects = try Self.subjects(count)
            let kept = try Self.render(format, subjects, quiet: quiet, spill: .inMemory)
            for limit in [0, 100, SpillSettings.defaultLimit] {
                let spilled = try Self.render(format, subjects, quiet: quiet, spill: SpillSettings(folder: folder, limit: limit))
                #expect(spilled == kept, "\(format) of \(count) subjects, limit \(limit)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        }
    }

    @Test func theTextEndIsTheChunkedEndInOnePiece() throws {
        let subjects = try Self.subjects(5)
        var writer = MarkdownReport(quiet: false)
        var totals = RunTotals()
        for subject in subjects {
            totals.add(subject)
            _ = writer.subject(subject)
        }
        let text = writer.end(totals)
        #expect(Array(text.utf8) == (try Self.render(.markdown, subjects, quiet: false, spill: .inMemory)))
        #expect(text.hasPrefix("**5 subjects checked: "))
    }

    @Test(arguments: [ReportFormat.markdown, .html, .junit])
    func aTemporaryFileThatCannotBeMadeFailsTheEndBeforeWritingAnything(format: ReportFormat) throws {
        var writer = format.writer(spill: SpillSettings(folder: "/no/such/folder", limit: 0))
        var totals = RunTotals()
        var out: [UInt8] = []
        for subject in try Self.subjects(3) {
            totals.add(subject)
            writer.write(subject, into: &out)
        }
        var written: [UInt8] = []
        #expect(throws: SpillFailure(folder: "/no/such/folder", stage: .creating, code: ENOENT)) {
            try writer.end(totals) { written += $0 }
        }
        #expect(out.isEmpty && written.isEmpty)
    }

    @Test func theHTMLPageIsItsHeadTheBodyAndItsTail() {
        let (head, tail) = HTMLPage.parts(title: "a <b>")
        #expect(HTMLPage.page(title: "a <b>", body: "<p>x</p>") == head + "<p>x</p>" + tail)
        #expect(head.hasSuffix("<h1>a &lt;b&gt;</h1>\n") && tail == "\n</body>\n</html>\n")
    }

    @Test(arguments: ["plain.id-1", "", "with space", "a`b", "``", "a|b", "tab\there", "é", "`lead"])
    func anIdAsBytesIsTheSameCodeSpanAsTheText(id: String) {
        var bytes: [UInt8] = []
        MarkdownReport.code(id, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == MarkdownReport.code(id))
    }
}
