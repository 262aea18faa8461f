@testable import IGFRules
import Testing

@Suite struct CheckerTests {
    let header = "ruleset t for proposal\n"

    @Test func reportsAnUnknownNameWithASuggestion() {
        #expect(Support.rendered(header + "param min_facilitators = 2\nrule a \"A\"\n  require count(proposal.facilitators) >= min_facilitator\n", schema: true) == """
            test.rules:4:43: error: unknown name `min_facilitator`
             4 |   require count(proposal.facilitators) >= min_facilitator
               |                                           ^~~~~~~~~~~~~~~
               = did you mean `min_facilitators`?

            """)
    }

    @Test func reportsAnUnknownFieldWithASuggestion() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require count(proposal.facilitator) >= 2\n", schema: true) == """
            test.rules:3:26: error: unknown field `facilitator` on proposal
             3 |   require count(proposal.facilitator) >= 2
               |                          ^~~~~~~~~~~
               = did you mean `facilitators`?
               = the fields of proposal are: id, kind, title, submitted, submitted_by, seconded_by, facilitators, builds_on, background, description, outreach, selection, review

            """)
    }

    @Test func reportsAnUnknownFieldThroughAList() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require \"x\" in proposal.facilitators.nmae\n", schema: true)
            .contains("unknown field `nmae` on person"))
    }

    @Test func hintsAtTheSchemaWhenNoDataIsDeclared() {
        #expect(Support.rendered("ruleset t for proposal\nrule a \"A\"\n  require calendar.year > 2000\n")
            .contains("add `include \"../schema.rules\"`"))
    }

    @Test func reportsADateComparedWithANumber() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require proposal.submitted < 3\n", schema: true) == """
            test.rules:3:11: error: cannot compare `proposal.submitted` (a date) with `3` (a number)
             3 |   require proposal.submitted < 3
               |           ^~~~~~~~~~~~~~~~~~~~~~
               = both sides of a comparison must be the same kind of value
               = write a date as YYYY-MM-DD, without quotes: 2021-02-23

            """)
    }

    @Test func reportsATextUsedAsAList() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require all t in proposal.title: t is not empty\n", schema: true)
            .contains("`all` needs a list, but `proposal.title` is a text"))
    }

    @Test func reportsAWrongNumberOfArguments() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require count(proposal.facilitators, 2) > 1\n", schema: true)
            .contains("`count` takes 1 argument, but 2 are given"))
    }

    @Test func reportsAnUnknownFunction() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require cuont(proposal.facilitators) > 1\n", schema: true)
            .contains("unknown function `cuont`"))
        #expect(Support.rendered(header + "rule a \"A\"\n  require cuont(proposal.facilitators) > 1\n", schema: true)
            .contains("did you mean `count`?"))
    }

    @Test func reportsARequireThatIsNotAYesNo() {
        #expect(Support.rendered(header + "rule a \"A\"\n  require count(proposal.facilitators)\n", schema: true)
            .contains("`require` needs a yes/no condition, but this is a number"))
    }

    @Test func reportsADuplicateRuleAcrossFiles() {
        var loader = RuleLoader()
        loader.add(source: SourceFile(path: "one.rules", text: "ruleset r for s\nrule a \"A\"\n  require 1 = 1\n"))
        loader.add(source: SourceFile(path: "two.rules", text: "ruleset r for s\nrule a \"A\"\n  require 1 = 1\n"))
        let (program, diagnostics) = Checker.check(loader.files)
        #expect(program == nil)
        #expect(DiagnosticRenderer().render(diagnostics) == """
            two.rules:1:9: error: ruleset `r` is declared twice
             1 | ruleset r for s
               |         ^
               = it is first declared at one.rules:1:9
               = give each ruleset its own name
            two.rules:2:6: error: rule `r.a` is declared twice
             2 | rule a "A"
               |      ^
               = it is first declared at one.rules:2:6
               = give each rule its own name

            """)
    }

    @Test func reportsADefinitionThatRefersToItselfThroughOthers() {
        #expect(Support.rendered("define a = b + 1\ndefine b = c\ndefine c = a\n") == """
            test.rules:1:8: error: `a` is defined in terms of itself, through `a` → `b` → `c` → `a`
             1 | define a = b + 1
               |        ^
               = a definition cannot use its own value; break the circle

            """)
    }

    @Test func reportsAParameterWhoseValueHasTheWrongKind() {
        #expect(Support.rendered("param lead: duration = 6\n") == """
            test.rules:1:24: error: parameter `lead` is declared as a duration, but its value is a number
             1 | param lead: duration = 6
               |                        ^

            """)
    }

    @Test func reportsAParameterComputedFromData() {
        #expect(Support.rendered("param p = proposal.title\n", schema: true).contains("a parameter's value must be written out, not computed from `proposal`"))
    }

    @Test func reportsAVariableThatHidesAnotherName() {
        #expect(Support.rendered(header + "param p = 1\nrule a \"A\"\n  require all p in proposal.facilitators: p.mag_member\n", schema: true)
            .contains("`p` is already used as a parameter"))
    }

    @Test func reportsARuleBeforeAnyRuleset() {
        #expect(Support.rendered("rule a \"A\"\n  require 1 = 1\n").contains("rule `a` comes before any `ruleset` line"))
    }

    @Test func reportsAnUnknownKindInTheSchema() {
        #expect(Support.rendered("data d { when_: dat }\n").contains("unknown kind `dat`"))
    }

    @Test func resolvesNamesToSlots() throws {
        let (program, diagnostics) = Support.program(header + "param n = 2\ndefine d = n + 1\nrule a \"A\"\n  require d > n\n")
        #expect(diagnostics.isEmpty)
        let rule = try #require(program?.rule(id: "t.a"))
        guard case .compare(_, let left, let right) = rule.requires[0].op,
            case .definition = left.op, case .param(let slot) = right.op
        else {
            Issue.record("names were not resolved to slots")
            return
        }
        #expect(program?.parameters[slot].name == "n")
    }

    @Test func acceptsTheRuleLibrary() {
        let (program, diagnostics) = RuleLoader.load([Support.fixtures + "/rules"])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(DiagnosticRenderer().render(diagnostics))")
        #expect(program != nil)
    }
}
