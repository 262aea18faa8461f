@testable import IGFRules
import Testing

/// Small traps of the language get a diagnostic that names the form the writer meant.
@Suite struct LanguageTrapTests {
    @Test func countOfAnElementWithoutWhereOffersBothForms() {
        #expect(Support.rendered("ruleset t for proposal\nrule a \"A\"\n  require count(f in proposal.facilitators) >= 2\n", schema: true) == """
            test.rules:3:17: error: `f` names each entry of `proposal.facilitators`, but no `where` follows to say which to count
             3 |   require count(f in proposal.facilitators) >= 2
               |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~
               = did you mean `count(f in proposal.facilitators where …)` (the entries that meet a condition) or `count(proposal.facilitators)` (all of them)?

            """)
    }

    @Test func countWithWhereStillChecks() {
        let (program, diagnostics) = Support.program("ruleset t for proposal\nrule a \"A\"\n  require count(f in proposal.facilitators where f.name is not empty) >= 2\n")
        #expect(program != nil, "\(diagnostics.map(\.message))")
    }
}
