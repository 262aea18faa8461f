import Foundation
import Testing

/// A scenario replayed from another folder finds its data beside itself, and a data file it cannot
/// read is reported at the scenario's line.
@Suite struct ScenarioPathsTests {
    static let batch = ["--each", "report=rules/examples/reports-2020.jsonl", "--today", "2020-12-15"]

    @Test func dataBesideTheScenarioIsFoundFromAnotherFolder() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.root + "/rules/examples/calendar-2020.json", toPath: folder + "/calendar-2020.json")
        try ":data calendar=calendar-2020.json\n:baseline\nparam detailed_within = 3 weeks\n".write(toFile: folder + "/s.txt", atomically: true, encoding: .utf8)
        let run = CLI.run(["check", "rules/session"] + Self.batch + ["--scenario", folder + "/s.txt"])
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.output.hasSuffix("4 outcomes change in 4 of 36 subjects.\n"), "\(run.output)")
    }

    @Test func anUnreadableDataFileIsReportedAtTheScenarioLine() throws {
        let folder = try CLI.temporaryFolder()
        try ":today 2020-12-15\n:data calendar=nowhere.json\n".write(toFile: folder + "/s.txt", atomically: true, encoding: .utf8)
        let run = CLI.run(["check", "rules/session"] + Self.batch + ["--scenario", folder + "/s.txt"])
        #expect(run.errors.contains("\(folder)/s.txt:2: error: cannot read the data file nowhere.json: no such file"), "\(run.errors)\(run.output)")
    }
}
