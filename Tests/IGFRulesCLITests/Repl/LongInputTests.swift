import Foundation
@testable import IGFRulesCLI
import Testing

/// An input longer than the REPL's 200 lines ends at line 200, says so once, and the rest of
/// it is skipped instead of being read as inputs of its own.
@Suite struct LongInputTests {
    /// A rule of `count` lines: its head, then `count - 1` indented `message when` lines.
    static func longRule(_ count: Int) -> [String] {
        ["rule long \"A long rule\""] + (1..<count).map { "  message when \($0) > 0 \"line \($0)\"" }
    }

    @Test func anInputReachingTheLimitIsCutAndItsRestIsSkipped() {
        var assembler = InputAssembler()
        var completed: [InputAssembler.Input] = []
        for line in LongInputTests.longRule(302) + ["", "count([1])"] { completed += assembler.add(line) }
        #expect(completed.count == 2)
        #expect(completed.first?.cut == true)
        #expect(completed.first?.text.split(separator: "\n").count == InputAssembler.maximumLines)
        #expect(completed.last == InputAssembler.Input("count([1])"))
    }

    @Test func anUnindentedLineAfterACutDeclarationStartsTheNextInput() {
        var assembler = InputAssembler()
        var completed: [InputAssembler.Input] = []
        for line in LongInputTests.longRule(250) + ["count([1, 2])"] { completed += assembler.add(line) }
        #expect(completed.map(\.cut) == [true, false])
        #expect(completed.last?.text == "count([1, 2])")
    }

    @Test func anInputOfExactlyTheLimitIsNotCut() {
        var assembler = InputAssembler()
        var completed: [InputAssembler.Input] = []
        for line in LongInputTests.longRule(InputAssembler.maximumLines) + [""] { completed += assembler.add(line) }
        #expect(completed.map(\.cut) == [false])
    }

    @Test func anOpenBracketCutIsSkippedUpToTheNextEmptyLine() {
        var assembler = InputAssembler()
        var completed: [InputAssembler.Input] = []
        let lines = ["count(["] + (1...300).map { "\($0)," } + ["])", "", "1 + 1"]
        for line in lines { completed += assembler.add(line) }
        #expect(completed.map(\.cut) == [true, false])
        #expect(completed.last?.text == "1 + 1")
    }

    @Test func theReplSaysOnceThatALongInputWasCutAndReadsOnAfterIt() throws {
        let stdin = (LongInputTests.longRule(302) + ["", "1 + 1", ":quit"]).joined(separator: "\n") + "\n"
        let (run, signalled) = try CLI.execute(["repl", "rules/bpf", "--today", "2021-03-01"],
                                               environment: ["NO_COLOR": "1", "IGFRULES_HISTORY": ""], stdin: stdin)
        #expect(!signalled)
        let notice = "warning: this input is longer than 200 lines; it ended at line 200 and the rest of it was skipped"
        #expect(run.output.components(separatedBy: notice).count == 2)
        // The skipped lines are not read as inputs of their own: no error for each of them.
        #expect(!run.output.contains("found `message`"))
        #expect(run.output.contains("igfrules> 1 + 1\n2  (number)\n"))
    }

    @Test func aScenarioNamesTheFileAndLineOfALongInput() throws {
        let script = try CLI.file("long.txt", (["1 + 1"] + LongInputTests.longRule(230) + ["", "2 + 2"]).joined(separator: "\n") + "\n")
        let inputs = ScenarioReplay.split(try String(contentsOfFile: script, encoding: .utf8))
        #expect(inputs.map(\.line) == [1, 2, 233])
        #expect(inputs.map(\.cut) == [false, true, false])
    }
}
