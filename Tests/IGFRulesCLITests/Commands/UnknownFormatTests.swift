import Testing

/// Every command words an unknown `--format` the same way: the format, the closest one when
/// there is one, and the formats the command writes.
@Suite struct UnknownFormatTests {
    static let gender = "rules/examples/proposal-gender-2021.json"

    @Test(arguments: [
        (["check", "rules/bpf", "--data", gender], "check", "text, json, markdown, html, junit"),
        (["check", "rules/bpf", "--data", gender, "--compare", "--param", "min_facilitators=3"], "check --compare", "text, json, markdown"),
        (["score", "rules/", "--data", gender], "score", "text, json, csv, markdown, html"),
        (["timeline", "rules/", "--data", gender], "timeline", "text, json, ics, html"),
        (["lint", "rules/"], "lint", "text, json"),
        (["test", "rules/"], "test", "text, junit"),
        (["coverage", "rules/"], "coverage", "text, json"),
        (["schema", "rules/"], "schema", "text, json-schema"),
        (["diff", "rules/", "rules/", "--data", gender], "diff", "text, json, markdown"),
    ])
    func anUnknownFormatNamesTheFormatsTheCommandWrites(_ arguments: [String], _ command: String, _ formats: String) {
        let run = CLI.run(arguments + ["--format", "yaml"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: unknown format `yaml` (\(command) writes \(formats))\n"), "\(run.errors)")
    }

    @Test func aMisspeltFormatIsGivenTheClosestOne() {
        let run = CLI.run(["coverage", "rules/", "--format", "jsno"])
        #expect(run.errors.hasPrefix("Error: unknown format `jsno`; did you mean `json`? (coverage writes text, json)\n"), "\(run.errors)")
    }
}
