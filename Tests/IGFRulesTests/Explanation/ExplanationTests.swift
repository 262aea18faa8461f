@testable import IGFRules
import Testing

/// Golden tests: the explanation tree and the message of results that are not a pass.
@Suite struct ExplanationTests {
    func result(_ rules: String, _ data: [String: String], today: String = "2021-03-01") throws -> RuleResult {
        let (program, diagnostics) = Support.program("ruleset t for proposal\n" + rules)
        let checked = try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: checked)
        for (name, json) in data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind(name, to: value)
        }
        let runner = RuleRunner(program: checked, today: CivilDate(parsing: today)!)
        return try #require(runner.check(data: bindings.values).first?.results.first)
    }

    func tree(_ result: RuleResult) -> String {
        result.explanation.flatMap { ExplanationRenderer.text($0) }.joined(separator: "\n")
    }

    let proposal = #"{"id": "p", "submitted": "2021-02-25", "facilitators": [{"name": "Amina K.", "mag_member": false}, {"name": " ", "mag_member": false}], "submitted_by": [{"name": "Luis P.", "mag_member": true}]}"#
    let calendar = #"{"first_mag_meeting": "2021-02-23", "annual_meeting": {"start": "2021-12-06", "end": "2021-12-10"}}"#

    @Test func aComparisonShowsBothValuesInASentence() throws {
        let result = try result("rule d \"D\"\n  require proposal.submitted < calendar.first_mag_meeting\n",
                                ["proposal": proposal, "calendar": calendar])
        #expect(result.status == .fail)
        #expect(result.message == "`proposal.submitted` is 2021-02-25, not before `calendar.first_mag_meeting` (2021-02-23)")
        #expect(tree(result) == """
            proposal.submitted < calendar.first_mag_meeting → no
              proposal.submitted → 2021-02-25
              calendar.first_mag_meeting → 2021-02-23
            """)
    }

    @Test func aMissingFieldIsNamed() throws {
        let result = try result("rule d \"D\"\n  require proposal.submitted < calendar.first_mag_meeting\n", ["proposal": #"{"id": "p"}"#, "calendar": calendar])
        #expect(result.status == .fail)
        #expect(result.message == "`proposal.submitted` is missing; it must be before `calendar.first_mag_meeting` (2021-02-23)")
        #expect(tree(result) == """
            proposal.submitted < calendar.first_mag_meeting → missing
              proposal.submitted → missing
              calendar.first_mag_meeting → 2021-02-23
            """)
    }

    @Test func aCountShowsWhichElementsWereCounted() throws {
        let result = try result("param min_facilitators = 2\nrule f \"F\"\n  require count(f in proposal.facilitators where f.name is not empty) >= min_facilitators\n",
                                ["proposal": proposal])
        #expect(tree(result) == """
            count(f in proposal.facilitators where f.name is not empty) >= min_facilitators → no
              count(f in proposal.facilitators where f.name is not empty) → 1
                f in proposal.facilitators where f.name is not empty → [{name: "Amina K.", mag_member: no}]  (1 of 2 kept: #1)
                  proposal.facilitators → [{name: "Amina K.", mag_member: no}, {name: " ", mag_member: no}]
              min_facilitators → 2
            """)
    }

    @Test func anAllShowsTheFirstElementThatFailed() throws {
        let result = try result("rule s \"S\" recommended\n  require all p in proposal.submitted_by where p.mag_member: p.name in proposal.facilitators.name\n",
                                ["proposal": proposal])
        #expect(result.status == .warn)
        #expect(tree(result) == """
            all p in proposal.submitted_by where p.mag_member: p.name in proposal.facilitators.name → no
              proposal.submitted_by → [{name: "Luis P.", mag_member: yes}]  (1 element checked)
              element 1 of 1: {name: "Luis P.", mag_member: yes}
                p.mag_member → yes
                p.name in proposal.facilitators.name → no
                  p.name → "Luis P."
                  proposal.facilitators.name → ["Amina K.", " "]
            """)
        #expect(result.message == "element 1 of 1 of `proposal.submitted_by` ({name: \"Luis P.\", mag_member: yes}); `p.mag_member` is yes; `p.name` is \"Luis P.\", not one of `proposal.facilitators.name` (Amina K.)")
    }

    @Test func anAndShowsOnlyThePartsThatFailed() throws {
        let result = try result("rule b \"B\"\n  require proposal.title is not empty and count(proposal.facilitators) >= 2\n", ["proposal": proposal])
        #expect(tree(result) == """
            proposal.title is not empty and count(proposal.facilitators) >= 2 → no
              proposal.title is not empty → no
                proposal.title → missing
            """)
    }

    @Test func aPendingObligationPassesAndSaysWhenItIsDue() throws {
        let result = try result("rule p \"P\"\n  require proposal.submitted by calendar.first_mag_meeting\n",
                                ["proposal": #"{"id": "p"}"#, "calendar": calendar], today: "2021-02-01")
        #expect(result.status == .pass)
        #expect(result.pendingNote == "pending, due 2021-02-23")
        #expect(tree(result) == """
            proposal.submitted by calendar.first_mag_meeting → pending, due 2021-02-23
              proposal.submitted → missing
              calendar.first_mag_meeting → 2021-02-23
            """)
    }

    @Test func anOverdueObligationFailsAndSaysSo() throws {
        let result = try result("rule p \"P\"\n  require proposal.submitted by calendar.first_mag_meeting\n",
                                ["proposal": #"{"id": "p"}"#, "calendar": calendar], today: "2021-02-24")
        #expect(result.status == .fail)
        #expect(result.message == "`proposal.submitted` is missing; `calendar.first_mag_meeting` is 2021-02-23; not done, and the due moment has passed")
    }

    @Test func anErrorGivesTheDataPath() throws {
        let result = try result("rule d \"D\"\n  require proposal.submitted < 2021-01-01\n", ["proposal": #"{"submitted": "23/02/2021"}"#])
        #expect(result.status == .error)
        #expect(result.message == "malformed data: proposal.submitted: expected a date (YYYY-MM-DD), found text \"23/02/2021\"")
    }

    @Test func aRuleMessageShowsTheValuesItInterpolates() throws {
        let result = try result("rule f \"F\"\n  require count(proposal.facilitators) >= 3\n  message \"{count(proposal.facilitators)} facilitator(s) named; at least 3 are needed\"\n",
                                ["proposal": proposal])
        #expect(result.message == "2 facilitator(s) named; at least 3 are needed")
    }

    @Test func theJSONFormOfATreeHasSourceValueAndChildren() throws {
        let result = try result("rule d \"D\"\n  require proposal.submitted < 2021-01-01\n", ["proposal": proposal])
        #expect(ExplanationRenderer.json(result.explanation[0]) == #"{"role":"comparison","source":"proposal.submitted < 2021-01-01","value":false,"children":[{"role":"value","source":"proposal.submitted","value":"2021-02-25","children":[]}]}"#)
    }
}

/// Counterfactual hints: what would make a failing comparison pass.
@Suite struct HintTests {
    func hint(_ rule: String, _ data: [String: String], today: String = "2021-03-01") throws -> String? {
        let (program, diagnostics) = Support.program("ruleset t for proposal\n" + rule)
        let checked = try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: checked)
        for (name, json) in data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind(name, to: value)
        }
        return RuleRunner(program: checked, today: CivilDate(parsing: today)!).check(data: bindings.values).first?.results.first?.hint
    }

    let proposal = #"{"id": "p", "submitted": "2021-02-25", "facilitators": [{"name": "A"}]}"#

    @Test func aCountBelowItsMinimumSaysHowManyMoreEntriesAreNeeded() throws {
        #expect(try hint("rule f \"F\"\n  require count(proposal.facilitators) >= 3\n", ["proposal": proposal])
            == "needs 2 more facilitators")
        #expect(try hint("rule f \"F\"\n  require count(f in proposal.facilitators where f.name is not empty) >= 2\n", ["proposal": proposal])
            == "needs 1 more facilitator with a name")
        #expect(try hint("rule f \"F\"\n  require count(f in proposal.facilitators where f.mag_member) >= 1\n", ["proposal": proposal])
            == "needs 1 more mag member facilitator")
    }

    @Test func anElementsHintNamesTheElement() throws {
        let data = #"{"id": "a", "milestones": [{"name": "Final report", "due": "2020-10-01", "done": "2020-10-05"}]}"#
        #expect(try hint("ruleset r for activity\nrule m \"M\"\n  require all m in activity.milestones: m.done by m.due\n", ["activity": data])
            == "the milestone \"Final report\" would have to be done by 2020-10-01 (4 days earlier)")
    }

    @Test func anEqualityHintGivesTheValueWithoutOrMoreOrLess() throws {
        #expect(try hint("rule f \"F\"\n  require proposal.submitted = 2021-02-20\n", ["proposal": proposal])
            == "would pass if `proposal.submitted` were 2021-02-20 (5 days earlier)")
    }

    @Test func aNumberAboveItsMaximumComparedTheOtherWayRound() throws {
        #expect(try hint("rule f \"F\"\n  require 0 >= count(proposal.facilitators)\n", ["proposal": proposal])
            == "has 1 facilitator too many")
    }

    @Test func aDateThatIsTooLate() throws {
        #expect(try hint("rule d \"D\"\n  require proposal.submitted < 2021-02-23\n", ["proposal": proposal])
            == "would pass if `proposal.submitted` were 2021-02-22 or earlier (3 days earlier)")
    }

    @Test func aDateBeforeARange() throws {
        #expect(try hint("rule d \"D\"\n  require proposal.submitted is between 2021-03-01 and 2021-03-31\n", ["proposal": proposal])
            == "would pass if `proposal.submitted` were 2021-03-01 or later (4 days later)")
    }

    @Test func aGapBetweenConsecutiveDatesIsWordedByTheDatesNotTheVariable() throws {
        let data = #"{"id": "a", "meetings": [{"date": "2021-06-30"}, {"date": "2021-09-08"}]}"#
        let rule = "ruleset r for activity\nrule m \"M\"\n  require all p in consecutive(sort(activity.meetings.date)): p.after - p.before <= 35 days\n"
        #expect(try hint(rule, ["activity": data])
            == "the gap from 2021-06-30 to 2021-09-08 would have to be 35 days or shorter (35 days shorter)")
    }

    @Test func noHintShowsArithmeticOfTheRuleInsteadOfTheData() throws {
        #expect(try hint("rule f \"F\"\n  require count(proposal.facilitators) * 2 >= 9\n", ["proposal": proposal]) == nil)
        let data = #"{"id": "a", "milestones": [{"name": "M", "due": "2020-10-01", "done": "2020-10-05"}]}"#
        #expect(try hint("ruleset r for activity\nrule m \"M\"\n  require all m in activity.milestones: m.done - m.due <= 1 day\n",
                         ["activity": data]) == nil)
    }

    @Test func noHintWhenDataIsMissing() throws {
        #expect(try hint("rule d \"D\"\n  require proposal.title = \"x\"\n", ["proposal": proposal]) == nil)
        #expect(try hint("rule d \"D\"\n  require proposal.kind < \"b\"\n", ["proposal": proposal]) == nil)
    }
}
