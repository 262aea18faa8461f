import Foundation
import IGFRulesCLI
import Testing

/// `igfrules check`, run in-process: outputs, exit statuses and usage errors.
@Suite struct CheckCommandTests {
    static let calendar = #"{"year": 2021, "first_mag_meeting": "2021-02-23", "annual_meeting": {"start": "2021-12-06", "end": "2021-12-10"}, "tracks": []}"#

    static func proposal(_ fields: String) -> String {
        #"{"calendar": \#(calendar), "proposal": {"id": "bpf-test", "kind": "bpf", \#(fields)}}"#
    }

    static let complete = proposal(#"""
        "title": "Gender and Digital Rights", "submitted": "2021-01-20",
        "submitted_by": [{"name": "Amina K.", "mag_member": true}], "seconded_by": [{"name": "Jo R.", "mag_member": false}],
        "facilitators": [{"name": "Amina K.", "mag_member": true}, {"name": "Jo R.", "mag_member": false}],
        "background": {"text": "t", "related_processes": ["CSW"], "stakeholder_relevance": "r"},
        "description": {"topics": ["a"], "objectives": ["b"], "focus": "c"},
        "outreach": {"plan": "p", "organisations": ["APC"]},
        "selection": {"maturity": "m", "relevance": "r", "global_agenda": "g", "community_interest": "c",
          "stakeholder_groups": ["Civil Society"], "invitees": ["APC"],
          "expected_output": {"objectives": "o", "organisations": "o", "experts": "e", "footprint": "f",
            "immediate_relevance": "i", "common_ground": "c", "long_term": "l", "synergies": "s"}}
        """#)

    let rules = CLI.root + "/rules/bpf"

    @Test func exitsZeroWhenEveryRequiredRulePasses() throws {
        let data = try CLI.file("p.json", Self.complete)
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("proposal bpf-test\n  PASS   bpf.proposal.title"))
        #expect(run.output.hasSuffix("  14 pass, 0 fail, 0 warn, 0 skip, 0 error\n\n"))
        #expect(run.errors.isEmpty)
    }

    @Test func exitsOneAndExplainsAFailure() throws {
        let data = try CLI.file("p.json", Self.complete.replacingOccurrences(of: "2021-01-20", with: "2021-02-23"))
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.status == 1)
        #expect(run.output.contains("""
              FAIL   bpf.proposal.deadline                Submitted before the first MAG meeting of the year
                     submitted 2021-02-23; the first MAG meeting of the year is 2021-02-23
                     hint: would pass if `proposal.submitted` were 2021-02-22 or earlier (1 day earlier)
                     cites: Modalities §III Proposals for BPF topics: “BPF proposals should be submitted ahead of the first face-to-face (or equivalent) MAG meeting of the year”
            """))
    }

    @Test func aRecommendedRuleOnlyWarns() throws {
        let data = try CLI.file("p.json", Self.complete.replacingOccurrences(of: #""invitees": ["APC"]"#, with: #""invitees": []"#))
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.status == 0)
        #expect(run.output.contains("WARN   bpf.selection.community"))
    }

    @Test func skipsAPolicyNetworkProposal() throws {
        let data = try CLI.file("p.json", Self.complete.replacingOccurrences(of: #""kind": "bpf""#, with: #""kind": "pn""#))
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.status == 0)
        #expect(run.output.contains("0 pass, 0 fail, 0 warn, 14 skip, 0 error"))
    }

    @Test func writesTheJSONShapeOfTheContract() throws {
        let data = try CLI.file("p.json", Self.complete.replacingOccurrences(of: #"true}, {"name": "Jo R.", "mag_member": false}]"#, with: "true}]"))
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01", "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let subjects = try #require(json["subjects"] as? [[String: Any]])
        #expect(subjects.count == 1)
        #expect(subjects[0]["name"] as? String == "proposal")
        #expect(subjects[0]["id"] as? String == "bpf-test")
        let results = try #require(subjects[0]["results"] as? [[String: Any]])
        let facilitators = try #require(results.first { $0["rule"] as? String == "bpf.proposal.facilitators" })
        #expect(facilitators["status"] as? String == "fail")
        #expect(facilitators["severity"] as? String == "required")
        #expect(facilitators["title"] as? String == "At least 2 facilitators are named")
        #expect(facilitators["message"] as? String == "1 facilitator named; at least 2 are needed")
        #expect(facilitators["cite"] as? String == "Modalities §III Proposals for BPF topics, the proposal should indicate: “Names of at least two Facilitators”")
        let explanation = try #require(facilitators["explanation"] as? [String: Any])
        #expect(explanation["source"] as? String == "count(f in proposal.facilitators where f.name is not empty) >= min_facilitators")
        #expect(explanation["value"] as? Bool == false)
        #expect((explanation["children"] as? [Any])?.isEmpty == false)
        let summary = try #require(subjects[0]["summary"] as? [String: Int])
        #expect(summary == ["pass": 13, "fail": 1, "warn": 0, "skip": 0, "error": 0])
    }

    @Test func outputIsDeterministic() throws {
        let data = try CLI.file("p.json", Self.complete)
        let first = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01", "--format", "json"])
        let second = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01", "--format", "json"])
        #expect(first.output == second.output)
    }

    @Test func writesMarkdown() throws {
        let data = try CLI.file("p.json", Self.complete.replacingOccurrences(of: "2021-01-20", with: "2021-03-20"))
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01", "--format", "markdown"])
        #expect(run.output.hasPrefix("### proposal `bpf-test`\n\n| Status | Rule | Title | Details |\n|---|---|---|---|\n"))
        #expect(run.output.contains("| ❌ fail | `bpf.proposal.deadline` | Submitted before the first MAG meeting of the year | submitted 2021-03-20;"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let data = try CLI.file("p.json", Self.complete)
        let captured = CapturedConsole()
        _ = IGFRulesCommand.run(["check", rules, "--data", data, "--today", "2021-03-01"], console: captured.console(terminal: true))
        #expect(captured.output.contains("\u{1B}["))
        let plain = CapturedConsole()
        _ = IGFRulesCommand.run(["check", rules, "--data", data, "--today", "2021-03-01"], console: plain.console(environment: ["NO_COLOR": ""], terminal: true))
        #expect(!plain.output.contains("\u{1B}["))
    }

    @Test func checksEveryRecordWithEach() throws {
        let one = Self.complete.replacingOccurrences(of: "\n", with: " ")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(one.utf8)) as? [String: Any])
        let proposalData = try JSONSerialization.data(withJSONObject: record["proposal"]!)
        var lines = String(decoding: proposalData, as: UTF8.self) + "\n"
        lines += #"{"id": "second", "title": ""}"# + "\n\n" + #"{"title": "no id"}"# + "\n"
        let records = try CLI.file("p.jsonl", lines)
        let calendar = try CLI.file("c.json", Self.calendar)
        let run = CLI.run(["check", rules, "--each", "proposal=" + records, "--data", "calendar=" + calendar, "--today", "2021-03-01", "--quiet"])
        #expect(run.status == 1)
        #expect(run.output.contains("proposal bpf-test\n  14 pass"))
        #expect(run.output.contains("proposal second\n"))
        #expect(run.output.contains("proposal #3\n"))
        #expect(run.output.contains("3 subjects checked: 1 met every required rule, 2 did not."))
        #expect(run.output.contains("Rules most often not met:\n  bpf.proposal.background"))
    }

    @Test func readsEachFromAJSONArray() throws {
        let records = try CLI.file("p.json", #"[{"id": "a"}, {"id": "b", "kind": "pn"}]"#)
        let run = CLI.run(["check", rules, "--each", "proposal=" + records, "--today", "2021-03-01", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((json["subjects"] as? [[String: Any]])?.map { $0["id"] as? String } == ["a", "b"])
    }

    @Test func overridesAParameter() throws {
        let data = try CLI.file("p.json", Self.complete)
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01", "--param", "min_facilitators=3", "--quiet"])
        #expect(run.status == 1)
        #expect(run.output.contains("At least 3 facilitators are named\n         2 facilitators named; at least 3 are needed"))
    }

    @Test func printsHelpForEveryCommand() {
        let run = CLI.run(["check", "--help"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("OVERVIEW: Check data against the rules"))
        #expect(run.output.contains("--param NAME=VALUE"))
        #expect(CLI.run(["--help"]).output.contains("Check data against the rules"))
        #expect(CLI.run(["--help"]).output.contains("\n  check "))
    }

    // MARK: Usage errors: exit 2 and a message that says what to do

    @Test func refusesAnUnknownOptionWithASuggestion() {
        let run = CLI.run(["check", rules, "--formt", "json"])
        #expect(run.status == 2)
        #expect(run.errors == """
            Error: unknown option `--formt`; did you mean `--format`?
            Usage: \(CheckCommandTests.usage)
            See 'igfrules check --help'.

            """)
    }

    static let usage = "igfrules check RULES... [--data FILE | --data NAME=FILE]... [--each NAME=FILE] [--param NAME=VALUE]... [--today YYYY-MM-DD] [--rule ID-OR-PREFIX]... [--status LIST] [--format text|json|markdown|html|junit] [--quiet] [--explain]"

    @Test func refusesAnUnknownCommand() {
        let run = CLI.run(["chek"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: unknown command `chek`; did you mean `check`?"))
    }

    @Test func refusesAParameterTheRulesDoNotDeclare() throws {
        let data = try CLI.file("p.json", Self.complete)
        let run = CLI.run(["check", rules, "--data", data, "--param", "min_facilitator=3"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: the rules have no parameter `min_facilitator`; did you mean `min_facilitators`?"))
    }

    @Test func refusesAParameterValueOfAnotherKind() throws {
        let data = try CLI.file("p.json", Self.complete)
        let run = CLI.run(["check", rules, "--data", data, "--param", "min_facilitators=2 days"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: parameter `min_facilitators` is a number (its default is 2), but `2 days` is a duration"))
    }

    @Test func refusesATodayThatIsNotADate() throws {
        let data = try CLI.file("p.json", Self.complete)
        #expect(CLI.run(["check", rules, "--data", data, "--today", "2021-02-30"]).errors.hasPrefix("Error: `--today 2021-02-30` is not a date: February 2021 has 28 days"))
        let run = CLI.run(["check", rules, "--data", data, "--today", "tomorrow"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: `--today` needs a date written YYYY-MM-DD, such as --today 2021-03-01; found `tomorrow`"))
    }

    @Test func refusesAListWhereAnObjectOfDataNamesIsExpected() throws {
        let data = try CLI.file("list.json", "[1, 2]")
        let run = CLI.run(["check", rules, "--data", data])
        #expect(run.status == 2)
        #expect(run.errors.contains("list.json holds a list, but an object whose keys are data names is expected"))
        #expect(run.errors.contains("--data proposal="))
    }

    @Test func refusesAMissingRulesFolder() {
        let run = CLI.run(["check", "rules/nowhere", "--data", "x.json"])
        #expect(run.status == 2)
        #expect(run.errors.contains("error: no such file or folder: rules/nowhere"))
    }

    @Test func refusesAMissingDataFile() {
        let run = CLI.run(["check", rules, "--data", "/nowhere/p.json"])
        #expect(run.status == 2)
        #expect(run.errors.contains("cannot read the data file /nowhere/p.json: no such file"))
    }

    @Test func refusesDataThatNoRulesetChecks() throws {
        let data = try CLI.file("c.json", #"{"calendar": \#(Self.calendar)}"#)
        let run = CLI.run(["check", rules, "--data", data])
        #expect(run.status == 2)
        #expect(run.errors.contains("no ruleset applies to the data given"))
    }

    @Test func warnsAboutAMisspeltDataName() throws {
        let data = try CLI.file("p.json", #"{"proposl": {}, "proposal": {"id": "x"}}"#)
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.errors.contains("`proposl` is not a data name of these rules"))
        #expect(run.errors.contains("did you mean `proposal`?"))
    }
}

@Suite struct DataValidationTests {
    let rules = CLI.root + "/rules/bpf"

    @Test func reportsMalformedValuesWithTheirPathsAndStillEvaluatesOtherRules() throws {
        let data = try CLI.file("p.json", #"{"proposal": {"id": "x", "title": "T", "facilitators": [{"name": "A", "mag_member": true}, {"name": "B", "mag_member": "yes"}]}}"#)
        let run = CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.errors.hasPrefix("warning: \(data):1:120: proposal.facilitators[2].mag_member: expected yes/no, found text \"yes\" (rules that read it give error)\n"))
        #expect(run.output.contains("PASS   bpf.proposal.title"))
        #expect(run.output.contains("PASS   bpf.proposal.facilitators"))
        #expect(run.output.contains("ERROR  bpf.proposal.mag-facilitator"))
    }

    @Test func warnsAboutAMisspeltFieldAlwaysAndAnyUnknownFieldWhenStrict() throws {
        let data = try CLI.file("p.json", #"{"calendar": {"first_mag_meeting": "2021-02-23"}, "proposal": {"id": "x", "facilitatrs": [], "notes": "n"}}"#)
        #expect(CLI.run(["check", rules, "--data", data, "--today", "2021-03-01"]).errors
            == "warning: \(data):1:75: proposal.facilitatrs: the schema has no field `facilitatrs`; did you mean `facilitators`?\n")
        #expect(CLI.run(["check", rules, "--data", data, "--today", "2021-03-01", "--strict"]).errors
            == "warning: \(data):1:75: proposal.facilitatrs: the schema has no field `facilitatrs`; did you mean `facilitators`?\nwarning: \(data):1:94: proposal.notes: the schema has no field `notes`\n")
    }
}
