import Foundation
import Testing

/// `igfrules fmt`, run as the executable: files are replaced whole or not at all.
@Suite(.serialized) struct FormatCommandTests {
    let messy = "ruleset r   for proposal\nparam n=2 # the minimum\nrule a \"A\"\nrequire count(proposal.facilitators)>=n\n"
    let tidy = "ruleset r for proposal\nparam n = 2  # the minimum\nrule a \"A\"\n  require count(proposal.facilitators) >= n\n"

    @Test func formatsAFileInPlaceKeepingItsPermissions() throws {
        let path = try CLI.file("r.rules", messy)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let (run, _) = try CLI.execute(["fmt", path])
        #expect(run.status == 0)
        #expect(run.output == "formatted \(path)\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == tidy)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["r.rules"], "a temporary file was left behind")
    }

    @Test func checkChangesNothingAndExitsOneWhenAFileWouldChange() throws {
        let path = try CLI.file("r.rules", messy)
        let (run, _) = try CLI.execute(["fmt", "--check", path])
        #expect(run.status == 1)
        #expect(run.output == "would reformat \(path)\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
        let formatted = try CLI.file("t.rules", tidy)
        #expect(try CLI.execute(["fmt", "--check", formatted]).0.status == 0)
    }

    @Test func leavesAFileWithASyntaxErrorByteForByteUnchanged() throws {
        let broken = Data("rule a \"A\"\n\trequire (x\r\n# comment".utf8)
        let path = try CLI.file("broken.rules", broken)
        let (run, _) = try CLI.execute(["fmt", path])
        #expect(run.status == 2)
        #expect(run.errors.contains("broken.rules:3:10: error: expected `)` to close the `(` opened at 2:10"))
        #expect(run.errors.contains("broken.rules does not parse; it was left unchanged."))
        #expect(FileManager.default.contents(atPath: path) == broken)
    }

    @Test func aFailureWhileWritingLeavesTheOriginalIntact() throws {
        let path = try CLI.file("r.rules", messy)
        let folder = (path as NSString).deletingLastPathComponent
        guard try Unwritable.make(folder) else {
            Issue.record("could not make a folder read-only here, so the failure cannot be tried")
            return
        }
        defer { Unwritable.undo(folder) }
        let (run, signalled) = try CLI.execute(["fmt", path])
        #expect(!signalled)
        #expect(run.status == 2)
        #expect(run.errors.contains("error: cannot write \(path):"))
        #expect(run.errors.contains("it was left unchanged"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == messy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["r.rules"])
    }

    @Test func theREPLSaveFailsCleanlyWhereItCannotWrite() throws {
        let folder = try CLI.temporaryFolder()
        let data = try CLI.file("a.json", ReplTests.activity)
        guard try Unwritable.make(folder) else {
            Issue.record("could not make a folder read-only here")
            return
        }
        defer { Unwritable.undo(folder) }
        let (run, _) = try CLI.execute(["repl", "rules", "--data", data, "--today", "2021-02-01"],
                                       environment: ["NO_COLOR": "1", "IGFRULES_HISTORY": ""], stdin: ":save \(folder)/saved.json\n1 + 1\n")
        #expect(run.output.contains("error: cannot write \(folder)/saved.json:"))
        #expect(run.output.contains("nothing was written"))
        #expect(run.output.hasSuffix("2  (number)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}

/// Makes a folder unwritable: by its permissions, and — for the superuser, whom permissions do
/// not stop — with the immutable attribute where the file system has one.
enum Unwritable {
    static func make(_ folder: String) throws -> Bool {
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        if !writable(folder) { return true }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") {
            run("/usr/bin/chattr", ["+i", folder])
        }
        return !writable(folder)
    }

    static func undo(_ folder: String) {
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") { run("/usr/bin/chattr", ["-i", folder]) }
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
    }

    private static func writable(_ folder: String) -> Bool {
        let probe = folder + "/.probe"
        let created = FileManager.default.createFile(atPath: probe, contents: Data())
        if created { try? FileManager.default.removeItem(atPath: probe) }
        return created
    }

    private static func run(_ executable: String, _ arguments: [String]) {
        _ = try? Subprocess.run(executable, arguments)
    }
}

/// `check --compare` and `diff` over the example data.
@Suite(.serialized) struct WhatIfCommandTests {
    let reports = ["--each", "report=rules/examples/reports-2020.jsonl", "--data", "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15"]

    @Test func compareShowsOnlyTheOutcomesThatChange() throws {
        let (run, _) = try CLI.execute(["check", "rules/session"] + reports + ["--compare", "--param", "detailed_within=3 weeks"])
        #expect(run.status == 1)
        #expect(run.output.hasSuffix("""
            report OF #20
              session.report.detailed-report: fail → pass
                  before: submitted 14 days 1 hour after the session ended (2020-11-16T10:20:00Z); at most 2 weeks is allowed (would pass if `report.detailed_report_submitted_at` were 2020-11-30T10:20:00Z or earlier (1 hour earlier))
                  after:  met

            4 outcomes change in 4 of 36 subjects.

            """))
    }

    @Test func compareWithSetChangesTheData() throws {
        let (run, _) = try CLI.execute(["check", "rules/session"] + reports + ["--compare", "--set", "calendar.tracks=[\"Data\", \"Environment\", \"Inclusion\", \"Trust\", \"Digital Cooperation\"]", "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.map { $0["id"] as? String } == ["WS #341"])
        #expect(changes.first?["before"] as? String == "fail")
        #expect(changes.first?["after"] as? String == "pass")
    }

    @Test func compareNeedsSomethingToCompare() throws {
        let (run, _) = try CLI.execute(["check", "rules/session"] + reports + ["--compare"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: --compare needs a change to compare: --param NAME=VALUE or --set PATH=VALUE"))
    }

    @Test func diffReplaysARuleEditOverPastCases() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try Subprocess.run("/bin/cp", ["-r", CLI.root + "/rules", folder + "/proposed"]).status == 0)
        let path = folder + "/proposed/session/report.rules"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "param short_within = 12 hours", with: "param short_within = 13 hours").write(toFile: path, atomically: true, encoding: .utf8)
        let (run, _) = try CLI.execute(["diff", "rules", folder + "/proposed"] + reports)
        #expect(run.status == 1)
        #expect(run.output == """
            report WS #128
              session.report.short-report: fail → pass
                  before: submitted 12 hours 1 minute after the session ended (2020-11-11T08:20:00Z); at most 12 hours is allowed (would pass if `report.short_report_submitted_at` were 2020-11-11T20:20:00Z or earlier (1 minute earlier))
                  after:  met

            1 outcome changes in 1 of 36 subjects.
            1 subject changes eligibility: 0 no longer meet every required rule, 1 now meets them all.

            """)
        let (same, _) = try CLI.execute(["diff", "rules", "rules"] + reports)
        #expect(same.status == 0)
        #expect(same.output == "No outcome changes in 36 subjects.\nNo subject changes eligibility (meeting every required rule or not).\n")
    }
}
