import Foundation
import Testing

/// The built `igfrules` executable, run as a user would: exit statuses, output, and bad input
/// that must give a clear message naming the file and place, exit 2, and never a crash.
@Suite(.serialized) struct EndToEndTests {
    let rules = "rules/bpf"

    func expectCleanRefusal(_ arguments: [String], mentions expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (run, signalled) = try CLI.execute(arguments)
        #expect(!signalled, "ended by a signal", sourceLocation: sourceLocation)
        #expect(run.status == 2, "exit \(run.status): \(run.errors)", sourceLocation: sourceLocation)
        for text in expected {
            #expect(run.errors.contains(text), "\(run.errors)", sourceLocation: sourceLocation)
        }
        #expect(run.output.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func checksAProposalAndExitsZero() throws {
        let data = try CLI.file("p.json", CheckCommandTests.complete)
        let (run, _) = try CLI.execute(["check", rules, "--data", data, "--today", "2021-03-01"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("14 pass, 0 fail, 0 warn, 0 skip, 0 error"))
    }

    @Test func exitsOneWhenARequiredRuleFails() throws {
        let data = try CLI.file("p.json", CheckCommandTests.proposal(#""title": "x""#))
        let (run, _) = try CLI.execute(["check", rules, "--data", data, "--today", "2021-03-01", "--format", "json"])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("{\"subjects\":[\n{\"name\":\"proposal\",\"id\":\"bpf-test\",\"results\":[{\"rule\":\"bpf.proposal.title\""))
    }

    @Test func aPassWithAMessageWhenMetShowsItInTextAndJSON() throws {
        let folder = try CLI.ruleFolder("""
            ruleset t for activity
            rule draft "The draft is out by the session"
              require activity.draft_output.published by activity.annual_meeting_session.date
              message when met "published {activity.draft_output.published}, {days(activity.annual_meeting_session.date - activity.draft_output.published) days} early"

            """)
        let data = try CLI.file("a.json", #"{"activity": {"id": "a", "draft_output": {"published": "2021-10-20"}, "annual_meeting_session": {"date": "2021-10-25"}}}"#)
        let (text, _) = try CLI.execute(["check", folder, "--data", data, "--today", "2021-11-01"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("The draft is out by the session\n         published 2021-10-20, 5 days early\n"))
        let (json, _) = try CLI.execute(["check", folder, "--data", data, "--today", "2021-11-01", "--format", "json"])
        #expect(json.output.contains(#""status":"pass","pending":null,"message":"published 2021-10-20, 5 days early","hint":null"#))
    }

    @Test func printsTheVersion() throws {
        let (run, _) = try CLI.execute(["--version"])
        #expect(run.output.hasPrefix("igfrules "))
    }

    // MARK: Bad input

    @Test func aRuleFileWithASyntaxError() throws {
        let file = try CLI.file("bad.rules", "ruleset r for proposal\nrule a \"A\"\n  require count(proposal.facilitators >= 2\n")
        try expectCleanRefusal(["check", file, "--data", "x.json"], mentions: ["bad.rules:4:1: error: expected `)` to close the arguments of `count(` opened at 3:16, found the end of the file"])
    }

    @Test func aRuleFileWithAnUnknownName() throws {
        let folder = try CLI.temporaryFolder()
        try "include \"\(CLI.root)/rules/schema.rules\"\nruleset r for proposal\nrule a \"A\"\n  require count(proposal.facilitatrs) >= 2\n"
            .write(toFile: folder + "/r.rules", atomically: true, encoding: .utf8)
        try expectCleanRefusal(["check", folder, "--data", "x.json"],
                               mentions: ["r.rules:4:26: error: unknown field `facilitatrs` on proposal", "did you mean `facilitators`?"])
    }

    @Test func aDataFileThatIsNotJSON() throws {
        let data = try CLI.file("p.json", "proposal: yes\n")
        try expectCleanRefusal(["check", rules, "--data", data], mentions: ["p.json:1:1: error: this data is not valid JSON: expected a value, found `proposal`"])
    }

    @Test func anEmptyDataFile() throws {
        let data = try CLI.file("p.json", "")
        try expectCleanRefusal(["check", rules, "--data", data], mentions: ["p.json:1:1: error: this data is not valid JSON: the file is empty"])
    }

    @Test func aBinaryDataFile() throws {
        let data = try CLI.file("p.json", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF]))
        try expectCleanRefusal(["check", rules, "--data", data], mentions: ["p.json:1:1: error: this data is not valid JSON: this is not UTF-8 text (byte 0x89)"])
    }

    @Test func aListWhereAnObjectIsExpected() throws {
        let data = try CLI.file("p.json", "[{\"proposal\": {}}]")
        try expectCleanRefusal(["check", rules, "--data", data], mentions: ["p.json holds a list, but an object whose keys are data names is expected"])
    }

    @Test func aMissingRulesFolderOrDataFile() throws {
        try expectCleanRefusal(["check", "rules/missing", "--data", "x.json"], mentions: ["no such file or folder: rules/missing"])
        try expectCleanRefusal(["check", rules, "--data", "missing.json"], mentions: ["cannot read the data file missing.json: no such file"])
        try expectCleanRefusal(["check", rules, "--data", "rules"], mentions: ["cannot read the data file rules: it is a folder, not a file"])
    }

    @Test func aParameterThatDoesNotExistOrHasAnotherKind() throws {
        let data = try CLI.file("p.json", CheckCommandTests.complete)
        try expectCleanRefusal(["check", rules, "--data", data, "--param", "min_openings=2"], mentions: ["the rules have no parameter `min_openings`"])
        try expectCleanRefusal(["check", rules, "--data", data, "--param", "min_facilitators=\"two\""], mentions: ["parameter `min_facilitators` is a number"])
    }

    @Test func aTodayThatIsNotADate() throws {
        try expectCleanRefusal(["check", rules, "--data", "x.json", "--today", "2021-13-01"], mentions: ["`--today 2021-13-01` is not a date: there is no month 13"])
    }

    @Test func tenThousandNestedParenthesesInARuleFile() throws {
        let file = try CLI.file("deep.rules", "define d = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + "\n")
        try expectCleanRefusal(["check", file, "--data", "x.json"], mentions: ["deep.rules:1:112: error: this expression is nested more than 100 levels deep"])
    }

    @Test func aHundredThousandNestedArraysInADataFile() throws {
        let data = try CLI.file("deep.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        try expectCleanRefusal(["check", rules, "--data", data], mentions: ["deep.json:1:129: error: this data is too large to read: the data is nested more than 128 levels deep"])
    }
}

@Suite(.serialized) struct RuleLibraryCommandTests {
    @Test func theLibrarysTestsPassThroughTheExecutable() throws {
        let (run, signalled) = try CLI.execute(["test", "rules/"])
        #expect(!signalled)
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        let last = run.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasSuffix("passed, 0 failed"), "\(last)")
    }

    @Test func aFailingExpectationShowsBothOutcomesAndTheExplanation() throws {
        let folder = try CLI.ruleFolder("""
            ruleset r for proposal
            rule deadline "D"
              require proposal.submitted < 2021-02-23
            test "wrong expectation"
              given proposal = {id: "p", submitted: 2021-02-23}
              today 2021-03-01
              expect r.deadline pass
              expect r.deadline fail
            """)
        let (run, _) = try CLI.execute(["test", folder])
        #expect(run.status == 1)
        #expect(run.output == """
            FAIL  \(folder)/t.rules:8:10  test "wrong expectation"
                  expect r.deadline pass, got fail
                  `proposal.submitted` is 2021-02-23, not before 2021-02-23
                  hint: would pass if `proposal.submitted` were 2021-02-22 or earlier (1 day earlier)
                    proposal.submitted < 2021-02-23 → no
                      proposal.submitted → 2021-02-23
            1 passed, 1 failed

            """)
    }

    @Test func theLibraryIsFormattedAndLintClean() throws {
        let (format, _) = try CLI.execute(["fmt", "--check", "rules/"])
        #expect(format.status == 0, "\(format.output)")
        let (lint, _) = try CLI.execute(["lint", "rules/", "--warnings-as-errors"])
        #expect(lint.status == 0, "\(lint.errors)")
    }

    @Test func aBatchOverTheSessionReportsEndsWithASummary() throws {
        let (run, _) = try CLI.execute(["check", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl",
                                        "--data", "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15"])
        #expect(run.status == 1)
        #expect(run.output.contains("36 subjects checked: 23 met every required rule, 13 did not."))
        #expect(run.output.contains("Rules most often not met:\n  session.report.actors"))
    }
}
