import Foundation
import Testing

/// The same input gives byte-identical output in two separate processes: no hash order, no
/// clock and no address leaks into what `igfrules` writes.
@Suite(.serialized) struct DeterminismTests {
    static let batch = ["check", "rules/session", "--each", "report=rules/examples/reports-2020.jsonl",
                        "--data", "calendar=rules/examples/calendar-2020.json", "--today", "2020-12-15"]

    static let commands: [[String]] = ["text", "json", "markdown"].map { batch + ["--format", $0] } + [
        ["check", "rules/bpf", "--data", "rules/examples/proposal-rushed-2021.json", "--today", "2021-03-01", "--explain"],
        ["explain", "bpf.proposal.facilitators", "rules/"],
        ["coverage", "rules/"],
        ["lint", "rules/"],
    ]

    @Test(arguments: commands)
    func twoProcessesWriteTheSameBytes(_ arguments: [String]) throws {
        let (first, _) = try CLI.execute(arguments)
        let (second, _) = try CLI.execute(arguments)
        #expect(!first.output.isEmpty || !first.errors.isEmpty, "\(arguments) wrote nothing")
        #expect(first.status == second.status)
        #expect(first.output == second.output, "\(arguments): standard output differs between runs")
        #expect(first.errors == second.errors, "\(arguments): standard error differs between runs")
    }
}
