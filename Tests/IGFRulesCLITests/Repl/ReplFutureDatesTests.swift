import Testing

/// The REPL warns of past events dated after today and periods that end before they start, in
/// `check`'s words: for data given with `--data` (on the error stream, as `check` does), loaded with `:data`, or written by `set`.
@Suite struct ReplFutureDatesTests {
    static let file = "rules/examples/activity-bpf-data-2021.json"
    static let warnings = [
        "activity.draft_output.published: 2021-10-29 is after today (2021-09-01): is the date right, or --today?",
        "activity.final_output.published: 2022-01-21 is after today (2021-09-01): is the date right, or --today?",
        "activity.milestones[2].done: 2021-10-29 is after today (2021-09-01): is the date right, or --today?",
    ].map { "warning: \(file): \($0)\n" }.joined()

    @Test func dataGivenWithDataIsWarnedOfOnTheErrorStream() {
        let run = CLI.run(["repl", "rules", "--data", Self.file, "--today", "2021-09-01"], environment: ["IGFRULES_HISTORY": ""],
                          input: [":quit"])
        #expect(run.errors == Self.warnings, "\(run.errors)")
    }

    @Test func dataLoadedWithTheDataCommandIsWarnedOf() {
        let run = CLI.run(["repl", "rules", "--today", "2021-09-01"], environment: ["IGFRULES_HISTORY": ""],
                          input: [":data " + Self.file, ":quit"])
        #expect(run.output.contains("this is the new baseline for :diff\n" + Self.warnings), "\(run.output)")
    }

    /// The session's output after `set`ting `path` to `value` in the in-progress example data, then
    /// another field; the warning must follow the set's confirmation, and appear once.
    func expectASet(_ path: String, to value: String, warns warning: String) {
        let run = CLI.run(["repl", "rules", "--data", "rules/examples/activity-bpf-data-2021-inprogress.json", "--today", "2021-09-01"],
                          environment: ["IGFRULES_HISTORY": ""],
                          input: ["set \(path) = \(value)", "set activity.id = \"x\"", ":quit"])
        #expect(run.output.contains("\(path) = \(value)\n" + warning), "\(run.output)")
        #expect(run.output.components(separatedBy: warning).count == 2, "\(run.output)")
    }

    @Test func aSetThatWritesAFutureDateIsWarnedOfOnce() {
        expectASet("activity.draft_output.published", to: "2030-01-01",
                   warns: "warning: activity.draft_output.published: 2030-01-01 is after today (2021-09-01): is the date right, or --today?\n")
    }

    @Test func aDateBeforeTodayIsNotWarnedOf() {
        let run = CLI.run(["repl", "rules", "--data", "rules/examples/activity-bpf-data-2021-inprogress.json", "--today", "2021-09-01"],
                          environment: ["IGFRULES_HISTORY": ""], input: ["set activity.draft_output.published = 2021-08-01", ":quit"])
        #expect(!run.output.contains("warning:"), "\(run.output)")
    }

    @Test func aSetThatReversesAPeriodIsWarnedOfOnce() {
        expectASet("calendar.annual_meeting.start", to: "2021-12-16",
                   warns: "warning: calendar.annual_meeting: ends on 2021-12-10, before it starts on 2021-12-16: is one of the dates wrong?\n")
    }
}
