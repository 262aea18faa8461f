@testable import IGFRules
import Testing

/// `ExplainRenderer`: the words of `explain` for a rule, a ruleset and a scoring, built from the
/// checked program (the command only prints them).
@Suite struct ExplainRendererTests {
    static let rules = """
        data proposal {
          id: text
          size: number
        }

        param minimum = 2
        define big = proposal.size >= minimum

        ruleset t "Tests" for proposal

        rule sized "big enough"
          require big
          require proposal.size
            < 100
        """

    func program() throws -> Program {
        let (workspace, diagnostics) = Workspace.parse(texts: [("t.rules", Self.rules)])
        #expect(diagnostics.isEmpty)
        return try #require(workspace.check().0)
    }

    @Test func aRuleIsDescribedWithItsRequiresParametersDefinitionsAndReads() throws {
        let program = try program()
        let text = ExplainRenderer.describe(try #require(program.rule(id: "t.sized")), in: program)
        #expect(text.hasPrefix("t.sized  big enough\n  severity:   required (fails when not met)\n  ruleset:    t — Tests, checks proposal\n"))
        #expect(text.contains("  requires:\n    big\n    proposal.size\n    < 100\n"))
        #expect(text.contains("  parameters:\n    minimum = 2   (declared at t.rules:6"))
        #expect(text.contains("  definitions:\n    big = proposal.size >= minimum   (declared at t.rules:7"))
        #expect(text.hasSuffix("  reads:\n    proposal.size\n"))
    }

    @Test func aRulesetIsDescribedWithItsHeadingAndAlignedRuleTable() throws {
        let program = try program()
        let text = ExplainRenderer.describe(try #require(program.rulesets.first))
        #expect(text.hasPrefix("t — Tests (checks proposal)\n"))
        #expect(text.hasSuffix("  rules (1):\n    t.sized  required     (no clause)  big enough\n"))
    }
}
