import Testing

/// An option that takes one value, given twice, used to keep the last value in silence; now it
/// is a usage error naming both values, in every command.
@Suite struct RepeatedOptionTests {
    static let gender = "rules/examples/proposal-gender-2021.json"
    static let reports = "report=rules/examples/reports-2020.jsonl"

    /// A command line, and the option and two values it repeats.
    struct Case: CustomTestStringConvertible, Sendable {
        let arguments: [String]
        let option: String
        let first: String
        let second: String
        var testDescription: String { "\(arguments.first ?? "") \(option)" }
    }

    static let cases: [Case] = [
        Case(arguments: ["check", "rules/bpf", "--data", gender, "--today", "2021-03-01", "--today", "2021-04-01"], option: "--today", first: "2021-03-01", second: "2021-04-01"),
        Case(arguments: ["check", "rules/bpf", "--data", gender, "--format", "json", "--format=text"], option: "--format", first: "json", second: "text"),
        Case(arguments: ["check", "rules/bpf", "--data", gender, "--param", "min_facilitators=3", "--param", "min_facilitators=4"], option: "--param min_facilitators", first: "3", second: "4"),
        Case(arguments: ["check", "rules/bpf", "--data", gender, "--compare", "--set", "proposal.title=\"A\"", "--set", "proposal.title=\"B\""], option: "--set proposal.title", first: "\"A\"", second: "\"B\""),
        Case(arguments: ["check", "rules/session", "--each", reports, "--scenario", "a.txt", "--scenario", "b.txt"], option: "--scenario", first: "a.txt", second: "b.txt"),
        Case(arguments: ["score", "rules/", "--data", gender, "--scoring", "bpf.ranking", "--scoring", "x"], option: "--scoring", first: "bpf.ranking", second: "x"),
        Case(arguments: ["timeline", "rules/", "--data", gender, "--format", "ics", "--format", "json"], option: "--format", first: "ics", second: "json"),
        Case(arguments: ["test", "rules/", "--run", "a", "--run", "b"], option: "--run", first: "a", second: "b"),
        Case(arguments: ["lint", "rules/", "--format", "json", "--format", "text"], option: "--format", first: "json", second: "text"),
        Case(arguments: ["coverage", "rules/", "--format", "json", "--format", "text"], option: "--format", first: "json", second: "text"),
        Case(arguments: ["schema", "rules/", "--name", "proposal", "--name", "report"], option: "--name", first: "proposal", second: "report"),
        Case(arguments: ["diff", "rules/", "rules/", "--data", gender, "--format", "json", "--format", "text"], option: "--format", first: "json", second: "text"),
        Case(arguments: ["repl", "rules/", "--param", "min_facilitators=3", "--param", "min_facilitators=5"], option: "--param min_facilitators", first: "3", second: "5"),
    ]

    @Test(arguments: cases)
    func aSingleValuedOptionGivenTwiceIsAUsageErrorNamingBothValues(_ given: Case) {
        let run = CLI.run(given.arguments, environment: ["IGFRULES_HISTORY": ""])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: `\(given.option)` is given more than once, as `\(given.first)` and as `\(given.second)`;"), "\(run.errors)")
    }

    @Test func theReplRefusesASecondEachAsCheckDoes() {
        let run = CLI.run(["repl", "rules/session", "--each", Self.reports, "--each", Self.reports], environment: ["IGFRULES_HISTORY": ""])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: `--each` is given 2 times; this command reads the records of one file\n"))
    }

    @Test func theBuiltToolRefusesATodayGivenTwice() throws {
        let (run, signalled) = try CLI.execute(["score", "rules/", "--data", Self.gender, "--today", "2021-03-01", "--today=2021-03-02"])
        #expect(!signalled)
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: `--today` is given more than once, as `2021-03-01` and as `2021-03-02`; give it once\n"))
        #expect(run.output.isEmpty)
    }
}
