@testable import IGFRules
import Testing

/// A scoring expectation that meets an ineligible subject says which required rules made it so.
@Suite struct ScoringExpectationIneligibleTests {
    static func outcomes(_ expectations: String) throws -> [TestRunner.Outcome] {
        let text = ScoringTests.rules + """

            test "an untitled proposal"
              given proposal = {id: "p1", title: "", description: {focus: "F"}, review: {scores: []}}
              today 2021-03-01

            """ + expectations
        let (loaded, diagnostics) = Support.program(text)
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        return TestRunner(program: program).run().outcomes
    }

    @Test func aScoreExpectedOfAnIneligibleSubjectNamesTheRuleThatMadeItSo() throws {
        let outcome = try #require(try Self.outcomes("  expect \"p1\" bpf.ranking score 12\n").first)
        #expect(!outcome.passed)
        #expect(outcome.actual == "ineligible (bpf.proposal.title fail)")
    }

    @Test func anExpectedIneligibilityStillPasses() throws {
        let outcome = try #require(try Self.outcomes("  expect \"p1\" bpf.ranking ineligible\n").first)
        #expect(outcome.passed)
        #expect(outcome.actual == "ineligible")
    }
}
