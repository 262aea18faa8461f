import Testing

/// A second `--each` used to replace the first in silence (36 reports became 13); a command that
/// reads one records file now refuses it, and `timeline` still takes several.
@Suite struct RepeatedEachTests {
    static let reports = ["--each", "report=rules/examples/reports-2020.jsonl", "--data", "calendar=rules/examples/calendar-2020.json"]

    @Test(arguments: [["check", "rules/session", "--today", "2020-12-15"], ["validate", "rules/session"],
                      ["score", "rules/", "--today", "2021-03-01"]])
    func aSecondEachIsAUsageError(_ command: [String]) {
        let run = CLI.run(command + Self.reports + ["--each", "report=rules/examples/reports-2020.jsonl"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: `--each` is given 2 times; this command reads the records of one file\n"))
        #expect(run.errors.contains("cat a.jsonl b.jsonl > all.jsonl"))
    }

    @Test func timelineTakesSeveralEach() {
        let run = CLI.run(["timeline", "rules/", "--data", "calendar=rules/examples/calendar-2021.json", "--each", "activity=rules/examples/activities-2021.jsonl",
                           "--each", "pn=rules/examples/pns-2021.jsonl", "--today", "2021-10-01"])
        #expect(run.status == 0, "\(run.errors)")
    }
}
