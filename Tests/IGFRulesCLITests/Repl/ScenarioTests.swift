import Foundation
@testable import IGFRulesCLI
import Testing

/// Scenarios that last: `:export` writes a script that `repl … < FILE`, `check --scenario` and
/// `diff --scenario` replay; bad scenarios and bad folders are reported.
@Suite struct ScenarioTests {
    static let calendar = CLI.root + "/rules/examples/calendar-2020.json"
    static let reports = CLI.root + "/rules/examples/reports-2020.jsonl"
    static let batch = ["--each", "report=" + reports, "--data", "calendar=" + calendar, "--today", "2020-12-15"]

    func repl(_ lines: [String], rules: String = CLI.root + "/rules/session") -> CLI.Run {
        CLI.run(["repl", rules] + ScenarioTests.batch, environment: ["IGFRULES_HISTORY": ""], input: lines)
    }

    /// The `:diff` at the end of a transcript.
    func lastDiff(_ output: String) -> String {
        String(output[(output.range(of: "igfrules> :diff\n", options: .backwards)?.upperBound ?? output.endIndex)...])
    }

    @Test func exportWritesAScriptThatReplaysToTheSameOutcomes() throws {
        let path = try CLI.temporaryFolder() + "/three-weeks.txt"
        let run = repl([
            "param detailed_within = 3 weeks",
            ":focus WS #75",
            "set report.detailed_report_submitted_at = missing",
            ":focus",
            "define late = 1",
            "unset report.track",
            ":undo",
            ":diff",
            ":export \(path)",
        ])
        #expect(run.output.contains("exported 6 steps to \(path)"))
        let script = try String(contentsOfFile: path, encoding: .utf8)
        #expect(script.hasSuffix("""
            :today 2020-12-15
            :data calendar=\(ScenarioTests.calendar)
            :baseline
            param detailed_within = 3 weeks
            :focus WS #75
            set report.detailed_report_submitted_at = missing
            :focus
            define late = 1
            :diff

            """))
        let replayed = repl(script.components(separatedBy: "\n").dropLast())
        #expect(replayed.status == 0)
        let beforeExport = run.output.range(of: "igfrules> :export").map { String(run.output[..<$0.lowerBound]) } ?? ""
        #expect(lastDiff(replayed.output) == lastDiff(beforeExport), "\(beforeExport)")
        #expect(lastDiff(replayed.output).hasPrefix("5 outcomes differ from the baseline, in 5 of 36 records:\n  session.report.detailed-report  5 records\n"))
    }

    @Test func exportToAFolderThatDoesNotExistFailsAndWritesNothing() throws {
        let folder = try CLI.temporaryFolder()
        let run = repl([":export \(folder)/missing/s.txt", ":export"])
        #expect(run.output.contains("error: cannot write \(folder)/missing/s.txt: the folder \(folder)/missing does not exist; nothing was written"))
        #expect(run.output.contains("error: write `:export FILE`, such as :export scenario.txt"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/missing"))
        #expect(run.status == 1)
    }

    @Test(.enabled(if: getuid() != 0)) func exportToAFolderThatIsNotWritableFailsAndLeavesNoFile() throws {
        let folder = try CLI.temporaryFolder()
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        let run = repl([":export \(folder)/s.txt"])
        #expect(run.output.contains("error: cannot write \(folder)/s.txt:"))
        #expect(run.output.contains("nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func checkScenarioReplaysAnExportedScenarioOverTheBatch() throws {
        let path = try CLI.file("s.txt", ":today 2020-12-15\n:baseline\nparam detailed_within = 3 weeks\n:diff\n")
        let run = CLI.run(["check", CLI.root + "/rules/session"] + ScenarioTests.batch + ["--scenario", path])
        #expect(run.output.hasPrefix("report WS #338\n  session.report.detailed-report: fail → pass\n"))
        #expect(run.output.hasSuffix("\n4 outcomes change in 4 of 36 subjects.\n"))
        #expect(run.errors.isEmpty)
        #expect(run.status == 1)
    }

    @Test func checkAndDiffReplayingAScenarioSkipItsSaveAndExportLinesAndWriteNoFile() throws {
        let folder = try CLI.temporaryFolder()
        let path = try CLI.file("w.txt", ":today 2020-12-15\n:save \(folder)/saved.json\nparam detailed_within = 3 weeks\n:export \(folder)/x.txt\n")
        let rules = CLI.root + "/rules/session"
        // check compares the scenario's baseline with its end; diff compares two rule sets under it.
        for (arguments, summary) in [(["check", rules], "4 outcomes change in 4 of 36 subjects."), (["diff", rules, rules], "No outcome changes in 36 subjects.")] {
            let run = CLI.run(arguments + ScenarioTests.batch + ["--scenario", path])
            #expect(run.errors.contains("\(path):2: warning: `:save` is skipped: a scenario replayed by check or diff writes no file"))
            #expect(run.errors.contains("\(path):4: warning: `:export` is skipped"))
            #expect(run.output.contains(summary))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aScenarioNamingAParameterOrRuleThatIsGoneIsALocatedErrorAndTheRestIsReplayed() throws {
        let path = try CLI.file("s.txt", """
            # written for older rules
            param short_witin = 13 hours
            param detailed_within = 3 weeks
            :why session.report.draft
            """)
        let run = CLI.run(["check", CLI.root + "/rules/session"] + ScenarioTests.batch + ["--scenario", path, "--format", "json"])
        #expect(run.errors.contains("\(path):2:7: error: the rules have no parameter `short_witin`"))
        #expect(run.errors.contains("= did you mean `short_within`?"))
        #expect(run.errors.contains("\(path):4: error: no rule has the id `session.report.draft`"))
        #expect(run.errors.hasSuffix("2 inputs of \(path) failed (shown above); the rest of it was replayed.\n"))
        #expect(run.output.hasSuffix("\"summary\":{\"subjects\":36,\"changed_subjects\":4,\"changed_outcomes\":4}}\n"))
        #expect(run.status == 1)
    }

    @Test func scenarioTakesNoParamOrSetAndAMissingFileOrAPipeIsAUsageError() throws {
        let path = try CLI.file("s.txt", "param detailed_within = 3 weeks\n")
        let mixed = CLI.run(["check", CLI.root + "/rules/session"] + ScenarioTests.batch + ["--scenario", path, "--param", "short_within=1 hour"])
        #expect(mixed.status == 2)
        #expect(mixed.errors.contains("--scenario FILE holds the changes"))
        let fifo = try CLI.temporaryFolder() + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let pipe = CLI.run(["check", CLI.root + "/rules/session"] + ScenarioTests.batch + ["--scenario", fifo])
        #expect(pipe.status == 2)
        #expect(pipe.errors.contains("cannot read the scenario file \(fifo): it is not a regular file"))
        let missing = CLI.run(["check", CLI.root + "/rules/session"] + ScenarioTests.batch + ["--scenario", path + ".gone"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("cannot read the scenario file \(path).gone: no such file"))
    }

    @Test func diffScenarioReplaysTheScenarioWithBothVersionsOfTheRules() throws {
        let folder = try CLI.temporaryFolder()
        let original = try String(contentsOfFile: CLI.root + "/rules/session/report.rules", encoding: .utf8)
        let edited = original.replacingOccurrences(of: "param short_within = 12 hours", with: "param short_within = 13 hours")
        #expect(edited != original)
        try FileManager.default.createDirectory(atPath: folder + "/session", withIntermediateDirectories: true)
        try edited.write(toFile: folder + "/session/report.rules", atomically: true, encoding: .utf8)
        for shared in ["schema.rules", "clauses.rules"] {
            try FileManager.default.copyItem(atPath: CLI.root + "/rules/" + shared, toPath: folder + "/" + shared)
        }
        let scenario = try CLI.file("s.txt", "param detailed_within = 3 weeks\n")
        let run = CLI.run(["diff", CLI.root + "/rules/session", folder + "/session"] + ScenarioTests.batch + ["--scenario", scenario])
        // Both sides allow three weeks for the detailed report; only the short report's edit shows.
        #expect(run.output == """
            report WS #128
              session.report.short-report: fail → pass
                  before: submitted 12 hours 1 minute after the session ended (2020-11-11T08:20:00Z); at most 12 hours is allowed (would pass if `report.short_report_submitted_at` were 2020-11-11T20:20:00Z or earlier (1 minute earlier))
                  after:  met

            1 outcome changes in 1 of 36 subjects.
            1 subject changes eligibility: 0 no longer meet every required rule, 1 now meets them all.

            """)
        #expect(run.status == 1, "\(run.errors)")
    }

    /// The README's what-if: the exported scenario over the 36 session reports, through the executable.
    @Test func theReadmeScenarioReplaysOverTheSessionReports() throws {
        let arguments = ["check", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl", "--data", "calendar=rules/examples/calendar-2020.json",
                         "--today", "2020-12-15", "--scenario", "rules/examples/whatif-report-deadlines.txt"]
        let (run, signalled) = try CLI.execute(arguments)
        #expect(!signalled)
        #expect(run.status == 1)
        #expect(run.errors.isEmpty)
        #expect(run.output.hasPrefix("""
            report WS #75
              session.report.detailed-report: pass → fail
                  before: met
                  after:  no detailed report; it was due 2020-12-02T10:20:00Z (`report.detailed_report_submitted_at` is missing)
            report WS #338
              session.report.detailed-report: fail → pass

            """))
        #expect(run.output.hasSuffix("\n5 outcomes change in 5 of 36 subjects.\n"))
        let script = try String(contentsOfFile: CLI.root + "/rules/examples/whatif-report-deadlines.txt", encoding: .utf8)
        let (replayed, _) = try CLI.execute(["repl", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl", "--today", "2020-12-15"],
                                            environment: ["NO_COLOR": "1", "IGFRULES_HISTORY": ""], stdin: script)
        #expect(replayed.status == 0)
        #expect(replayed.output.contains("igfrules> :diff\n5 outcomes differ from the baseline, in 5 of 36 records:\n  session.report.detailed-report  5 records\n"))
    }
}
