import Testing

/// `:why` shows a rule's title with the session's parameter values, as `:check` and
/// `check --param` do: after `param min_open_meetings = 4` the title says 4, not the default 3.
@Suite struct ReplWhyTitleTests {
    @Test func whyShowsTheTitleWithTheChangedParameter() {
        let run = CLI.run(["repl", "rules", "--data", "rules/examples/activity-bpf-data-2021.json", "--today", "2022-01-31"],
                          environment: ["IGFRULES_HISTORY": ""],
                          input: ["param min_open_meetings = 4", ":why bpf.functioning.open-meetings", ":quit"])
        #expect(run.output.contains("bpf.functioning.open-meetings: FAIL  At least 4 open virtual meetings were held\n"), "\(run.output)")
    }
}
