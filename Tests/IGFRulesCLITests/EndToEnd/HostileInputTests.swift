import Foundation
import Testing

/// Hostile inputs, fed to the built executable under a memory cap (`ulimit -v`) and a time limit:
/// arithmetic at the limits, work that grows faster than the input, output that cannot be
/// written, files that are not plain files, text from the data aimed at the terminal, and the
/// messages and exit codes of misleading cases. Each run must end without a signal, with the
/// documented exit code and a message that says what is wrong, within its time.
@Suite(.serialized) struct HostileInputTests {
    /// Two gigabytes of address space: far more than any of these runs needs, far less than
    /// what the unbounded evaluations used to take.
    static let memoryLimit = 2_000_000

    struct Capped {
        let status: Int32
        let output: String
        let errors: String
        let seconds: Double
    }

    /// Runs a bash script with `$IGF` naming the built executable, from the repository's root,
    /// under the memory cap. The script's status is the run's status.
    @discardableResult
    func capped(_ script: String, status expected: Int32?, mentions texts: [String] = [], within seconds: Double = 60,
                sourceLocation: SourceLocation = #_sourceLocation) throws -> Capped {
        let start = Date()
        let result = try Subprocess.run("/bin/bash", ["-c", "ulimit -v \(HostileInputTests.memoryLimit); " + script], in: CLI.root,
                                        environment: ["NO_COLOR": "1", "IGF": CLI.executable, "PATH": "/usr/bin:/bin"],
                                        timeLimit: seconds)
        let run = Capped(status: result.status, output: String(decoding: result.output, as: UTF8.self),
                         errors: String(decoding: result.errors, as: UTF8.self), seconds: Date().timeIntervalSince(start))
        #expect(!result.timedOut, "did not end within \(seconds) s", sourceLocation: sourceLocation)
        #expect(!result.signalled && result.status < 128, "ended by a signal (status \(result.status))\n\(run.errors)", sourceLocation: sourceLocation)
        if let expected { #expect(run.status == expected, "exit \(run.status)\n\(run.errors)\(run.output)", sourceLocation: sourceLocation) }
        for text in texts {
            #expect(run.errors.contains(text) || run.output.contains(text), "missing “\(text)” in:\n\(run.errors)\(run.output)", sourceLocation: sourceLocation)
        }
        return run
    }

    func rules(_ body: String) throws -> String {
        try CLI.file("hostile.rules", "include \"\(CLI.root)/rules/schema.rules\"\nruleset t for proposal\n" + body)
    }

    // MARK: 1. Arithmetic at the limits

    @Test func aHintForTheSmallestSubscriberCountDoesNotTrap() throws {
        let data = try CLI.file("a.json", #"{"calendar": {"annual_meeting": {"start": "2021-11-06", "end": "2021-11-10"}}, "activity": {"id": "a", "mailing_list": {"subscribers": -9223372036854775808, "messages": 5}}}"#)
        try capped("\"$IGF\" check rules/bpf --data \(data) --today 2021-12-31", status: 1,
                   mentions: ["were 50 or more (9223372036854775858 more)"])
    }

    @Test func aHintAboveTheLargestIntegerDoesNotTrap() throws {
        let file = try rules("rule r \"R\"\n  require count(proposal.facilitators) > 9223372036854775807\n")
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p"}}"#)
        let run = try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01", status: 1, mentions: ["FAIL"])
        #expect(!run.output.contains("hint:"))
    }

    @Test func explainingTheSmallestDurationParameterDoesNotTrap() throws {
        let file = try rules("param p = -9223372036854775807 months - 1 month\nrule r \"R\"\n  require proposal.submitted - p > 2021-01-01\n")
        try capped("\"$IGF\" explain t.r \(file)", status: 0, mentions: ["-9223372036854775808 months"])
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p", "submitted": "2021-02-25"}}"#)
        try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01", status: 1, mentions: ["ERROR", "outside the years"])
    }

    // MARK: 2. Output that cannot be written

    @Test func aFullDiskIsAnErrorWithExitTwo() throws {
        try capped("\"$IGF\" check rules/bpf --data rules/examples/proposal-gender-2021.json > /dev/full", status: 2,
                   mentions: ["error: cannot write the output: the disk is full"])
    }

    @Test func aClosedStandardOutputIsAnErrorWithExitTwo() throws {
        try capped("\"$IGF\" check rules/bpf --data rules/examples/proposal-gender-2021.json >&-", status: 2,
                   mentions: ["error: cannot write the output"])
    }

    @Test func aClosedStandardErrorEndsWithExitTwoNotATrap() throws {
        // The warning about the missing calendar cannot be written.
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p"}}"#)
        try capped("\"$IGF\" check rules/bpf --data \(data) 2>&- > /dev/null; echo \"status=$?\"", status: 0, mentions: ["status=2"])
    }

    @Test func aPipeWhoseReaderHasGoneEndsQuietlyWithSIGPIPEIgnored() throws {
        let run = try capped("trap '' PIPE; { sleep 1; \"$IGF\" check rules/bpf --data rules/examples/proposal-gender-2021.json; echo \"status=$?\" >&2; } | true",
                             status: 0)
        #expect(run.errors == "status=2\n")
    }

    // MARK: 3. Memory and time within one evaluation step

    @Test func doublingAListIsStoppedAtTheListLimit() throws {
        var body = "define d0 = [1, 2, 3, 4, 5, 6, 7, 8]\n"
        for n in 1...30 { body += "define d\(n) = d\(n - 1) ++ d\(n - 1)\n" }
        let file = try rules(body + "rule r \"R\"\n  require count(d30) > 0\n")
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p"}}"#)
        try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01", status: 1, mentions: ["ERROR", "lists of at most 1,000,000 entries"])
    }

    @Test func doublingATextIsStoppedAtTheTextLimit() throws {
        var body = "define d0 = \"0123456789abcdef\"\n"
        for n in 1...40 { body += "define d\(n) = d\(n - 1) ++ d\(n - 1)\n" }
        let file = try rules(body + "rule r \"R\"\n  require length(d40) > 0\n")
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p"}}"#)
        try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01", status: 1, mentions: ["ERROR", "texts of at most 4 MB"])
    }

    static func people(_ count: Int, prefix: String = "person") -> String {
        "[" + (1...count).map { #"{"name": "\#(prefix) \#($0)", "mag_member": true}"# }.joined(separator: ", ") + "]"
    }

    @Test func distinctOverManyValuesIsQuick() throws {
        let file = try rules("rule r \"R\"\n  require count(distinct(proposal.facilitators.name)) = 65536\n")
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p", "facilitators": \#(HostileInputTests.people(65536))}}"#)
        try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01", status: 0, mentions: ["PASS"], within: 30)
    }

    @Test func tenThousandSponsorsAndFacilitatorsAreCheckedQuickly() throws {
        let people = HostileInputTests.people(10_000)
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p", "submitted_by": \#(people), "facilitators": \#(people)}}"#)
        try capped("\"$IGF\" check rules/bpf --data \(data) --today 2021-03-01", status: nil,
                   mentions: ["PASS   bpf.proposal.sponsors-facilitate"], within: 30)
        // One sponsor missing from the facilitators: the result is explained, and the trace stays small.
        let others = HostileInputTests.people(10_000, prefix: "other")
        let missing = try CLI.file("q.json", #"{"proposal": {"id": "p", "submitted_by": \#(others), "facilitators": \#(people)}}"#)
        try capped("\"$IGF\" check rules/bpf --data \(missing) --today 2021-03-01 --explain", status: nil,
                   mentions: ["WARN   bpf.proposal.sponsors-facilitate", "(10,000 elements checked)"], within: 30)
    }

    @Test func aListNestedFromItselfFortyTimesIsComparedShownAndExplainedInBoundedTime() throws {
        var body = "define a0 = [1, 2]\n"
        for n in 1...40 { body += "define a\(n) = [a\(n - 1), a\(n - 1)]\n" }
        body += "rule r \"R\"\n  require a40 = [a39, a39] and count(distinct([a40, [a39, a39]])) = 1\n"
        body += "rule w \"W\"\n  require count(a40) = 3\n  message \"{a40}\"\n"
        let file = try rules(body)
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p"}}"#)
        let run = try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01 --format json --explain", status: 1, within: 30)
        #expect(run.output.contains(#""rule":"t.r","title":"R","severity":"required","status":"pass""#))
        #expect(run.output.utf8.count < 4 << 20)
    }

    @Test func findingALongTextInAnotherIsLinear() throws {
        let file = try rules("rule r \"R\"\n  require proposal.kind in proposal.title\n")
        let title = String(repeating: "a", count: 1_000_000)
        let kind = String(repeating: "a", count: 50_000) + "b"
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p", "title": "\#(title)", "kind": "\#(kind)"}}"#)
        try capped("\"$IGF\" check \(file) --data \(data) --today 2021-03-01", status: 1, mentions: ["FAIL   t.r"], within: 30)
    }

    // MARK: 4. Files that are not plain files

    @Test func aFIFOThatNothingWritesToAsDataAnIncludeOrInAFolderIsRefusedWithoutBlocking() throws {
        let folder = try CLI.temporaryFolder()
        let fifo = folder + "/pipe.json"
        let fifoRules = folder + "/pipe.rules"
        #expect(mkfifo(fifo, 0o600) == 0 && mkfifo(fifoRules, 0o600) == 0)
        // Data may come from a pipe (`--data <(…)`), but one that nothing writes to ends at once.
        try capped("\"$IGF\" check rules/bpf --data \(fifo)", status: 2, mentions: ["it is a pipe (a FIFO) and nothing was written to it"], within: 20)
        try capped("\"$IGF\" check rules/bpf --each proposal=\(fifo)", status: 2, mentions: ["the records file \(fifo) holds no records"], within: 20)
        try capped("\"$IGF\" lint \(folder)", status: 2, mentions: ["pipe.rules: it is a FIFO (a named pipe), not a regular file"], within: 20)
        let including = try CLI.file("inc.rules", "include \"\(fifoRules)\"\n")
        try capped("\"$IGF\" lint \(including)", status: 2, mentions: ["it is a FIFO (a named pipe), not a regular file"], within: 20)
    }

    @Test func anIncludeOfAFileThatIsNotARuleFileIsRefusedWithoutReadingIt() throws {
        let including = try CLI.file("passwd.rules", "include \"/etc/passwd\"\n")
        try capped("\"$IGF\" lint \(including)", status: 2,
                   mentions: ["passwd.rules:1:9: error: cannot include \"/etc/passwd\": it is not a rule file (rule files end in .rules)"])
        let run = CLI.run(["lint", including])
        #expect(!run.errors.contains("root"))
    }

    @Test func aLoopOfLinksIsNamedAsSuch() throws {
        let folder = try CLI.temporaryFolder()
        #expect(symlink(folder + "/loop.json", folder + "/loop.json") == 0)
        #expect(symlink(folder + "/loop.rules", folder + "/loop.rules") == 0)
        try capped("\"$IGF\" check rules/bpf --data \(folder)/loop.json", status: 2, mentions: ["loop of symbolic links"])
        try capped("\"$IGF\" lint \(folder)/loop.rules", status: 2, mentions: ["loop of symbolic links"])
        try capped("\"$IGF\" fmt \(folder)/loop.rules", status: 2, mentions: ["loop of symbolic links"])
    }

    @Test func fmtThroughALinkFormatsTheTargetAndKeepsTheLinkAndTheMode() throws {
        let folder = try CLI.temporaryFolder()
        let target = folder + "/target.rules"
        try Data("ruleset   t   for proposal\n".utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o640) == 0)
        #expect(symlink(target, folder + "/link.rules") == 0)
        try capped("\"$IGF\" fmt \(folder)/link.rules", status: 0, mentions: ["formatted"])
        let formatted = try String(contentsOfFile: target, encoding: .utf8)
        #expect(formatted == "ruleset t for proposal\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/link.rules")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o640)
    }

    @Test func saveOntoADeviceIsRefusedAndTheDeviceStays() throws {
        let folder = try CLI.temporaryFolder()
        #expect(symlink("/dev/null", folder + "/device.json") == 0)
        let run = try capped("printf ':save \(folder)/device.json\\n:quit\\n' | \"$IGF\" repl rules --data rules/examples/proposal-gender-2021.json",
                             status: 1, mentions: ["it is a device, not a regular file"])
        #expect(!run.output.contains("saved "))
        #expect(isCharacterDevice("/dev/null"))
    }

    // MARK: 5. Text from the data reaching the terminal

    @Test func anIdWithANewLineCannotForgeAPassLineNorEscapeCodesReachTheTerminal() throws {
        let data = try CLI.file("p.json", #"{"proposal": {"id": "x\n  PASS   bpf.proposal.forged  \u001b[31mred", "title": "\u001b]0;owned\u0007T"}}"#)
        let run = try capped("\"$IGF\" check rules/bpf --data \(data) --today 2021-03-01", status: 1)
        #expect(!run.output.split(separator: "\n").contains { $0.hasPrefix("  PASS   bpf.proposal.forged") })
        #expect(run.output.contains(#"proposal x\n  PASS   bpf.proposal.forged  \u{1b}[31mred"#))
        #expect(!run.output.contains("\u{1B}") && !run.errors.contains("\u{1B}"))
        let markdown = try capped("\"$IGF\" check rules/bpf --data \(data) --today 2021-03-01 --format markdown", status: 1)
        #expect(!markdown.output.contains("\u{1B}"))
        #expect(!markdown.output.split(separator: "\n").contains { $0.hasPrefix("  PASS") })
    }

    @Test func escapeCodesInDataKeysDoNotReachTheTerminalThroughWarnings() throws {
        let data = try CLI.file("k.json", #"{"propo\u001b[31msal": {}, "proposal": {"id": "x", "ti\u001b]0;t\u0007tle": 1}}"#)
        let run = try capped("\"$IGF\" check rules/bpf --data \(data) --today 2021-03-01 --strict", status: 1,
                             mentions: [#"`propo\u{1b}[31msal` is not a data name"#, #"proposal.ti\u{1b}]0;t\u{7}tle"#])
        #expect(!run.errors.contains("\u{1B}") && !run.output.contains("\u{1B}"))
    }

    @Test func aTwentyMegabyteREPLLineIsSkippedWithAMessage() throws {
        let folder = try CLI.temporaryFolder()
        let run = try capped("{ head -c 20000000 /dev/zero | tr '\\0' 'a'; printf '\\ncount([1, 2])\\n'; } > \(folder)/in.txt; \"$IGF\" repl rules < \(folder)/in.txt",
                             status: 0, mentions: ["an input line of 20000000 bytes was skipped; a line may hold at most 1 MB", "2  (number)"], within: 30)
        #expect(run.output.utf8.count < 1 << 20)
    }

    // MARK: 6. Exit codes and messages

    @Test func repeatedSingleFlagsAreUsageErrorsNamingTheFlag() throws {
        let gender = "rules/examples/proposal-gender-2021.json"
        try capped("\"$IGF\" check rules/bpf --data \(gender) --today 2021-03-01 --today 2021-03-02", status: 2, mentions: ["`--today` is given more than once"])
        try capped("\"$IGF\" check rules/bpf --data \(gender) --format json --format text", status: 2, mentions: ["`--format` is given more than once"])
        try capped("\"$IGF\" check rules/bpf --data \(gender) --param min_facilitators=2 --param min_facilitators=3", status: 2,
                   mentions: ["`--param min_facilitators` is given more than once"])
    }

    @Test func theYearZeroIsNamedAsOutsideTheYears() throws {
        try capped("\"$IGF\" check rules/bpf --data rules/examples/proposal-gender-2021.json --today 0000-01-01", status: 2,
                   mentions: ["the years go from 0001 to 9999, so there is no year 0000"])
    }

    @Test func aMissingEachFileIsNotOneUnreadableRecord() throws {
        let run = try capped("\"$IGF\" check rules/session --each report=/nonexistent/reports.jsonl", status: 2,
                             mentions: ["cannot read the records file /nonexistent/reports.jsonl: no such file"])
        #expect(!run.errors.contains("could not be read;"))
    }

    @Test func aPrettyPrintedObjectGivenToEachIsRefusedAsOneDocument() throws {
        let data = try CLI.file("one.json", "{\n  \"id\": \"x\",\n  \"title\": \"T\"\n}\n")
        try capped("\"$IGF\" check rules/bpf --each proposal=\(data)", status: 2, mentions: ["one JSON object spread over several lines", "--data NAME="])
    }

    @Test func aBrokenFirstLineOfJSONLinesIsOneUnreadableRecordNotAPrettyPrintedObject() throws {
        let data = try CLI.file("r.jsonl", "{\"id\": \"x\"\n{\"id\": \"y\"}\n")
        let run = try capped("\"$IGF\" check rules/bpf --each proposal=\(data) --today 2021-03-01", status: 2,
                             mentions: ["1 record of \(data) could not be read; the 1 other was checked."])
        #expect(!run.errors.contains("spread over several lines"))
    }

    @Test func diffAndCompareWithNoDataAreUsageErrors() throws {
        try capped("\"$IGF\" diff rules/bpf rules/bpf", status: 2, mentions: ["no ruleset applies to the data given"])
        try capped("\"$IGF\" check rules/bpf --compare --param min_facilitators=3", status: 2, mentions: ["no ruleset applies to the data given"])
    }

    // MARK: Determinism

    @Test func everyFormatIsByteIdenticalAcrossRuns() throws {
        let people = HostileInputTests.people(300)
        let data = try CLI.file("p.json", #"{"proposal": {"id": "p", "submitted_by": \#(people), "facilitators": \#(people.replacingOccurrences(of: "person 7\"", with: "person 7b\""))}}"#)
        let batch = "rules/session --each report=rules/examples/reports-2020.jsonl --data calendar=rules/examples/calendar-2020.json --today 2020-12-15"
        for command in ["check \(batch)", "check rules/bpf --data \(data) --today 2021-03-01 --explain"] {
            for format in ["text", "json", "markdown"] {
                let first = try capped("\"$IGF\" \(command) --format \(format)", status: nil)
                let second = try capped("\"$IGF\" \(command) --format \(format)", status: nil)
                #expect(first.output == second.output && !first.output.isEmpty, "\(command) --format \(format)")
            }
        }
    }

    @Test func lintCountsTheErrorsOfTestsItPrints() throws {
        let file = try rules("rule r \"R\"\n  require proposal.title is not empty\n\ntest \"T\"\n  given \"nowhere.json\"\n  expect t.r pass\n")
        try capped("\"$IGF\" lint \(file)", status: 2, mentions: ["this test does not say which day", "nowhere.json: no such file", "2 errors"])
    }

    @Test func fmtDoesNotSayFormattedWhenTheWriteFailed() throws {
        let file = try CLI.file("messy.rules", "ruleset   t   for proposal\n")
        // A file-size limit of 0 makes every write of the new text fail (the signal it would send is ignored).
        let run = try capped("{ trap '' XFSZ; ulimit -f 0; \"$IGF\" fmt \(file); echo \"status=$?\"; } 2>&1 | cat", status: 0,
                             mentions: ["cannot write \(file)", "it was left unchanged", "status=2"])
        #expect(!run.output.contains("formatted"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "ruleset   t   for proposal\n")
    }

    @Test func aBadZoneOffsetIsNamedAsTheZone() throws {
        let data = try CLI.file("r.json", #"{"report": {"id": "r", "ended_at": "2020-11-10T10:00:00+19:00"}}"#)
        try capped("\"$IGF\" check rules/session --data \(data) --today 2020-12-15", status: nil, mentions: ["zone offset must be from -18:00 to +18:00"])
    }

    @Test func aRuleFileWithCarriageReturnLineEndsIsNamedAsSuch() throws {
        let file = try CLI.file("cr.rules", "ruleset t for proposal\rrule r \"R\"\r  require 1 = 1\r")
        try capped("\"$IGF\" lint \(file)", status: 2, mentions: ["carriage return alone"])
    }

    @Test func saveTakesTheWholeRestOfTheLineOrAQuotedName() throws {
        let folder = try CLI.temporaryFolder()
        try capped("printf ':save \(folder)/out with space.json\\n:save \"\(folder)/q.json\"\\n:quit\\n' | \"$IGF\" repl rules --data rules/examples/proposal-gender-2021.json",
                   status: 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/out with space.json"))
        #expect(FileManager.default.fileExists(atPath: folder + "/q.json"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }
}

/// Whether a path is still a character device (the device a refused `:save` must not replace).
func isCharacterDevice(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR
}
