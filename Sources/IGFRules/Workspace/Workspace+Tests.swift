/// Running the tests written beside the rules.
extension Workspace {
    /// Why the tests of `program` cannot run: it holds tests but no rules for them to check (a
    /// tests file given alone without its `include`); nil when they can.
    package static func testsProblem(_ program: Program) -> SetupProblem? {
        guard program.rules.isEmpty, !program.tests.isEmpty else { return nil }
        return .usage("these files hold tests but no rules for them to check",
                      notes: ["add an `include \"proposal.rules\"` line (the rules the tests check) at the top of the tests file,"
                              + " or give the folder with the rules too, such as: igfrules test rules/"])
    }

    /// Runs the tests of `program` whose name contains `filter` (all when nil): every
    /// expectation's outcome, and the diagnostics of tests that cannot be set up.
    package static func runTests(of program: Program, matching filter: String? = nil) -> TestRunner.Report {
        TestRunner(program: program).run(matching: filter)
    }
}
