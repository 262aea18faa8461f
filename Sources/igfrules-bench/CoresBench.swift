import Foundation
import IGFRules

// igfrules-bench --cores PROPOSALS.jsonl CALENDAR.json [RECORDS=2000] [ROUNDS=9]
//
// Whether two threads each run as fast as one alone, on this machine: the same work on one thread,
// then on two at once (each its own copy of the work), in alternating rounds; prints the medians
// and their ratio (1.00: the second core is free). Measured for the 14 bpf rules over decoded
// records (evaluation and explanations) and, as a control that reads no engine code at all, for a
// loop that only allocates and frees small arrays. When the control slows on two threads as much
// as the engine does, the cost is the machine's (shared core resources), not the engine's.

/// The medians of `rounds` rounds of `body` on one thread and on two threads at once, in µs.
func oneAgainstTwo(rounds: Int, _ body: @escaping @Sendable () -> Int) -> (one: Double, two: Double) {
    var one: [Double] = [], two: [Double] = []
    for _ in 0..<rounds {
        var start = DispatchTime.now().uptimeNanoseconds
        _ = body()
        one.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: 2) { _ in _ = body() }
        two.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    return (one.sorted()[rounds / 2], two.sorted()[rounds / 2])
}

/// Where `allocations` keeps its last array, so that no allocation can be left out.
final class KeptArray: @unchecked Sendable {
    var array: [Int] = []
}

/// A loop of small allocations, as the engine makes them, and nothing else.
@inline(never) func allocations(_ count: Int) -> Int {
    let kept = KeptArray()
    for index in 0..<count { kept.array = [index, index &+ 1, index &+ 2] }
    return kept.array.count
}

/// Runs the `--cores` measurement and prints it.
func runCoresBenchmark(_ arguments: [String]) {
    guard arguments.count >= 3 else { fail("usage: igfrules-bench --cores PROPOSALS.jsonl CALENDAR.json [RECORDS] [ROUNDS]") }
    let limit = arguments.count > 3 ? Int(arguments[3]) ?? 2000 : 2000
    let rounds = max(1, arguments.count > 4 ? Int(arguments[4]) ?? 9 : 9)
    guard let program = RuleLoader.load(["rules/bpf"]).0, let slot = program.dataSlot(named: "proposal") else { fail("rules/bpf does not load") }
    guard let text = FileManager.default.contents(atPath: arguments[1]) else { fail("cannot read \(arguments[1])") }
    var base = DataBindings(program: program)
    guard case .success(let calendar) = DataFile.read(arguments[2]) else { fail("cannot read \(arguments[2])") }
    base.bind("calendar", to: calendar)
    let today = CivilDate(parsing: "2021-03-01")!
    let records = text.split(separator: UInt8(ascii: "\n")).prefix(limit).map { line -> [Value] in
        guard case .success(let (value, _)) = base.read(line: Array(line), number: 1, path: arguments[1], slot: slot, strict: false, today: today)
        else { fail("a record is not JSON") }
        var values = base.values
        values[slot] = value
        return values
    }
    let runner = RuleRunner(program: program, today: today)
    let engine = oneAgainstTwo(rounds: rounds) { records.reduce(0) { $0 &+ runner.check(data: $1).count } }
    let control = oneAgainstTwo(rounds: rounds) { allocations(2_000_000) }
    print("one thread against two at once, median of \(rounds) rounds (1.00: the second core is free)")
    for (label, times) in [("evaluate \(records.count) records, explained", engine), ("control: 2,000,000 small allocations", control)] {
        let (one, two) = times
        print("\(label.padding(toLength: 40, withPad: " ", startingAt: 0)) one \(String(format: "%9.0f", one)) µs, two \(String(format: "%9.0f", two)) µs, ratio \(String(format: "%.2f", two / one))")
    }
}
