import Foundation
@testable import IGFRulesCLI
import Testing

/// `explain RULE` shows what a rule reads and where its parameters come from; `lint` and `coverage`
/// on rules with an error say what is wrong and end with exit 2.
@Suite struct ExplainAndLintFailureTests {
    static let rules = CLI.root + "/rules"

    static let misspelt = """
        ruleset t for proposal
        rule a "A"
          cite "x"
          require proposal.titel is not empty

        """

    @Test func explainARuleShowsItsConditionParametersAndWhatItReads() {
        let run = CLI.run(["explain", "bpf.functioning.open-meetings", Self.rules])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("bpf.functioning.open-meetings  At least 3 open virtual meetings were held\n"))
        #expect(run.output.contains("  requires:\n    count(m in activity.meetings where m.open and m.virtual) >= min_open_meetings\n"))
        #expect(run.output.contains("  parameters:\n    min_open_meetings = 3   (declared at "))
        #expect(run.output.contains("  reads:\n    activity.meetings\n    activity.meetings.open\n    activity.meetings.virtual\n"
            + "    calendar.annual_meeting.end\n    today\n"))
    }

    @Test func explainAnUnknownRuleIsAUsageErrorWithTheClosestId() {
        let run = CLI.run(["explain", "bpf.functioning.open-meeting", Self.rules])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("no rule has the id `bpf.functioning.open-meeting`"))
        #expect(run.errors.contains("did you mean `bpf.functioning.open-meetings`?"))
    }

    @Test func lintOfRulesWithAnErrorShowsItAndExitsWith2() throws {
        let path = try CLI.file("bad.rules", Self.misspelt)
        let run = CLI.run(["lint", path, Self.rules + "/schema.rules"])
        #expect(run.status == 2)
        #expect(run.errors.contains("bad.rules:4:20: error: unknown field `titel` on proposal\n"))
        #expect(run.errors.contains("= did you mean `title`?"))
        #expect(run.errors.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test func coverageOfRulesWithAnErrorChecksNothingAndExitsWith2() throws {
        let path = try CLI.file("bad.rules", Self.misspelt)
        let run = CLI.run(["coverage", path, Self.rules + "/schema.rules"])
        #expect(run.status == 2)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("unknown field `titel` on proposal"))
        #expect(run.errors.hasSuffix("1 error in the rules; nothing was checked.\n"))
    }
}
