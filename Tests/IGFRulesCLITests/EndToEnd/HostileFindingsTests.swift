import Foundation
import Testing

/// The hostile tester's findings on reading data and evaluating big lists, run against the built
/// executable: an over-long text or number is refused with its place and little memory, and a
/// list of tens of thousands of milestones is checked in linear work.
@Suite struct HostileFindingsTests {
    @Test func aFortyMegabyteTextIsRefusedAtItsStartUnderAMemoryCap() throws {
        // Decoding the whole line for the message once took 16 bytes a character (640 MB here).
        var bytes = Array("{\"proposal\":{\"id\":\"p\",\"title\":\"".utf8)
        bytes += repeatElement(UInt8(ascii: "x"), count: 40 << 20)
        bytes += Array("\"}}".utf8)
        let path = try CLI.file("long-text.json", Data(bytes))
        let (run, signalled) = try LargeInputTests.executeCapped(400_000, ["check", "rules", "--data", path, "--today", "2021-06-01"])
        #expect(!signalled)
        #expect(run.status == 2)
        #expect(run.errors.contains("long-text.json:1:31: error: this data is too large to read: this text is longer than 1,024 KB\n"))
        #expect(!run.errors.contains("not valid JSON"))
        #expect(run.errors.utf8.count < 1_000)
        #expect(run.output.isEmpty)
    }

    @Test func aDataFileOverSixtyFourMegabytesIsRefusedUnreadAndARecordLineToo() throws {
        // Valid JSON of 65 MB: read, it would take some 850 MB; the file is refused before that.
        var bytes = Array("{\"pn\":{\"id\":\"n\",\"mwg\":{\"members\":[".utf8)
        let member = Array("{\"name\":\"m\",\"region\":\"r\"},".utf8)
        while bytes.count < 65 << 20 { bytes += member }
        bytes.removeLast()
        bytes += Array("]}}}".utf8)
        let path = try CLI.file("big.json", Data(bytes))
        let (run, signalled) = try LargeInputTests.executeCapped(400_000, ["check", "rules", "--data", path, "--today", "2021-06-01"])
        #expect(!signalled)
        #expect(run.status == 2)
        #expect(run.errors.contains("cannot read the data file \(path): it is larger than 64 MB"))
        let line = try CLI.file("big.jsonl", Data(bytes.dropFirst(6).dropLast() + Array("\n".utf8)))
        let batch = try LargeInputTests.executeCapped(400_000, ["check", "rules", "--each", "pn=" + line, "--today", "2021-06-01"])
        #expect(!batch.1)
        #expect(batch.0.errors.contains("line 1 of the records file \(line) is longer than 64 MB; nothing after it is read"))
    }

    @Test func aNumberOfAHundredThousandDigitsIsRefusedWithoutBeingQuoted() throws {
        let path = try CLI.file("long-number.json", "{\"proposal\":{\"id\":\"p\",\"n\":" + String(repeating: "1", count: 100_000) + "}}")
        let (run, signalled) = try CLI.execute(["check", "rules", "--data", path, "--today", "2021-06-01"])
        #expect(!signalled)
        #expect(run.status == 2)
        #expect(run.errors.contains("long-number.json:1:27: error: this data is too large to read: this number is longer than 1,000 characters\n"))
        #expect(run.errors.utf8.count < 1_000)
    }

    @Test func twentyThousandMilestonesAreCheckedAndAllMet() throws {
        // Noting each milestone's obligation once scanned every one noted before it (n² work).
        let milestones = (0..<20_000).map { "{\"name\":\"m\($0)\",\"due\":\"2021-01-01\",\"done\":\"2020-12-01\"}" }
        let path = try CLI.file("milestones.json", "{\"activity\":{\"id\":\"a\",\"milestones\":[" + milestones.joined(separator: ",") + "]}}")
        let (run, signalled) = try CLI.execute(["check", "rules/bpf/timeline.rules", "--data", path, "--data", "calendar=rules/examples/calendar-2021.json",
                                                "--today", "2021-06-01", "--rule", "bpf.timeline.milestones", "--format", "json"])
        #expect(!signalled)
        #expect(run.status == 0, "\(run.errors.prefix(400))")
        #expect(run.output.contains("\"status\":\"pass\""))
    }

    @Test func aNullRecommendationIsNoRecommendationForEveryRuleThatReadsTheList() throws {
        let path = try CLI.file("null-entry.json", #"{"calendar":{"tracks":["Data"]},"report":{"id":"r","recommendations":[null]}}"#)
        let run = CLI.run(["check", "rules", "--data", path, "--today", "2022-01-01", "--rule", "session.report"])
        #expect(run.output.contains("WARN   session.report.recommendations"))
        for rule in ["sectors", "recommendation-text", "actors"] {
            #expect(run.output.contains("PASS   session.report.\(rule) "), "\(rule): \(run.output)")
        }
    }

    @Test func anEmptyTextEntryAmongFacilitatorsIsNoEntryInADataFileAndInABatch() throws {
        let proposal = #"{"id":"p","title":"T","facilitators":["",{"name":"A","mag_member":true},{"name":"B"}]}"#
        let data = try CLI.file("blank-entry.json", #"{"proposal":"# + proposal + "}")
        let records = try CLI.file("blank-entry.jsonl", proposal + "\n")
        for source in [["--data", data], ["--each", "proposal=" + records]] {
            let run = CLI.run(["check", "rules/bpf"] + source + ["--today", "2021-02-01", "--rule", "bpf.proposal.facilitators",
                                                              "--rule", "bpf.proposal.mag-facilitator"])
            #expect(run.output.contains("PASS   bpf.proposal.facilitators "), "\(run.output)")
            #expect(run.output.contains("PASS   bpf.proposal.mag-facilitator "), "\(run.output)")
            #expect(!run.errors.contains("malformed"))
        }
    }

    @Test func aSubjectBoundByDataIsCheckedOnceBeforeTheRecordsOfEach() throws {
        let output = try CLI.file("output.json", #"{"output":{"id":"o1","sections":[]}}"#)
        let records = try CLI.file("one.jsonl", #"{"id":"p1","kind":"bpf"}"# + "\n" + #"{"id":"p2","kind":"bpf"}"# + "\n")
        let (run, signalled) = try CLI.execute(["check", "rules", "--data", output, "--data", "calendar=rules/examples/calendar-2021.json",
                                                "--each", "proposal=" + records, "--today", "2021-06-01", "--format", "json"])
        #expect(!signalled)
        #expect(run.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let subjects = (document?["subjects"] as? [[String: Any]])?.map { "\($0["name"] ?? "") \($0["id"] ?? "")" }
        #expect(subjects == ["output o1", "proposal p1", "proposal p2"])
    }

    @Test(arguments: ["empty", "missing", "blank"])
    func checkEachWritesNoOutputWhenTheRecordsFileCannotBeRead(_ kind: String) throws {
        let folder = try CLI.temporaryFolder()
        let path = folder + "/records.jsonl"
        if kind == "empty" { try Data().write(to: URL(fileURLWithPath: path)) }
        if kind == "blank" { try Data("  \n\n".utf8).write(to: URL(fileURLWithPath: path)) }
        for format in ["json", "text", "junit", "html", "markdown"] {
            let (run, signalled) = try CLI.execute(["check", "rules", "--each", "proposal=" + path, "--format", format])
            #expect(!signalled)
            #expect(run.status == 2)
            #expect(run.output.isEmpty, "\(kind) \(format): \(run.output.prefix(200))")
        }
    }

    @Test func controlCharactersOfARuleFileAreShownVisiblyInListAndCheck() throws {
        let rules = try CLI.file("ctl.rules", "ruleset zz \"T\u{0}\" for output\n\nrule a \"A\u{1B}[2J title\"\n  require output.x is not empty\n  message \"bad\u{7}\"\n")
        let data = try CLI.file("o.json", #"{"output":{"id":"o"}}"#)
        let list = CLI.run(["list", rules])
        #expect(list.output.contains("zz — T\\u{0} (checks output)"))
        #expect(list.output.contains("A\\u{1b}[2J title\n"))
        let check = CLI.run(["check", rules, "--data", data])
        #expect(check.output.contains("zz.a  A\\u{1b}[2J title\n"))
        #expect(check.output.contains("bad\\u{7} (`output.x` is missing)\n"))
        #expect(!check.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
