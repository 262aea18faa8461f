import Foundation
import Testing

/// The bad-input catalogue: every class of bad input, fed to the built executable. Each must end
/// with a clear message naming the file and place and a documented exit status, never a signal;
/// inputs that are unusual but valid (a byte-order mark, CRLF line ends, tabs) must just work.
@Suite(.serialized) struct BadInputTests {
    let rules = "rules/bpf"

    @discardableResult
    func run(_ arguments: [String], status expected: Int32, mentions texts: [String] = [],
             sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Run {
        let (run, signalled) = try CLI.execute(arguments)
        #expect(!signalled, "the run ended by a signal", sourceLocation: sourceLocation)
        #expect(run.status == expected, "exit \(run.status)\n\(run.errors)", sourceLocation: sourceLocation)
        for text in texts {
            #expect(run.errors.contains(text) || run.output.contains(text), "missing “\(text)” in:\n\(run.errors)\(run.output)", sourceLocation: sourceLocation)
        }
        return run
    }

    func proposal(_ fields: String) -> String { CheckCommandTests.proposal(fields) }

    // MARK: Files that are cut off, not text, or not JSON

    @Test func aTruncatedRuleFile() throws {
        let file = try CLI.file("cut.rules", "ruleset r for proposal\nrule a \"A\"\n  require count(proposal.facil")
        try run(["check", file, "--data", "x.json"], status: 2, mentions: ["cut.rules:3:31: error: expected `)` to close the arguments of `count(` opened at 3:16, found the end of the file"])
    }

    @Test func aTruncatedDataFile() throws {
        let data = try CLI.file("cut.json", #"{"proposal": {"id": "x", "title": "Gender and"#)
        try run(["check", rules, "--data", data], status: 2, mentions: ["cut.json:1:35: error: this data is not valid JSON: this text is not closed: the file ends before its closing `\"`"])
    }

    @Test func invalidUTF8InARuleFileAndInData() throws {
        let file = try CLI.file("latin1.rules", Data("ruleset r for proposal\n# caf".utf8) + Data([0xE9, 0x0A]))
        try run(["check", file, "--data", "x.json"], status: 2, mentions: ["latin1.rules:2:6: error: this file is not UTF-8 text (byte 0xE9 cannot start a character)"])
        let data = try CLI.file("latin1.json", Data(#"{"proposal": {"title": "Caf"#.utf8) + Data([0xE9, 0x22, 0x7D, 0x7D]))
        try run(["check", rules, "--data", data], status: 2, mentions: ["latin1.json:1:28: error: this data is not valid JSON: this is not UTF-8 text (byte 0xE9)"])
    }

    @Test func binaryData() throws {
        let data = try CLI.file("image.json", Data((0..<512).map { UInt8(($0 * 37) % 256) }))
        try run(["check", rules, "--data", data], status: 2, mentions: ["image.json:1:5: error: this data is not valid JSON: this is not UTF-8 text (byte 0x94)"])
        let file = try CLI.file("image.rules", Data((0..<512).map { UInt8(($0 * 37) % 256) }))
        try run(["check", file, "--data", data], status: 2, mentions: ["image.rules:1:"])
    }

    // MARK: Unusual but valid

    @Test func aByteOrderMarkCRLFLineEndsAndTabsWork() throws {
        let folder = try CLI.temporaryFolder()
        let ruleText = "\u{FEFF}include \"\(CLI.root)/rules/schema.rules\"\r\nruleset r for proposal\r\n\trule t \"T\"\r\n\t\trequire proposal.title is not empty\r\n"
        try ruleText.write(toFile: folder + "/crlf.rules", atomically: true, encoding: .utf8)
        let data = "\u{FEFF}{\r\n\t\"proposal\": {\"id\": \"x\",\r\n\t\"title\": \"T\"}\r\n}\r\n"
        try data.write(toFile: folder + "/crlf.json", atomically: true, encoding: .utf8)
        let result = try run(["check", folder + "/crlf.rules", "--data", folder + "/crlf.json"], status: 0)
        #expect(result.output.contains("PASS   r.t"))
    }

    @Test func emptyListsWhereListsAreExpected() throws {
        let data = try CLI.file("p.json", proposal(#""facilitators": [], "submitted_by": [], "seconded_by": []"#))
        let result = try run(["check", rules, "--data", data, "--today", "2021-03-01"], status: 1)
        #expect(result.output.contains("0 facilitators named; at least 2 are needed"))
    }

    @Test func negativeZeroIsZero() throws {
        let data = try CLI.file("a.json", #"{"calendar": {"annual_meeting": {"start": "2020-11-02", "end": "2020-11-17"}}, "activity": {"id": "a", "mailing_list": {"subscribers": -0, "messages": -0.0}}}"#)
        let result = try run(["check", "rules/bpf/timeline.rules", "rules/bpf/functioning.rules", "--data", data, "--today", "2021-03-01"], status: 1)
        #expect(result.output.contains("0 subscribers (at least 50 needed) and 0 messages"))
    }

    // MARK: Data of the wrong kind: the rules that read it give error, with the path

    @Test func duplicateKeysInJSON() throws {
        let data = try CLI.file("dup.json", "{\"proposal\": {\"title\": \"A\",\n  \"title\": \"B\"}}")
        try run(["check", rules, "--data", data], status: 2, mentions: ["dup.json:2:3: error: this data is not valid JSON: the key \"title\" appears twice in this object"])
    }

    @Test func hugeNumbers() throws {
        let data = try CLI.file("a.json", #"{"calendar": {"annual_meeting": {"start": "2020-11-02", "end": "2020-11-17"}}, "activity": {"id": "a", "mailing_list": {"subscribers": 1e400, "messages": 30}}}"#)
        let result = try run(["check", "rules/bpf/functioning.rules", "--data", data, "--today", "2021-03-01"], status: 1,
                             mentions: ["warning: \(data):1:136: activity.mailing_list.subscribers: the number 1e400 is too large"])
        #expect(result.output.contains("ERROR  bpf.functioning.mailing-list"))
    }

    @Test func datesThatDoNotExist() throws {
        let data = try CLI.file("p.json", proposal(#""submitted": "2021-02-30", "title": "T""#))
        let result = try run(["check", rules, "--data", data, "--today", "2021-03-01"], status: 1,
                             mentions: ["warning: \(data):1:202: proposal.submitted: \"2021-02-30\" is not a date: February 2021 has 28 days"])
        #expect(result.output.contains("ERROR  bpf.proposal.deadline"))
        #expect(result.output.contains("PASS   bpf.proposal.title"))
        let month = try CLI.file("p.json", proposal(#""submitted": "2021-13-01""#))
        try run(["check", rules, "--data", month, "--today", "2021-03-01"], status: 1,
                mentions: ["proposal.submitted: \"2021-13-01\" is not a date: there is no month 13; months go from 01 to 12"])
    }

    @Test func dateTimesWithoutAZone() throws {
        let reports = try CLI.file("r.jsonl", #"{"id": "WS #1", "track": "Data", "ended_at": "2020-11-10T14:30:00", "recommendations": []}"# + "\n")
        let calendar = try CLI.file("c.json", #"{"tracks": ["Data"]}"#)
        let result = try run(["check", "rules/session", "--each", "report=" + reports, "--data", "calendar=" + calendar, "--today", "2020-12-01"],
                             status: 1, mentions: ["r.jsonl, record 1: report.ended_at: \"2020-11-10T14:30:00\" has no time zone"])
        #expect(result.output.contains("ERROR  session.report.short-report"))
        #expect(result.output.contains("PASS   session.report.track"))
    }

    @Test func nullEverywhere() throws {
        let data = try CLI.file("p.json", #"{"calendar": null, "proposal": {"id": "n", "kind": null, "title": null, "submitted": null, "submitted_by": null, "seconded_by": [null], "facilitators": [null, {"name": null, "mag_member": null}], "background": null, "description": {"topics": null}, "outreach": null, "selection": null}}"#)
        let result = try run(["check", rules, "--data", data, "--today", "2021-03-01"], status: 1)
        // `sponsors-facilitate` passes: no sponsor is known to be a MAG member (`where` leaves out the undecided).
        #expect(result.output.contains("1 pass, 9 fail, 4 warn, 0 skip, 0 error"), "\(result.output)")
        let none = try CLI.file("n.json", #"{"proposal": null, "calendar": null}"#)
        try run(["check", rules, "--data", none], status: 2, mentions: ["no ruleset applies to the data given"])
    }

    @Test func aSubjectThatIsNotARecord() throws {
        let data = try CLI.file("p.json", "[\"not\", \"a\", \"proposal\"]")
        let result = try run(["check", rules, "--data", "proposal=" + data, "--today", "2021-03-01"], status: 1,
                             mentions: ["warning: \(data):1:1: proposal: expected a record, found list"])
        #expect(result.output.contains("0 pass, 0 fail, 0 warn, 0 skip, 14 error"))
    }

    // MARK: Rule libraries that cannot be used

    @Test func aRulesFolderWithNoRules() throws {
        let folder = try CLI.temporaryFolder()
        try run(["check", folder, "--data", "x.json"], status: 2, mentions: ["the folder \(folder) holds no .rules files"])
    }

    @Test func twoRulesWithTheSameIdInDifferentFiles() throws {
        let folder = try CLI.temporaryFolder()
        try "ruleset r for proposal\nrule a \"A\"\n  require 1 = 1\n".write(toFile: folder + "/one.rules", atomically: true, encoding: .utf8)
        try "rule r.a \"A again\"\n  require 1 = 1\n".write(toFile: folder + "/two.rules", atomically: true, encoding: .utf8)
        try run(["check", folder, "--data", "x.json"], status: 2,
                mentions: ["two.rules:1:6: error: rule `r.a` is declared twice", "it is first declared at \(folder)/one.rules:2:6"])
    }

    @Test func aCycleBetweenDefinitions() throws {
        let file = try CLI.file("cycle.rules", "define late = overdue and 1 = 1\ndefine overdue = not late\n")
        try run(["check", file, "--data", "x.json"], status: 2, mentions: ["cycle.rules:1:8: error: `late` is defined in terms of itself, through `late` → `overdue` → `late`"])
    }

    @Test func anUnreadableFile() throws {
        let file = try CLI.file("secret.rules", "ruleset r for proposal\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file) }
        if geteuid() == 0 {
            // Permissions do not stop the superuser (as in some CI containers): the file is read.
            try run(["check", file, "--data", "x.json"], status: 2)
        } else {
            try run(["check", file, "--data", "x.json"], status: 2, mentions: ["cannot read \(file): permission denied or not readable"])
        }
    }

    @Test func aFolderWhereAFileIsExpected() throws {
        let folder = try CLI.temporaryFolder()
        try run(["check", rules, "--data", folder], status: 2, mentions: ["cannot read the data file \(folder): it is a folder, not a file"])
        try run(["check", rules, "--each", "proposal=" + folder], status: 2, mentions: ["cannot read the records file \(folder): it is a folder"])
        try run(["fmt", "--check", rules + "/proposal.rules", folder], status: 0)
    }
}
