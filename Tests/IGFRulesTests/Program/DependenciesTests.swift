@testable import IGFRules
import Testing

/// What checked code reads (`explain` shows it, `lint` finds unused names with it): parameters,
/// definitions followed to what they read, data fields named through lists, and `today`.
@Suite struct DependenciesTests {
    static let rules = """
        param min_facilitators = 2
        param unused_limit = 5
        define enough = count(proposal.facilitators) >= min_facilitators
        define unread = 1
        ruleset t for proposal
        rule a "A"
          cite "x"
          require enough and proposal.title is not empty
        rule b "B"
          cite "x"
          require all p in proposal.facilitators: p.name is not empty
        rule c "C"
          cite "x"
          require proposal.submitted <= today

        """

    func reads(_ ruleID: String) throws -> (Dependencies, Program) {
        let (loaded, diagnostics) = Support.program(Self.rules)
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        let rule = try #require(program.rules.first { $0.id == ruleID })
        return (Dependencies(of: rule.codes(in: program), in: program), program)
    }

    @Test func aDefinitionIsFollowedToTheParametersAndFieldsItReads() throws {
        let (reads, program) = try reads("t.a")
        #expect(reads.parameters.map { program.parameters[$0].name } == ["min_facilitators"])
        #expect(reads.definitions.map { program.definitions[$0].name } == ["enough"])
        #expect(reads.fields == ["proposal.facilitators", "proposal.title"])
        #expect(!reads.readsToday)
    }

    @Test func fieldsReadThroughAListAreNamedAfterTheList() throws {
        let (reads, _) = try reads("t.b")
        #expect(reads.fields.contains("proposal.facilitators.name"))
        #expect(reads.parameters.isEmpty && reads.definitions.isEmpty)
    }

    @Test func todayIsNotedOnlyWhereItIsRead() throws {
        let (reads, _) = try reads("t.c")
        #expect(reads.readsToday)
        #expect(reads.fields == ["proposal.submitted"])
    }
}
