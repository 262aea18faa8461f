import Foundation
@testable import IGFRules
import Testing

/// The live rule library in rules/: every catalogue rule is there, with its severity, and its tests
/// show it passing and not passing. (Its own tests are run by LibraryTestsTests, through `igfrules
/// test`, so that a failure reads as the tool reports it.)
@Suite struct RuleLibraryTests {
    /// The rule ids of shared/spec/rule-catalogue.md, copied here so that a rule removed or renamed
    /// in rules/ is noticed.
    static let catalogueIds = [
        "bpf.proposal.title", "bpf.proposal.facilitators", "bpf.proposal.mag-facilitator", "bpf.proposal.mag-sponsor",
        "bpf.proposal.sponsors-facilitate", "bpf.proposal.deadline", "bpf.proposal.background", "bpf.proposal.background-context",
        "bpf.proposal.description", "bpf.proposal.outreach", "bpf.proposal.outreach-organisations",
        "bpf.selection.relevance", "bpf.selection.community", "bpf.selection.expected-output",
        "bpf.functioning.open-meetings", "bpf.functioning.mailing-list", "bpf.functioning.documented",
        "bpf.functioning.draft-output", "bpf.functioning.session", "bpf.functioning.final-output",
        "bpf.timeline.draft-six-weeks", "bpf.timeline.session-at-meeting", "bpf.timeline.final-after-meeting",
        "bpf.timeline.milestones", "bpf.timeline.prompt-start",
        "bpf.output.issue-definition", "bpf.output.methodology", "bpf.output.case-studies", "bpf.output.regional-specificities",
        "bpf.output.existing-measures", "bpf.output.what-worked", "bpf.output.unintended-consequences",
        "bpf.output.unresolved-issues", "bpf.output.insights", "bpf.output.next-steps",
        "pn.mwg.size", "pn.mwg.diversity", "pn.mwg.monthly", "pn.mwg.open", "pn.workplan", "pn.nri-liaisons",
        "pn.focal-points", "pn.actions", "pn.output",
        "session.report.short-report", "session.report.detailed-report", "session.report.track",
        "session.report.recommendations", "session.report.sectors", "session.report.recommendation-text", "session.report.actors",
    ]

    /// Severities from the catalogue: every other listed rule is required.
    static let recommended: Set<String> = [
        "bpf.proposal.sponsors-facilitate", "bpf.proposal.background-context", "bpf.selection.relevance",
        "bpf.selection.community", "bpf.selection.expected-output", "bpf.timeline.prompt-start",
        "bpf.output.regional-specificities", "bpf.output.existing-measures", "bpf.output.what-worked",
        "bpf.output.unintended-consequences", "bpf.output.unresolved-issues", "bpf.output.insights", "bpf.output.next-steps",
        "pn.mwg.diversity", "pn.focal-points", "session.report.recommendations", "session.report.actors",
    ]

    static let library: Program? = RuleLoader.load([Support.root + "/rules"]).0

    @Test func containsEveryCatalogueRuleWithItsSeverity() throws {
        let program = try #require(RuleLibraryTests.library)
        for id in RuleLibraryTests.catalogueIds {
            let rule = try #require(program.rule(id: id), "rule \(id) is missing from rules/")
            #expect(rule.severity == (RuleLibraryTests.recommended.contains(id) ? .recommended : .required), "\(id)")
            #expect(rule.clause != nil, "\(id) cites no clause of the index")
        }
    }

    /// Every catalogue rule has an example where it passes and one where it does not.
    @Test func everyCatalogueRuleIsTestedBothWays() throws {
        let program = try #require(RuleLibraryTests.library)
        var passing: Set<String> = []
        var notPassing: Set<String> = []
        for test in program.tests {
            for case .expect(_, let rule, let outcome) in test.declaration.clauses {
                if outcome.text == "pass" || outcome.text == "pending" { passing.insert(rule.text) } else { notPassing.insert(rule.text) }
            }
        }
        for id in RuleLibraryTests.catalogueIds {
            #expect(passing.contains(id), "no test expects \(id) to pass")
            #expect(notPassing.contains(id), "no test expects \(id) not to pass")
        }
    }
}
