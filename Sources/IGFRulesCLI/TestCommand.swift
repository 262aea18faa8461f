import IGFRules

/// `igfrules test RULES…`: run the rule files' own tests.
enum TestCommand: Command {
    static let name = "test"
    static let summary = "Run the tests written beside the rules, and report every expectation that is not met."
    static let usage = "igfrules test RULES... [--run TEXT] [--verbose] [--format text|junit]"
    static let options: [Arguments.Option] = [
        .init(name: "run", takesValue: true, valueName: "TEXT", help: "run only the tests whose name contains TEXT"),
        .init(name: "verbose", takesValue: false, valueName: "", help: "also list the tests that pass"),
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (default) or junit (JUnit XML, one testsuite per test file, for CI)"),
    ]
    static let discussion = """
        A test names its data, the day it is checked on, changes to the data, and the outcome each
        rule must give:

          test "a proposal submitted on the day of the first MAG meeting is late"
            given "../examples/proposal-gender-2021.json"
            today 2021-03-01
            set proposal.submitted = 2021-02-23
            expect bpf.proposal.deadline fail

        The last line of the output is "N passed, M failed", counting expectations. A tests
        file can be run alone (`igfrules test rules/bpf/proposal.tests.rules`): it finds its
        rules through its `include` lines.

        EXIT STATUS:
          0  every expectation is met
          1  some expectation is not met, or no test was run
          2  the rules do not parse or check, or a test cannot be set up (a value of the
             wrong kind for a parameter, a data file that cannot be read, an unknown name)
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("give at least one rule file or folder (for example rules/)"))
        }
        let format = try arguments.format(among: ["text", "junit"], command: "test")
        guard let program = RunSetup.loadProgram(arguments.positionals, console: console) else { throw CommandFailure.reported }
        if let problem = Workspace.testsProblem(program) { throw RunSetup.failure(problem, console: console) }
        if program.tests.isEmpty {
            console.err("note: these files hold no tests (a test is a `test \"…\"` declaration; the library keeps them in *.tests.rules files)\n")
        }
        let filter = arguments.value("run")
        let report = Workspace.runTests(of: program, matching: filter)
        console.report(report.diagnostics)
        if report.outcomes.isEmpty, report.diagnostics.isEmpty {
            let which = filter.map { "no test's name contains \"\($0)\"" } ?? "these files hold no test with an `expect` line"
            console.err("error: no test was run: \(which)\n")
            console.out("0 passed, 0 failed\n")
            return 1
        }
        if format == "junit" {
            console.out(JUnitReport.tests(report))
            return report.diagnostics.isEmpty ? (report.failed == 0 ? 0 : 1) : 2
        }
        let colour = console.colourOutput
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var reported: Set<String> = []
        for outcome in report.outcomes {
            if outcome.passed {
                if arguments.flag("verbose"), reported.insert(outcome.test.name).inserted {
                    console.out(TestFailureRenderer.passed(outcome, paint: paint))
                }
                continue
            }
            console.out(TestFailureRenderer.failed(outcome, paint: paint))
        }
        console.out(TestFailureRenderer.count(report))
        guard report.diagnostics.isEmpty else { return 2 }
        return report.failed == 0 ? 0 : 1
    }
}
