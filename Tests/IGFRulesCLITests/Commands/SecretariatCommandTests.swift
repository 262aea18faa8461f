import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `score`, `timeline` and the reports for the Secretariat, run as a user runs them.
@Suite struct SecretariatCommandTests {
    static let proposals = ["--each", "proposal=rules/examples/proposals-2021.jsonl", "--data", "calendar=rules/examples/calendar-2021.json"]
    static let year = ["--data", "calendar=rules/examples/calendar-2021.json", "--each", "activity=rules/examples/activities-2021.jsonl",
                       "--each", "pn=rules/examples/pns-2021.jsonl", "--each", "proposal=rules/examples/proposals-2021.jsonl", "--today", "2021-10-01"]

    @Test func scoreRanksTheExampleProposalsWithTiesSharingARank() {
        let run = CLI.run(["score", "rules/"] + Self.proposals + ["--format", "json"])
        #expect(run.status == 0)
        #expect(run.output.contains(#"{"id":"bpf-2021-gender","rank":2,"score":19.67,"#))
        #expect(run.output.contains(#""rank":3,"score":19,"#))
        #expect(run.output.contains(#"{"id":"bpf-2021-iot","rules":["bpf.proposal.deadline","bpf.proposal.description"]}"#))
        #expect(run.output.contains(#""reason":"kind is \"pn\": bpf.proposal does not apply""#))
        #expect(run.output.contains(#"{"criterion":"relevance","value":4.67,"weight":2,"points":9.33,"from":"mean of 3 reviewers"}"#))
    }

    @Test func scoreWritesATextTableAndEachBreakdown() {
        let run = CLI.run(["score", "rules/"] + Self.proposals)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Ranking of BPF topic proposals (bpf.ranking): 7 ranked, 2 ineligible, 1 left out\n"))
        #expect(run.output.contains("    2   19.67  bpf-2021-gender"))
        #expect(run.output.contains("  relevance                       0.00 × 2 =  0.00  no reviewer graded it: 0\n"))
    }

    @Test func scoreWritesCSVWithCRLFAndOneColumnPerCriterion() {
        let run = CLI.run(["score", "rules/"] + Self.proposals + ["--format", "csv"])
        #expect(run.output.hasPrefix("rank,id,title,score,relevance,community,output,bpf.selection,ineligible_because,left_out_because,not_scored_because\r\n"))
        #expect(run.output.contains("\r\n2,bpf-2021-gender,Gender and Digital Rights,19.67,9.33,3.67,3.67,3.00,,,\r\n"))
        #expect(run.output.contains(",,\"kind is \"\"pn\"\": bpf.proposal does not apply\",\r\n"))
    }

    @Test func scoreOfAnEmptyBatchSaysSoAndExitsZero() throws {
        let empty = try CLI.file("none.jsonl", "")
        let run = CLI.run(["score", "rules/", "--each", "proposal=\(empty)", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.errors.contains("holds no proposals: the ranking is empty."))
        #expect(run.output == "{\n  \"ranked\": [],\n  \"ineligible\": [],\n  \"left_out\": []\n}\n")
    }

    @Test func scoreReportsABadGradeAndStillRanksTheOthers() throws {
        let lines = try String(contentsOfFile: CLI.root + "/rules/examples/proposals-2021.jsonl", encoding: .utf8)
        let bad = lines.replacingOccurrences(of: #""reviewer": "R1", "relevance": 5, "community": 4, "output": 4"#,
                                             with: #""reviewer": "R1", "relevance": 9, "community": 4, "output": 4"#)
        #expect(bad != lines)
        let file = try CLI.file("bad.jsonl", bad)
        let run = CLI.run(["score", "rules/", "--each", "proposal=\(file)", "--data", "calendar=rules/examples/calendar-2021.json"])
        #expect(run.status == 1)
        #expect(run.errors.contains("error: proposal bpf-2021-gender: proposal.review.scores[1].relevance: a grade is a number from 0 to 5, found number 9"))
        #expect(run.output.contains("6 ranked"))
    }

    @Test func aFormatACommandDoesNotHaveIsAUsageErrorListingItsFormats() {
        let score = CLI.run(["score", "rules/", "--format", "ics"] + Self.proposals)
        #expect(score.status == 2)
        #expect(score.errors.hasPrefix("Error: unknown format `ics` (score writes text, json, csv, markdown, html)"))
        let timeline = CLI.run(["timeline", "rules/", "--format", "csv"] + Self.year)
        #expect(timeline.status == 2)
        #expect(timeline.errors.hasPrefix("Error: unknown format `csv` (timeline writes text, json, ics, html)"))
    }

    @Test func timelineGathersSeveralBatchesInDateOrder() {
        let run = CLI.run(["timeline", "rules/"] + Self.year + ["--format", "json"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("{\n  \"today\": \"2021-10-01\",\n  \"obligations\": [\n"))
        #expect(run.output.contains(#"{"subject":"pn","id":"pn-2021-environment","rule":"pn.actions","what":"Contract consultant","due":"2021-04-10","done":"2021-04-12","status":"late","days":2,"#))
        #expect(run.output.contains(#"{"subject":"activity","id":"bpf-2021-data","rule":"bpf.timeline.milestones","what":"Draft report","due":"2021-10-22","status":"pending","days":21,"#))
        #expect(run.output.contains(#""rule":"bpf.proposal.deadline","what":"Submitted before the first MAG meeting of the year","due":"2021-02-22","status":"overdue","days":221"#))
    }

    @Test func aTimelineWithNoDatedObligationSaysSo() throws {
        let output = try CLI.file("o.json", #"{"output": {"id": "x"}}"#)
        let run = CLI.run(["timeline", "rules/", "--data", output])
        #expect(run.status == 0)
        #expect(run.output.contains("The rules imply no dated obligation for this data."))
    }

    @Test func theBuiltExecutableWritesTheSameCalendarByteForByte() throws {
        let (first, signalled) = try CLI.execute(["timeline", "rules/"] + Self.year + ["--format", "ics"])
        let (second, _) = try CLI.execute(["timeline", "rules/"] + Self.year + ["--format", "ics"])
        #expect(!signalled)
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(first.output.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(first.output.components(separatedBy: "BEGIN:VEVENT").count - 1 == 42)
    }

    @Test func checkFiltersByRuleAndStatusButExitsByEveryRule() {
        let run = CLI.run(["check", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl", "--data",
                           "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15", "--rule", "session.report.track", "--status", "fail"])
        #expect(run.status == 1)
        #expect(run.output.contains("FAIL   session.report.track"))
        #expect(!run.output.contains("FAIL   session.report.short-report"))
        #expect(!run.output.contains("PASS "))
        #expect(run.output.contains("36 subjects checked: 23 met every required rule, 13 did not."))
    }

    @Test func checkWithAStatusFilterKeepsEverySubjectEvenWithNothingToShow() throws {
        let batch = CLI.run(["check", "rules/bpf", "--each", "proposal=rules/examples/proposals-2021.jsonl", "--data",
                             "calendar=rules/examples/calendar-2021.json", "--today", "2021-03-01", "--status", "error", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(batch.output.utf8)) as? [String: Any])
        let subjects = try #require(report["subjects"] as? [[String: Any]])
        #expect(subjects.count == 10)
        #expect(subjects.allSatisfy { ($0["results"] as? [Any])?.isEmpty == true })
        let single = CLI.run(["check", "rules/bpf", "--data", "rules/examples/proposal-gender-2021.json", "--today", "2021-03-01",
                              "--status", "fail,warn"])
        #expect(single.status == 0)
        #expect(single.output.contains("proposal bpf-2021-gender\n  0 pass, 0 fail, 0 warn, 0 skip, 0 error\n"))
        // The Markdown summary says of each subject listed whether it met every rule: it lists none here.
        let markdown = CLI.run(["check", "rules/bpf", "--each", "proposal=rules/examples/proposals-2021.jsonl", "--data",
                                "calendar=rules/examples/calendar-2021.json", "--today", "2021-03-01", "--status", "error", "--format", "markdown"])
        #expect(!markdown.output.contains("✅ yes"))
        #expect(markdown.output.hasPrefix("**10 subjects checked: 8 met every required rule, 2 did not.**"))
    }

    @Test func theMarkdownAndHTMLSummariesSayWhetherASubjectMetEveryRuleCountingTheRulesLeftOut() {
        let arguments = ["check", "rules/bpf", "--each", "proposal=rules/examples/proposals-2021.jsonl", "--data",
                         "calendar=rules/examples/calendar-2021.json", "--today", "2021-03-01", "--rule", "bpf.selection"]
        // bpf-2021-cybersecurity fails bpf.proposal rules, which --rule leaves out of the report.
        let markdown = CLI.run(arguments + ["--format", "markdown"])
        #expect(markdown.output.contains("| proposal `bpf-2021-cybersecurity` | ❌ no | `bpf.selection.expected-output` (warn) |\n"))
        let html = CLI.run(arguments + ["--format", "html"])
        #expect(html.output.contains("bpf-2021-cybersecurity</code></a></td><td><span class=\"badge fail\">fail</span> no</td>"))
    }

    @Test func checkRefusesAnUnknownRuleOrStatus() {
        let rule = CLI.run(["check", "rules/bpf", "--data", "rules/examples/proposal-gender-2021.json", "--rule", "bpf.proposl"])
        #expect(rule.status == 2)
        #expect(rule.errors.contains("did you mean `bpf.proposal`?"))
        let status = CLI.run(["check", "rules/bpf", "--data", "rules/examples/proposal-gender-2021.json", "--status", "failed"])
        #expect(status.status == 2)
        #expect(status.errors.contains("`failed` is not a status; did you mean `fail`?"))
    }

    @Test func theSameDataNameTwiceIsAWarningNamingBothFiles() {
        let run = CLI.run(["check", "rules/bpf", "--data", "rules/examples/activity-bpf-data-2021.json",
                           "--data", "rules/examples/activity-bpf-gender-2020.json", "--today", "2022-01-31"])
        #expect(run.errors.contains("warning: `activity` is given twice, by rules/examples/activity-bpf-data-2021.json and by rules/examples/activity-bpf-gender-2020.json"))
        #expect(run.errors.contains("--each activity=FILE"))
    }

    @Test func aDataNameGivenByDataAndByEachIsAWarningNamingBothFiles() {
        let run = CLI.run(["check", "rules/bpf", "--each", "proposal=rules/examples/proposals-2021.jsonl", "--data",
                           "proposal=rules/examples/proposal-gender-2021.json", "--data", "calendar=rules/examples/calendar-2021.json",
                           "--today", "2021-03-01", "--quiet"])
        #expect(run.errors.contains("warning: `proposal` is given by --data rules/examples/proposal-gender-2021.json and by --each "
                                    + "rules/examples/proposals-2021.jsonl; the records of rules/examples/proposals-2021.jsonl are checked"))
        #expect(run.output.contains("10 subjects checked"))
    }

    @Test func aBatchInMarkdownOpensWithATableToPasteIntoAnEmail() {
        let run = CLI.run(["check", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl", "--data",
                           "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15", "--format", "markdown"])
        #expect(run.output.hasPrefix("**36 subjects checked: 23 met every required rule, 13 did not.**\n\n| Subject | Met every required rule | Rules not met |\n"))
        #expect(run.output.contains("| report `WS #128` | ❌ no | `session.report.short-report` |\n"))
    }

    @Test func checkWritesJUnitWithAFailurePerRuleNotMet() {
        let run = CLI.run(["check", "rules/bpf", "--data", "rules/examples/proposal-rushed-2021.json", "--format", "junit"])
        #expect(run.status == 1)
        #expect(run.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"igfrules check\" tests=\"14\" failures=\"4\""))
        #expect(run.output.contains("<testsuite name=\"bpf.selection\" tests=\"3\" failures=\"0\""))
        #expect(run.output.contains("<testcase classname=\"bpf.proposal\" name=\"bpf.proposal.deadline [proposal bpf-2021-cybersecurity]\">\n      <failure type=\"fail\""))
    }

    @Test func diffSaysHowManySubjectsChangeEligibility() throws {
        let base = try CLI.temporaryFolder()
        let folder = base + "/session"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let source = try String(contentsOfFile: CLI.root + "/rules/session/report.rules", encoding: .utf8)
        let edited = source.replacingOccurrences(of: "param detailed_within = 2 weeks", with: "param detailed_within = 3 weeks")
        #expect(edited != source)
        try edited.write(toFile: folder + "/report.rules", atomically: true, encoding: .utf8)
        for name in ["schema.rules", "clauses.rules"] {
            try FileManager.default.copyItem(atPath: CLI.root + "/rules/" + name, toPath: base + "/" + name)
        }
        let run = CLI.run(["diff", "rules/session", folder, "--each", "report=rules/examples/reports-2020.jsonl",
                           "--data", "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15", "--format", "markdown"])
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.output.hasPrefix("| Subject | Rule | Before | After | Why, before | Why, after |\n"))
        #expect(run.output.contains("subjects change eligibility: 0 no longer meet every required rule, "))
    }

    @Test func explainShowsAScoringsFormulaWithItsWeights() {
        let run = CLI.run(["explain", "bpf.ranking", "rules/"])
        #expect(run.status == 0)
        #expect(run.output.contains("relevance (Relevance of the topic): weight 2 (relevance_weight) × the mean of `relevance` over proposal.review.scores"))
        #expect(run.output.contains("ineligible: when a required rule of bpf.proposal fails or is an error"))
    }

    @Test(arguments: [
        ["check", "rules/bpf", "--data", "rules/examples/proposal-rushed-2021.json", "--format", "html"],
        ["score", "rules/", "--each", "proposal=rules/examples/proposals-2021.jsonl", "--data", "calendar=rules/examples/calendar-2021.json", "--format", "html"],
        ["timeline", "rules/", "--data", "calendar=rules/examples/calendar-2021.json", "--each", "activity=rules/examples/activities-2021.jsonl", "--today", "2021-10-01", "--format", "html"],
    ])
    func htmlReportsAreOneWellFormedPageSummaryFirst(arguments: [String]) {
        let run = CLI.run(arguments)
        let parser = XMLParser(data: Data(run.output.utf8))
        #expect(parser.parse(), "not well-formed at line \(parser.lineNumber): \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(run.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(run.output.contains("<p class=\"summary\">"))
        #expect(!run.output.contains("<link") && !run.output.contains("<script") && !run.output.contains("https://"))
    }

    @Test func scoreInMarkdownGivesTheRankingThenEachBreakdown() {
        let run = CLI.run(["score", "rules/"] + Self.proposals + ["--format", "markdown"])
        #expect(run.output.contains("| 2 | 19.67 | `bpf-2021-gender` | Gender and Digital Rights | 9.33 | 3.67 | 3.67 | 3.00 |\n"))
        #expect(run.output.contains("### 7. `bpf-2021-environment` Environmental Sustainability and the Internet — 3.00\n"))
        #expect(run.output.contains("| `relevance` | 0.00 | 2 | 0.00 | no reviewer graded it: 0 |\n"))
    }
}
