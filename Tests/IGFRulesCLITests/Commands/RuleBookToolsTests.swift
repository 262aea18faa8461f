import Foundation
import Testing

/// The tools around the rule book: list, explain RULESET, test filters, lint's untested rules,
/// fmt --diff / --fix, validate, schema.
@Suite struct RuleBookToolsTests {
    let rules = CLI.root + "/rules"

    @Test func listShowsEveryRuleWithSeverityClauseAndTitle() {
        let run = CLI.run(["list", rules])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("bpf.proposal — Proposals for BPF topics (checks proposal)\n"))
        #expect(run.output.contains("  bpf.proposal.sponsors-facilitate     recommended  modalities.iii.proposals.sponsors-facilitate  MAG members who submit or second the proposal are among its facilitators\n"))
        #expect(run.output.hasSuffix("51 rules in 7 rulesets\n"))
    }

    @Test func explainARulesetListsItsRules() {
        let run = CLI.run(["explain", "bpf.selection", rules])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("bpf.selection — Selection metrics a proposal should address (checks proposal)\n"))
        #expect(run.output.contains("  rules (3):\n    bpf.selection.relevance "))
        #expect(CLI.run(["explain", "bpf.selectio", rules]).errors.contains("did you mean `bpf.selection`?"))
    }

    @Test func oneTestsFileRunsAloneThroughItsIncludes() {
        let run = CLI.run(["test", rules + "/bpf/output.tests.rules"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.hasSuffix(" passed, 0 failed\n"))
        #expect(!run.output.hasPrefix("0 passed"))
    }

    @Test func runTextRunsOnlyTheTestsWhoseNameContainsIt() {
        let run = CLI.run(["test", rules, "--run", "draft published exactly six weeks", "--verbose"])
        #expect(run.status == 0)
        #expect(run.output == "ok    test \"A draft published exactly six weeks before the annual meeting is on time\"\n1 passed, 0 failed\n")
    }

    @Test func aRunThatExecutesNoTestSaysSoAndExitsWith1() {
        let run = CLI.run(["test", rules, "--run", "no such test"])
        #expect(run.status == 1)
        #expect(run.errors == "error: no test was run: no test's name contains \"no such test\"\n")
    }

    @Test func lintWarnsAboutARuleNoTestShowsFailing() throws {
        let folder = try CLI.ruleFolder("""
            ruleset x for proposal
            rule titled "Titled"
              require proposal.title is not empty

            test "a title"
              given proposal = {title: "T"}
              today 2021-03-01
              expect x.titled pass
            """, name: "x.rules")
        let run = CLI.run(["lint", folder + "/x.rules"])
        #expect(run.status == 0)
        #expect(run.errors.contains("warning: no test shows where rule `x.titled` does not pass"))
        #expect(run.errors.contains("add a `test` to a .tests.rules file with `expect x.titled fail`, so that a later change"))
    }

    @Test func fmtFixRepairsTheKnownMistakesAndDiffShowsTheChangedLines() throws {
        let text = "include \"\(rules)/schema.rules\"\nruleset x   for proposal\nparam ratio = 2,5\nrule a “A”\n"
            + "  require count(proposal.facilitators) => ratio && proposal.title == \"T\" || proposal.kind = True\n"
        let path = try CLI.file("x.rules", text)
        let diff = CLI.run(["fmt", "--fix", "--diff", path])
        #expect(diff.status == 1)
        #expect(diff.output.contains("-2: ruleset x   for proposal\n"))
        #expect(diff.output.contains("+2: ruleset x for proposal\n+3: param ratio = 2.5\n+4: rule a \"A\"\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "--diff changes nothing")
        // Nothing is written with --diff or --check, so the fixes are ones that would be applied.
        #expect(diff.errors == "\(path): 7 fixes would be applied\n")
        let check = CLI.run(["fmt", "--fix", "--check", path])
        #expect(check.status == 1)
        #expect(check.errors.hasPrefix("\(path): 7 fixes would be applied\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "--check changes nothing")
        let fixed = CLI.run(["fmt", "--fix", path])
        #expect(fixed.status == 0, "\(fixed.errors)")
        #expect(fixed.errors.hasPrefix("\(path): 7 fixes applied\n"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(
            "  require count(proposal.facilitators) >= ratio and proposal.title = \"T\" or proposal.kind = yes\n"))
    }

    @Test func validateListsEveryMalformedValueAndUnknownFieldWithItsPath() throws {
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p", "title": 3, "facilitatrs": [], "description": {"objectives": ["a", 3]}}}"#)
        let run = CLI.run(["validate", rules, "--data", data])
        #expect(run.status == 1)
        #expect(run.output.contains("\(data):1:35: proposal.title: expected text, found number 3\n"))
        #expect(run.output.contains("\(data):1:93: proposal.description.objectives[2]: expected text, found number 3\n"))
        #expect(run.output.contains("\(data):1:38: proposal.facilitatrs: the schema has no field `facilitatrs`; did you mean `facilitators`?\n"))
        #expect(run.output.hasSuffix("3 problems found\n"))
        #expect(CLI.run(["validate", rules, "--data", rules + "/examples/proposal-gender-2021.json"]).output == "no problems found\n")
    }

    @Test func schemaExportsTheDataModelAsJSONSchema() throws {
        let run = CLI.run(["schema", rules, "--format", "json-schema"])
        #expect(run.status == 0, "\(run.errors)")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["activity", "calendar", "output", "pn", "proposal", "report"])
        let proposal = try #require((properties["proposal"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((proposal["submitted"] as? [String: Any])?["format"] as? String == "date")
        #expect(((proposal["facilitators"] as? [String: Any])?["items"] as? [String: Any])?["$ref"] as? String == "#/$defs/person")
    }

    @Test func aMisspeltDataFileInATestGetsTheClosestName() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/examples", withIntermediateDirectories: true)
        try "{}".write(toFile: folder + "/examples/proposal-gender-2021.json", atomically: true, encoding: .utf8)
        try """
            include "\(rules)/bpf/proposal.rules"
            test "misspelt"
              given "examples/proposal-gendr-2021.json"
              expect bpf.proposal.title pass
            """.write(toFile: folder + "/t.tests.rules", atomically: true, encoding: .utf8)
        let run = CLI.run(["test", folder + "/t.tests.rules"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 2)
        #expect(run.errors.contains("   = did you mean \"examples/proposal-gender-2021.json\"?\n"))
    }

    @Test func aMissingRecordsFileInATestIsPlacedAtItsEachLineWithTheClosestName() throws {
        let folder = try CLI.temporaryFolder()
        try "{}\n".write(toFile: folder + "/proposals.jsonl", atomically: true, encoding: .utf8)
        try """
            include "\(rules)/bpf/proposal.rules"
            test "misspelt records"
              each proposal from "proposal.jsonl"
              today 2021-03-01
              expect bpf.proposal.title fail
            """.write(toFile: folder + "/t.tests.rules", atomically: true, encoding: .utf8)
        let run = CLI.run(["test", folder + "/t.tests.rules"], environment: ["NO_COLOR": "1"])
        #expect(run.status == 2)
        #expect(run.errors.contains("t.tests.rules:3:22: error: cannot read the records file"))
        #expect(run.errors.contains("   = did you mean \"proposals.jsonl\"?\n"))
    }

    @Test func aTestThatCannotBeSetUpAndExpectsNothingIsAJUnitError() throws {
        let folder = try CLI.temporaryFolder()
        try """
            include "\(rules)/bpf/proposal.rules"
            test "from a device"
              given "/dev/zero"
              today 2021-03-01

            test "fine"
              given proposal = {title: "T"}
              today 2021-03-01
              expect bpf.proposal.title pass
            """.write(toFile: folder + "/t.tests.rules", atomically: true, encoding: .utf8)
        let run = CLI.run(["test", folder + "/t.tests.rules", "--format", "junit"])
        #expect(run.status == 2)
        #expect(run.output.contains("<testsuites name=\"igfrules test\" tests=\"2\" failures=\"0\" errors=\"1\" skipped=\"0\">"))
        #expect(run.output.contains("name=\"from a device\">\n      <error message=\"cannot read the data file /dev/zero: it is a device, not a regular file\">"))
    }

    @Test func coverageSaysWhyAClauseIsNotCheckableAndCountsOpenClausesApart() throws {
        let path = try CLI.file("c.rules", """
            include "\(rules)/schema.rules"
            clause doc.a "Doc §1"
              quote "Proposals must have a title"
            clause doc.b "Doc §1"
              quote "Proposers are invited to smile"
              unchecked "an invitation, not an obligation"
            clause doc.c "Doc §2"
              quote "Proposals name a focus"
            ruleset r for proposal
            rule title "Has a title"
              cite doc.a
              require proposal.title is not empty

            """)
        #expect(CLI.run(["fmt", "--check", path]).status == 0, "the formatter keeps `unchecked`")
        let run = CLI.run(["coverage", path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("  doc.b  — not checkable: an invitation, not an obligation\n"))
        #expect(run.output.contains("doc: 1 of 3 clauses covered, 1 not checkable, 1 with no rule yet\n"))
        #expect(run.output.contains("Not covered by any rule, though a rule could check it:\n  doc.c: Doc §2: “Proposals name a focus”\n"))
        #expect(run.output.contains("Not covered, and not checkable:\n  doc.b: an invitation, not an obligation\n"))
    }

    @Test func checkWarnsAboutASkipForMissingDataAndAboutPastEventsDatedAfterToday() throws {
        let data = try CLI.file("a.json", #"""
            {"calendar": {"annual_meeting": {"start": "2020-11-02"}},
             "activity": {"id": "a", "draft_output": {"published": "2021-03-05"}}}
            """#)
        let run = CLI.run(["check", rules + "/bpf", "--data", data, "--today", "2021-02-01"])
        #expect(run.errors.contains("warning: activity a: the bpf.functioning rules are skipped because `calendar.annual_meeting.end` is missing\n"))
        #expect(run.errors.contains("warning: \(data):2:56: activity.draft_output.published: 2021-03-05 is after today (2021-02-01): is the date right, or --today?\n"))
        #expect(run.output.contains("applies only when `calendar.annual_meeting.end is not missing`: the calendar's annual meeting has no end (`calendar.annual_meeting.end` is missing)"))
    }
}
