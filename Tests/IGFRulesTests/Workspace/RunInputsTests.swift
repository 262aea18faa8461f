import Foundation
@testable import IGFRules
import Testing

/// `RunInputs` and the front door's readers of typed values: data files bound to data names
/// (what binding has to say returned, not printed), parameter overrides checked by kind, data
/// changes and dates, each problem a `SetupProblem` with the person's words.
@Suite struct RunInputsTests {
    static let rules = """
        data proposal {
          id: text
          size: number
        }

        data calendar {
          start: date
        }

        param minimum = 2
        param names: list of text = []

        ruleset t for proposal

        rule sized "big enough"
          require proposal.size >= minimum
        """

    func inputs() throws -> RunInputs {
        let (workspace, diagnostics) = Workspace.parse(texts: [("t.rules", Self.rules)])
        #expect(diagnostics.isEmpty)
        return RunInputs(program: try #require(workspace.check().0), today: CivilDate(parsing: "2021-03-01")!)
    }

    func write(_ text: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("runinputs-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func usage(_ body: () throws(SetupProblem) -> Void) -> String? {
        do throws(SetupProblem) {
            try body()
            return nil
        } catch {
            guard case .usage(let message, _) = error else { return "diagnostics: " + error.message }
            return message
        }
    }

    @Test func aDataNameGivenByTwoFilesIsBoundFromTheLaterAndWarnedAboutNamingBoth() throws {
        var inputs = try inputs()
        let first = try write(#"{"proposal": {"id": "a", "size": 1}}"#, "a.json")
        let second = try write(#"{"id": "b", "size": 5}"#, "b.json")
        #expect(try inputs.bind(first) == [])
        let notices = try inputs.bind("proposal=" + second)
        #expect(notices == [.warning("`proposal` is given twice, by \(first) and by \(second); only the one from \(second) is used. "
                                     + "To check several records, put them in one JSON Lines file (or a JSON array) and give --each proposal=FILE")])
        #expect(inputs.dataFiles["proposal"] == second)
        #expect(inputs.check().first?.id == "b")
    }

    @Test func keysThatAreNotDataNamesAreReturnedAsDiagnosticsNotPrinted() throws {
        var inputs = try inputs()
        let path = try write(#"{"proposl": {"id": "a"}}"#, "c.json")
        let notices = try inputs.bind(path)
        guard case .diagnostics(let diagnostics) = notices.first else { throw Support.Failure("no diagnostics") }
        #expect(diagnostics.map(\.code) == ["unknown-data-name"])
    }

    @Test func anUnknownDataNameAndAnUnreadableFileAreSetupProblems() throws {
        var inputs = try inputs()
        #expect(usage { () throws(SetupProblem) in _ = try inputs.bind("proposl=x.json") } == "`proposl` is not a data name of these rules; did you mean `proposal`?")
        #expect(usage { () throws(SetupProblem) in _ = try inputs.bind("/no/such/file.json") }?.hasPrefix("diagnostics: ") == true)
    }

    @Test func aParameterOverrideOfTheWrongKindIsAUsageProblemEvenWhenBothAreLists() throws {
        var inputs = try inputs()
        try inputs.override(["minimum=5"])
        #expect(inputs.parameters.first?.literal() == "5")
        #expect(usage { () throws(SetupProblem) in try inputs.override(["names=[1, 2]"]) }?.hasPrefix("parameter `names` is a list of text") == true)
        #expect(usage { () throws(SetupProblem) in try inputs.override(["minimum=1", "minimum=2"]) } == "`--param minimum` is given more than once, as `1` and as `2`; give each parameter once")
    }

    @Test func aDataChangeReadsAPathAndAValueAsRuleFilesWriteThem() throws {
        let (path, value) = try Workspace.dataChange("proposal.size=7")
        #expect(path.description == "proposal.size")
        #expect(value.literal() == "7")
        #expect(usage { () throws(SetupProblem) in _ = try Workspace.dataChange("proposal.size") }?.hasPrefix("`--set` needs PATH=VALUE") == true)
    }

    @Test func aDateThatDoesNotExistIsWordedForTheOptionThatGaveIt() {
        #expect(usage { () throws(SetupProblem) in _ = try Workspace.today("2021-02-30") } == "`--today 2021-02-30` is not a date: February 2021 has 28 days")
        #expect(usage { () throws(SetupProblem) in _ = try Workspace.today("tomorrow", option: ":today") }
                == "`:today` needs a date written YYYY-MM-DD, such as :today 2021-03-01; found `tomorrow`")
    }

    @Test func recordsNeedANameAndAFile() throws {
        let inputs = try inputs()
        let records = try inputs.records("proposal=p.jsonl")
        #expect(records.name == "proposal" && records.path == "p.jsonl")
        #expect(usage { () throws(SetupProblem) in _ = try inputs.records("p.jsonl") } == "`--each` needs NAME=FILE, such as --each report=reports.jsonl; found `p.jsonl`")
    }
}
