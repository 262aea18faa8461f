import Foundation
import IGFRules
import Testing

/// A value of the wrong kind for a declared `list of text` parameter is refused in the same way by
/// `--param`, by a test's `given NAME = …` and by the REPL's `param`.
@Suite struct ParameterKindTests {
    static let rules = """
        param names: list of text = []

        ruleset people "People" for proposal

        rule named "Someone is named"
          require count(proposal.facilitators) >= count(names)
        """

    @Test func paramFlagRefusesAListOfNumbersForAListOfTexts() throws {
        let rules = try CLI.file("p.rules", Self.rules)
        let data = try CLI.file("p.json", #"{"proposal": {"facilitators": []}}"#)
        let run = CLI.run(["check", rules, "--data", data, "--param", "names=[1, 2]"])
        #expect(run.status == 2)
        #expect(run.errors.contains("parameter `names` is a list of text (its default is []), but `[1, 2]` is a list of number"))
    }

    @Test func aDurationTooLongForParamOrSetIsSaidToBeTooLong() {
        let param = CLI.run(["check", "rules/bpf", "--data", "rules/examples/activity-bpf-data-2021.json", "--param", "draft_grace=99999999999 weeks"])
        #expect(param.status == 2)
        #expect(param.errors.contains("`99999999999 weeks` is too long a duration, for `--param draft_grace`"))
        let set = CLI.run(["check", "rules/bpf", "--data", "rules/examples/activity-bpf-data-2021.json", "--compare",
                           "--set", "activity.approved=99999999999 weeks"])
        #expect(set.status == 2)
        #expect(set.errors.contains("`99999999999 weeks` is too long a duration, for `--set activity.approved`"))
    }

    @Test func testGivenRefusesAListOfNumbersForAListOfTexts() throws {
        let folder = try CLI.temporaryFolder()
        try Self.rules.write(toFile: folder + "/p.rules", atomically: true, encoding: .utf8)
        try #"{"proposal": {"facilitators": []}}"#.write(toFile: folder + "/p.json", atomically: true, encoding: .utf8)
        try """
            include "p.rules"

            test "names of the wrong kind"
              given "p.json"
              given names = [1, 2]
              today 2021-03-01
              expect people.named pass
            """.write(toFile: folder + "/p.tests.rules", atomically: true, encoding: .utf8)
        let run = CLI.run(["test", folder])
        #expect(run.status == 2)
        #expect((run.output + run.errors).contains("parameter `names` is a list of text (its default is []), but `[1, 2]` is a list of number"))
    }

    @Test func replParamRefusesAListOfNumbersForAListOfTexts() throws {
        let rules = try CLI.file("p.rules", Self.rules)
        let run = CLI.run(["repl", rules, "--today", "2021-03-01"], environment: ["IGFRULES_HISTORY": ""],
                          input: ["param names = [1, 2]", "param names = [\"Ana\"]", ":quit"])
        #expect(run.output.contains("names = [\"Ana\"]"))
        #expect((run.output + run.errors).contains("parameter `names` is a list of text (its default is []), but `[1, 2]` is a list of number"))
    }
}
