import Foundation
import IGFRules

// igfrules-bench --diff RULES REPORTS.jsonl CALENDAR.json [RUNS=21]
//
// The REPL's `:diff` after a `set`: the rules evaluated over every record of a batch (the 36
// session reports of rules/examples), then one `set` in every record, then the outcomes again,
// compared with the ones before. Prints the full evaluation of the batch (what each side of a
// comparison cost before) and the evaluation again of only the rules the change can affect, with
// the comparison: each the median of RUNS runs.

/// Runs the `:diff` measurement and prints it.
func runDiffBenchmark(_ arguments: [String]) {
    guard arguments.count >= 4 else { fail("usage: igfrules-bench --diff RULES REPORTS.jsonl CALENDAR.json [RUNS]") }
    let runs = max(1, arguments.count > 4 ? Int(arguments[4]) ?? 21 : 21)
    guard let program = RuleLoader.load([arguments[1]]).0 else { fail("the rules in \(arguments[1]) do not load") }
    guard let slot = program.dataSlot(named: "report") else { fail("the rules have no data name `report`") }
    guard let text = FileManager.default.contents(atPath: arguments[2]) else { fail("cannot read \(arguments[2])") }
    var base = DataBindings(program: program)
    guard case .success(let calendar) = DataFile.read(arguments[3]) else { fail("cannot read \(arguments[3])") }
    base.bind("calendar", to: calendar)
    let records = text.split(separator: UInt8(ascii: "\n")).map { line -> [Value] in
        var reader = JSONReader(bytes: Array(line))
        guard let value = try? reader.readDocument() else { fail("a report is not JSON") }
        var values = base.values
        values[slot] = base.conformed(value, slot: slot)
        return values
    }
    let runner = RuleRunner(program: program, today: CivilDate(parsing: "2020-12-01")!)
    let path = DataPath(root: "report", steps: [.field("short_report_submitted_at")])
    guard case .success(let instant) = DateTime.parse("2020-11-03T13:00:00Z") else { fail("not a date-time") }
    let changed = records.map { values -> [Value] in
        var bindings = base
        bindings.restore(values)
        try? bindings.set(path, to: .dateTime(instant))
        return bindings.values
    }
    func all(_ batch: [[Value]]) -> [[SubjectResult]] {
        batch.enumerated().map { runner.check(data: $1, position: $0 + 1, only: ["report"]) }
    }
    let before = all(records)
    var blackHole = 0
    let full = median(runs) { blackHole &+= all(changed).count }
    let incremental = median(runs) {
        let affected = runner.affected(by: [path])
        for (index, values) in changed.enumerated() {
            let after = runner.check(data: values, position: index + 1, only: ["report"], previous: before[index], affected: affected)
            blackHole &+= Workspace.compare(before: before[index], after: after).count
        }
    }
    let same = zip(all(changed), changed.indices).allSatisfy { results, index in
        let again = runner.check(data: changed[index], position: index + 1, only: ["report"], previous: before[index], affected: runner.affected(by: [path]))
        return results.map { $0.results.map(\.outcome.name) } == again.map { $0.results.map(\.outcome.name) }
    }
    guard same else { fail("the rules evaluated again give other outcomes than a full evaluation") }
    print("`:diff` after `set \(path) = …` in \(records.count) records (rules: \(arguments[1]), \(program.rules.count) rules)")
    print(String(format: "  every rule evaluated again            %8.1f µs", full))
    print(String(format: "  only the rules the change can affect  %8.1f µs (with the comparison)", incremental))
    if blackHole == 42 { print("") }
}

/// The median duration of `runs` runs of `body`, in microseconds (main.swift and the `--diff` mode).
func median(_ runs: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var samples: [Double] = []
    for _ in 0..<runs {
        let elapsed = clock.measure(body)
        samples.append(Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
    }
    return samples.sorted()[samples.count / 2]
}
