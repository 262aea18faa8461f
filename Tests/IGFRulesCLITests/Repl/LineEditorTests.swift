import Foundation
@testable import IGFRulesCLI
import Testing

/// The terminal line editor, fed keys and watched through a small terminal emulator.
@Suite struct LineEditorTests {
    /// An editor reading `chunks` (each as one read from the terminal) and writing to `screen`.
    final class Harness {
        var chunks: [[UInt8]]
        var written = 0
        /// How much had been written each time the editor asked for the next chunk.
        var writtenAtFetch: [Int] = []
        var screen: TerminalScreen
        var editor: LineEditor!

        init(_ chunks: [String], history: [String] = [], width: Int = 40, completer: LineEditor.Completer? = nil) {
            self.chunks = chunks.map { Array($0.utf8) }
            screen = TerminalScreen(width: width)
            editor = LineEditor(history: history, continuation: "...> ", output: { [unowned self] text in
                self.written += text.utf8.count
                self.screen.feed(text)
            }, input: { [unowned self] in
                self.writtenAtFetch.append(self.written)
                return self.chunks.isEmpty ? nil : self.chunks.removeFirst()
            }, width: { width })
            editor.completer = completer
        }

        func read() -> LineEditor.Line { editor.edit(prompt: "> ") }
    }

    @Test func aHundredKilobytePasteIsWrittenOnceAndQuickly() {
        let paste = String(repeating: "count(proposal.facilitators) + ", count: 3_300)
        let chunks = stride(from: 0, to: paste.utf8.count, by: 4096).map { start in
            String(decoding: Array(paste.utf8)[start..<min(start + 4096, paste.utf8.count)], as: UTF8.self)
        } + ["\r"]
        let harness = Harness(chunks, width: 120)
        let started = Date()
        #expect(harness.read() == .text(paste))
        #expect(Date().timeIntervalSince(started) < 5)
        // The paste (over 100 KB) reaches the terminal once, with a little for moves and the prompt.
        #expect(paste.utf8.count > 100_000)
        #expect(harness.written < paste.utf8.count + 2_000)
    }

    @Test func typingAtTheEndWritesOnlyTheNewCharacter() {
        let harness = Harness(["a", "b", "c", "\r"])
        _ = harness.read()
        // "> " and the three characters, then the new line: nothing is drawn twice.
        #expect(harness.written == 2 + 3 + 2)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        // The word is "facilitators" (with the ")" after it); "proposal." stays.
        let harness = Harness(["count(proposal.facilitators)", "\u{17}", "reviewers)", "\r"])
        #expect(harness.read() == .text("count(proposal.reviewers)"))
        #expect(harness.screen.lines[0] == "> count(proposal.reviewers)")
    }

    @Test func altBAndAltFMoveByWords() {
        // Alt-B twice lands before "b"; typing there, then Alt-F to after "b", then typing.
        let harness = Harness(["a bb cc", "\u{1B}b", "\u{1B}b", "X", "\u{1B}f", "Y", "\r"])
        #expect(harness.read() == .text("a XbbY cc"))
    }

    @Test func tabCompletesTheWordAndListsChoicesWhenSeveralFit() {
        let completer: LineEditor.Completer = { text, cursor in
            let start = text.prefix(cursor).lastIndex(of: " ").map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 0
            let word = String(Array(text)[start..<cursor])
            return (start, ["proposal.facilitators", "proposal.facts", "proposal.kind"].filter { $0.hasPrefix(word) })
        }
        let harness = Harness(["count(x) + proposal.k", "\t", " + proposal.fa", "\t", "\t", "\r"], width: 60, completer: completer)
        #expect(harness.read() == .text("count(x) + proposal.kind + proposal.fac"))
        // The second Tab found two choices with nothing more in common: they are listed, and the line drawn again below.
        let lines = harness.screen.lines.filter { !$0.isEmpty }
        #expect(lines.contains { $0.contains("proposal.facilitators") && $0.contains("proposal.facts") })
        #expect(lines.last == "> count(x) + proposal.kind + proposal.fac")
    }

    @Test func ctrlRFindsEarlierInputsAndEnterRunsTheMatch() {
        let history = ["count(activity.meetings)", "set calendar.year = 2021", "count(proposal.facilitators)"]
        let harness = Harness(["\u{12}", "count", "\u{12}", "\r"], history: history)
        #expect(harness.read() == .text("count(activity.meetings)"))
    }

    @Test func ctrlRShowsTheSearchAndAnotherKeyEditsTheMatch() {
        let harness = Harness(["\u{12}", "year", "\u{1B}[D", "!", "\r"], history: ["set calendar.year = 2021", "1 + 1"])
        #expect(harness.read() == .text("set calendar.year = 202!1"))
        let failing = Harness(["\u{12}", "zzz"], history: ["1 + 1"])
        _ = failing.read()
        #expect(failing.screen.lines[0] == "(failing reverse-i-search)`zzz':")
    }

    @Test func aRecalledMultiLineInputIsRedrawnCleanlyWhenEdited() {
        let rule = "rule x \"X\"\n  require count(activity.meetings) >= 3"
        let harness = Harness(["1 + 1", "\u{1B}[A", "\u{7F}", "4", "\r"], history: [rule])
        #expect(harness.read() == .text("rule x \"X\"\n  require count(activity.meetings) >= 4"))
        // 40 columns: the long second line wraps; nothing of "1 + 1" or of the old text is left.
        #expect(harness.screen.lines.filter { !$0.isEmpty } == [
            "> rule x \"X\"",
            "...>   require count(activity.meetings)",
            ">= 4",
        ])
    }

    @Test func linesThatFillTheWidthExactlyWrapWithoutLosingTheCursor() {
        // Width 10: "> " and 8 characters fill the first row; the next character starts the second.
        let harness = Harness(["12345678", "9", "\u{1B}[D", "\u{1B}[D", "x", "\r"], width: 10)
        #expect(harness.read() == .text("1234567x89"))
        #expect(harness.screen.lines.filter { !$0.isEmpty } == ["> 1234567x", "89"])
    }

    @Test func leavingTheSearchRedrawsTheLineUnderTheNormalPrompt() {
        let rule = "rule x \"A much longer first line\"\n  require 1 = 1"
        let harness = Harness(["\u{12}", "longer", "\r"], history: [rule], width: 80)
        #expect(harness.read() == .text(rule))
        #expect(harness.screen.lines.filter { !$0.isEmpty } == ["> rule x \"A much longer first line\"", "...>   require 1 = 1"])
    }

    @Test func aNewLineRightAfterAFullRowStartsTheNextRowOnce() {
        // Width 10: "> " and 8 characters fill the first row exactly; the second line follows on the next row.
        let harness = Harness(["1", "\u{1B}[A", "\r"], history: ["12345678\nab"], width: 10)
        #expect(harness.read() == .text("12345678\nab"))
        #expect(harness.screen.lines.filter { !$0.isEmpty } == ["> 12345678", "...> ab"])
    }

    @Test func editingInTheMiddleOfALongInputRewritesOnlyFromTheChange() {
        let long = String(repeating: "x", count: 5_000)
        let harness = Harness([long, "\u{1B}[D", "\u{1B}[D", "y", "\r"], width: 80)
        #expect(harness.read() == .text(String(repeating: "x", count: 4_998) + "yxx"))
        // Typing "y" two characters from the end writes "yxx" and a move back: not the 5,000 before it.
        let typed = harness.writtenAtFetch[4] - harness.writtenAtFetch[3]
        #expect(typed > 0 && typed < 20)
    }
}
