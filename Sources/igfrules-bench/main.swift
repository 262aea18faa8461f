import Foundation
import IGFRules

// igfrules-bench: in-process costs of the engine, each the median of several runs.
//
//   igfrules-bench PROPOSALS.jsonl CALENDAR.json [RECORDS=2000] [RUNS=7] [RULES=rules]
//   igfrules-bench --diff RULES REPORTS.jsonl CALENDAR.json [RUNS=21]   (see DiffBench.swift)
//   igfrules-bench --cores PROPOSALS.jsonl CALENDAR.json [RECORDS=2000] [ROUNDS=9]   (CoresBench.swift)
//
// Prints the library load time, the decode cost per record (JSON to values, conformed to the
// schema, validated), the evaluation cost per record (the 14 bpf rules with explanations for
// every non-pass, data already decoded) and the rendering cost per record in each format.
// Built in release by scripts/bench.sh; no timing is asserted anywhere in `swift test`.

let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "--diff" {
    runDiffBenchmark(Array(arguments.dropFirst()))
    exit(0)
}
if arguments.count > 1, arguments[1] == "--cores" {
    runCoresBenchmark(Array(arguments.dropFirst()))
    exit(0)
}
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: igfrules-bench PROPOSALS.jsonl CALENDAR.json [RECORDS] [RUNS] [RULES]\n".utf8))
    exit(2)
}
let recordLimit = arguments.count > 3 ? Int(arguments[3]) ?? 2000 : 2000
let runs = max(1, arguments.count > 4 ? Int(arguments[4]) ?? 7 : 7)
let rulesFolder = arguments.count > 5 ? arguments[5] : "rules"

/// The median duration of this run's `runs` runs of `body`, in microseconds.
func median(_ body: () -> Void) -> Double { median(runs, body) }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func report(_ label: String, _ microseconds: Double, per count: Int? = nil) {
    let total = String(format: "%10.1f µs", microseconds)
    if let count {
        print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.2f", microseconds / Double(count))) µs/record  (\(total) for \(count))")
    } else {
        print("\(label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%8.2f", microseconds / 1000)) ms")
    }
}

/// A rule file of `count` rules over the library's schema, written to a temporary file.
func generatedRules(_ count: Int) -> String {
    let schema = FileManager.default.currentDirectoryPath + "/\(rulesFolder)/schema.rules"
    var text = "include \"\(schema)\"\n\nruleset generated.proposal \"Generated\" for proposal\n\nparam least = 2\n\n"
    for index in 0..<count {
        text += "rule r\(index) \"Generated rule \(index)\"\n"
        text += index % 2 == 0 ? "  require count(f in proposal.facilitators where f.name is not empty) >= least\n\n"
            : "  require proposal.submitted < calendar.first_mag_meeting + \(index % 30) days\n\n"
    }
    let path = NSTemporaryDirectory() + "igfrules-bench-\(getpid()).rules"
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
    return path
}

/// Runs every measurement and prints it.
func runBenchmark() {
    var blackHole = 0

    report("load and check \(rulesFolder)/", median { blackHole &+= RuleLoader.load([rulesFolder]).0?.rules.count ?? 0 })
    let generated = generatedRules(10_000)
    report("load and check 10,000 rules", median { blackHole &+= RuleLoader.load([generated]).0?.rules.count ?? 0 })
    guard RuleLoader.load([generated]).0?.rules.count == 10_000 else { fail("the generated rules do not load") }
    guard let program = RuleLoader.load(["\(rulesFolder)/bpf"]).0 else { fail("the rules in \(rulesFolder)/bpf do not load") }
    guard let slot = program.dataSlot(named: "proposal") else { fail("the rules have no data name `proposal`") }

    guard let fileData = FileManager.default.contents(atPath: arguments[1]) else { fail("cannot read \(arguments[1])") }
    let lines = Array(fileData.split(separator: UInt8(ascii: "\n")).prefix(recordLimit).map { Array($0) })
    var base = DataBindings(program: program)
    guard case .success(let calendar) = DataFile.read(arguments[2]) else { fail("cannot read \(arguments[2])") }
    base.bind("calendar", to: calendar)

    let benchToday = CivilDate(parsing: "2021-03-01")!
    /// JSON text to values read by the schema, validated and future dates found: what `check` does for every record.
    func decode(_ line: [UInt8]) -> Value {
        guard case .success(let (conformed, findings)) = base.read(line: line, number: 1, path: arguments[1], slot: slot, strict: false, today: benchToday)
        else { fail("a record is not JSON") }
        blackHole &+= findings.count
        return conformed
    }

    report("decode (read, conform, validate)", median { for line in lines { blackHole &+= decode(line).isMissing ? 1 : 0 } }, per: lines.count)
    let records = lines.map { line -> [Value] in
        var bindings = base
        bindings.restore(base.values)
        var values = bindings.values
        values[slot] = decode(line)
        return values
    }
    let runner = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!)
    report("evaluate 14 rules, explained", median {
        for (index, data) in records.enumerated() { blackHole &+= runner.check(data: data, position: index + 1).count }
    }, per: records.count)
    let results = records.enumerated().flatMap { runner.check(data: $1, position: $0 + 1) }
    for format in ReportFormat.allCases {
        report("render \(format.rawValue)", median {
            var writer = format.writer(ruleIdWidth: 40)
            for result in results { blackHole &+= writer.subject(result).utf8.count }
        }, per: results.count)
    }
    if blackHole == 42 { print("") }
    try? FileManager.default.removeItem(atPath: generated)
}

runBenchmark()
