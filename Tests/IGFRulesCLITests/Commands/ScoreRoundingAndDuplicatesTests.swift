import Foundation
import Testing

/// What a committee reading a ranking should not have to guess: columns that do not add up to
/// the score are said to be rounded on their own, a proposal that could not be scored is not
/// listed as ineligible in the CSV, and two records with one id are warned of.
@Suite struct ScoreRoundingAndDuplicatesTests {
    static let calendar = ["--data", "calendar=rules/examples/calendar-2021.json"]
    static let note = "Each column is rounded on its own, so a row's columns may not add up to its score, which is rounded once from the exact points."

    static func proposals() throws -> [String] {
        try String(contentsOfFile: CLI.root + "/rules/examples/proposals-2021.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// A batch of the example proposals whose ids contain one of `ids`.
    static func batch(_ ids: [String]) throws -> String {
        let lines = try proposals().filter { line in ids.contains { line.contains("\"id\": \"\($0)\"") } }
        return try CLI.file("batch.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test(arguments: ["text", "markdown", "html"])
    func columnsThatDoNotAddUpToTheScoreAreSaidToBeRoundedOnTheirOwn(_ format: String) throws {
        // 8.67 + 3.67 + 3.67 + 3.00 = 19.01, for a score of 19.00.
        let run = CLI.run(["score", "rules/", "--each", "proposal=" + (try Self.batch(["bpf-2021-data"])), "--format", format] + Self.calendar)
        #expect(run.output.contains("19.00"))
        #expect(run.output.contains(Self.note.replacingOccurrences(of: "'", with: format == "html" ? "&#39;" : "'")), "\(run.output.prefix(800))")
    }

    @Test func columnsThatAddUpNeedNoNote() throws {
        // 9.33 + 3.67 + 3.67 + 3.00 = 19.67, the score.
        let run = CLI.run(["score", "rules/", "--each", "proposal=" + (try Self.batch(["bpf-2021-gender"]))] + Self.calendar)
        #expect(run.output.contains("19.67"))
        #expect(!run.output.contains("rounded on its own"))
    }

    @Test func theCSVPutsAProposalThatCouldNotBeScoredInItsOwnColumn() throws {
        let lines = try Self.proposals().map {
            $0.replacingOccurrences(of: #""reviewer": "R1", "relevance": 5, "community": 4, "output": 4"#,
                                    with: #""reviewer": "R1", "relevance": 9, "community": 4, "output": 4"#)
        }
        let file = try CLI.file("bad.jsonl", lines.joined(separator: "\n") + "\n")
        let run = CLI.run(["score", "rules/", "--each", "proposal=" + file, "--format", "csv"] + Self.calendar)
        #expect(run.status == 1)
        let row = run.output.components(separatedBy: "\r\n").first { $0.contains(",bpf-2021-gender,") } ?? ""
        #expect(row.hasPrefix(",bpf-2021-gender,Gender and Digital Rights,,,,,,,,\"proposal.review.scores[1].relevance: a grade is a number from 0 to 5, found number 9\""), "\(row)")
        #expect(!row.contains("not scored:"))
    }

    @Test func twoRecordsWithOneIdAreWarnedOfByTheBuiltTool() throws {
        let lines = try Self.proposals()
        let gender = try #require(lines.first { $0.contains("\"id\": \"bpf-2021-gender\"") })
        let file = try CLI.file("twice.jsonl", ([gender] + lines.filter { $0 != gender } + [gender]).joined(separator: "\n") + "\n")
        let (run, signalled) = try CLI.execute(["score", "rules/", "--each", "proposal=" + file] + Self.calendar)
        #expect(!signalled)
        #expect(run.status == 0)
        #expect(run.errors == "warning: \(file), records 1 and \(lines.count + 1) have the same id `bpf-2021-gender`: both are scored and listed; give each proposal its own id\n")
    }
}
