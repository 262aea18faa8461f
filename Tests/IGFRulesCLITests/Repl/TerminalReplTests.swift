import Foundation
import Testing

/// The REPL on a real terminal (tmux): line editing, history, Tab completion, Ctrl-R, the redraw
/// of inputs over several lines, Ctrl-C and Ctrl-D. Skipped where
/// tmux is not installed.
let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite(.serialized) struct TerminalReplTests {
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        String(decoding: try Subprocess.run(tmuxPath!, arguments, timeLimit: 30).output, as: UTF8.self)
    }

    /// Polls the pane until `text` appears (or 60 seconds pass); returns the pane. The wait is long
    /// because a debug build on a loaded machine can take many seconds to start the REPL; a pass
    /// returns as soon as the text shows.
    func waitFor(_ text: String, in session: String) throws -> String {
        var pane = ""
        for _ in 0..<600 {
            pane = try tmux(["capture-pane", "-p", "-t", session])
            if pane.contains(text) { return pane }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return pane
    }

    @Test(.enabled(if: tmuxPath != nil)) func editsLinesRecallsHistoryCancelsAndExits() throws {
        let data = try CLI.file("a.json", ReplTests.activity)
        let history = try CLI.temporaryFolder() + "/history"
        let session = "igfrules-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let command = "cd \(CLI.root) && IGFRULES_HISTORY=\(history) \(CLI.executable) repl rules --data \(data) --today 2021-02-01; echo EXITED-$?; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "40", command])
        defer { _ = try? tmux(["kill-session", "-t", session]) }

        #expect(try waitFor("Type :help for help.", in: session).contains("igfrules>"))
        try tmux(["send-keys", "-t", session, "count(activity.meetings)", "Enter"])
        #expect(try waitFor("3  (number)", in: session).contains("3  (number)"))

        // Edit in the middle of a line: type "2 * 3", go to the start, insert "10 + ".
        try tmux(["send-keys", "-t", session, "2 * 3", "Home", "10 + ", "Enter"])
        #expect(try waitFor("16  (number)", in: session).contains("16  (number)"))

        // Up recalls the last input; Left and Backspace edit it.
        try tmux(["send-keys", "-t", session, "Up", "BSpace", "4", "Enter"])
        #expect(try waitFor("18  (number)", in: session).contains("18  (number)"))

        // Ctrl-C cancels the current input, and the session goes on.
        try tmux(["send-keys", "-t", session, "this is not finished", "C-c"])
        #expect(try waitFor("^C", in: session).contains("^C"))
        try tmux(["send-keys", "-t", session, "1 + 1", "Enter"])
        #expect(try waitFor("2  (number)", in: session).contains("2  (number)"))

        // Ctrl-D on an empty line leaves.
        try tmux(["send-keys", "-t", session, "C-d"])
        #expect(try waitFor("EXITED-0", in: session).contains("EXITED-0"))
        let kept = try String(contentsOfFile: history, encoding: .utf8)
        #expect(kept == "count(activity.meetings)\n10 + 2 * 3\n10 + 2 * 4\n1 + 1\n")
    }

    @Test(.enabled(if: tmuxPath != nil)) func completesWithTabSearchesWithCtrlRAndRedrawsARecalledMultiLineInput() throws {
        let data = try CLI.file("a.json", ReplTests.activity)
        let history = try CLI.temporaryFolder() + "/history"
        try "1 + 1\nrule bpf.timeline.milestones \"M\"\\n  require count(activity.meetings) >= 3\n".write(toFile: history, atomically: true, encoding: .utf8)
        let session = "igfrules-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let command = "cd \(CLI.root) && IGFRULES_HISTORY=\(history) \(CLI.executable) repl rules --data \(data) --today 2021-02-01; echo EXITED-$?; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "40", command])
        defer { _ = try? tmux(["kill-session", "-t", session]) }
        #expect(try waitFor("Type :help for help.", in: session).contains("igfrules>"))

        // Tab completes a field path from the schema, and a :command.
        try tmux(["send-keys", "-t", session, "count(activity.meet", "Tab", ")", "Enter"])
        #expect(try waitFor("3  (number)", in: session).contains("igfrules> count(activity.meetings)"))
        try tmux(["send-keys", "-t", session, ":para", "Tab", "Enter"])
        #expect(try waitFor("min_open_meetings = 3", in: session).contains("igfrules> :params"))

        // Ctrl-R finds the rule of two lines typed in an earlier session; Enter runs it whole.
        try tmux(["send-keys", "-t", session, "C-r", "timeline.mile"])
        #expect(try waitFor("reverse-i-search)`timeline.mile'", in: session).contains("require count(activity.meetings) >= 3"))
        try tmux(["send-keys", "-t", session, "Enter"])
        let ran = try waitFor("rule bpf.timeline.milestones replaced", in: session)
        #expect(ran.contains("→ no outcome changed"))
        // Leaving the search draws the input again under the prompt, with nothing of the search left.
        #expect(ran.contains("igfrules> rule bpf.timeline.milestones \"M\"\n     ...>   require count(activity.meetings) >= 3\n"))

        // Up recalls it; editing its second line redraws both lines cleanly.
        try tmux(["send-keys", "-t", session, "Up", "BSpace", "4", "Enter"])
        let pane = try waitFor("require count(activity.meetings) >= 4", in: session)
        #expect(pane.contains("igfrules> rule bpf.timeline.milestones \"M\"\n     ...>   require count(activity.meetings) >= 4\n"))
        #expect(try waitFor("→ 1 outcome changed (bpf.timeline.milestones: pass → fail)", in: session).contains("pass → fail"))

        try tmux(["send-keys", "-t", session, "C-d"])
        #expect(try waitFor("EXITED-0", in: session).contains("EXITED-0"))
    }

    @Test(.enabled(if: tmuxPath != nil)) func aHundredKilobytePasteIsShownAtOnce() throws {
        let data = try CLI.file("a.json", ReplTests.activity)
        let paste = "count([" + String(repeating: "1, ", count: 34_000) + "1])\n"
        let pasted = try CLI.file("paste.txt", paste)
        #expect(paste.utf8.count > 100_000)
        let session = "igfrules-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let command = "cd \(CLI.root) && IGFRULES_HISTORY= \(CLI.executable) repl rules --data \(data) --today 2021-02-01; echo EXITED-$?; sleep 30"
        try tmux(["new-session", "-d", "-s", session, "-x", "160", "-y", "40", command])
        defer { _ = try? tmux(["kill-session", "-t", session]) }
        #expect(try waitFor("Type :help for help.", in: session).contains("igfrules>"))
        let started = Date()
        try tmux(["load-buffer", pasted])
        try tmux(["paste-buffer", "-t", session])
        #expect(try waitFor("34001  (number)", in: session).contains("34001  (number)"))
        // Redrawing the whole line on every key took minutes for a paste of this size.
        #expect(Date().timeIntervalSince(started) < 10)
        try tmux(["send-keys", "-t", session, "C-d"])
        #expect(try waitFor("EXITED-0", in: session).contains("EXITED-0"))
    }
}
