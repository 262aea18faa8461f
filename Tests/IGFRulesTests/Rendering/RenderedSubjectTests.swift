@testable import IGFRules
import Testing

/// `check --each` renders each subject on the thread that checked it, with a writer of its own,
/// and the command's writer puts the rendered subjects in place (`ReportWriter.render`, `add`):
/// the report must be byte for byte the one a single writer gives subject by subject.
@Suite struct RenderedSubjectTests {
    /// Three subjects of rules that fail, pass and pass with a message, and their writers' settings.
    func subjects() throws -> [SubjectResult] {
        let text = "ruleset r for proposal\nrule a \"A\"\n  require proposal.title is not empty\n"
            + "rule b \"B\"\n  require proposal.id is not empty\n  message when met \"id {proposal.id}\"\n"
        let (loaded, diagnostics) = Support.program(text)
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: "2021-03-01")))
        return try [#"{"id": "p", "title": " "}"#, #"{"id": "q", "title": "Q"}"#, #"{"title": "R | *"}"#].enumerated().map { index, json in
            var bindings = DataBindings(program: program)
            guard case .success(let value) = DataFile.parse(SourceFile(path: "proposal", text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind("proposal", to: value)
            return try #require(runner.check(data: bindings.values, position: index + 1).first)
        }
    }

    /// The whole report of `subjects` written in order by one writer, and the same with every
    /// subject rendered by a fresh writer (one per subject, as threads would) and added.
    func bothWays(_ format: ReportFormat, quiet: Bool = false) throws -> (inOrder: String, rendered: String) {
        let subjects = try subjects()
        let make = { format.writer(quiet: quiet, ruleIdWidth: 5, rulesets: ["r"]) }
        var one = make()
        var inOrder: [UInt8] = Array(one.begin().utf8)
        for subject in subjects { one.write(subject, into: &inOrder) }
        var totals = RunTotals()
        for subject in subjects { totals.add(subject) }
        inOrder += Array(one.end(totals).utf8)
        var main = make()
        var rendered: [UInt8] = Array(main.begin().utf8)
        for subject in subjects {
            var other = make()
            let piece = other.render(subject)
            main.add(try #require(piece), into: &rendered)
        }
        rendered += Array(main.end(totals).utf8)
        return (String(decoding: inOrder, as: UTF8.self), String(decoding: rendered, as: UTF8.self))
    }

    @Test(arguments: ReportFormat.allCases)
    func subjectsRenderedByOtherWritersMakeTheSameReport(format: ReportFormat) throws {
        for quiet in [false, true] {
            let (inOrder, rendered) = try bothWays(format, quiet: quiet)
            #expect(rendered == inOrder)
            #expect(inOrder.contains("r.a"))
        }
    }

    @Test func theJSONCommaComesBeforeEverySubjectButTheFirst() throws {
        let (_, rendered) = try bothWays(.json)
        #expect(rendered.hasPrefix("{\"subjects\":[\n{\"name\":\"proposal\""))
        #expect(rendered.components(separatedBy: "},\n{\"name\":").count == 3)
    }

    @Test func aJUnitWriterNotToldTheRulesetsRendersNothingAheadAndStillWritesEverySubject() throws {
        var writer = ReportFormat.junit.writer()
        let subjects = try subjects()
        #expect(writer.render(subjects[0]) == nil)
        for subject in subjects { _ = writer.subject(subject) }
        let report = writer.end(RunTotals())
        #expect(report.contains("<testsuite name=\"r\" tests=\"6\" failures=\"2\""), "\(report)")
    }

    @Test func totalsOfBatchesAddUpToTheTotalsOfEverySubject() throws {
        let subjects = try subjects()
        var whole = RunTotals()
        for subject in subjects { whole.add(subject) }
        var (first, second) = (RunTotals(), RunTotals())
        first.add(subjects[0])
        for subject in subjects.dropFirst() { second.add(subject) }
        first.add(second)
        #expect(first.subjects == whole.subjects && first.subjectsPassing == whole.subjectsPassing)
        #expect(first.summary == whole.summary && first.notPassing == whole.notPassing)
        #expect(whole.notPassing == ["r.a": 1, "r.b": 1])
    }
}
