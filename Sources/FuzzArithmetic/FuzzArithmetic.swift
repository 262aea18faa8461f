import Foundation
import FuzzSupport
import IGFRules

// Fuzz target (e): arithmetic on values at their limits. Each input byte picks a value near a
// limit (the largest and smallest integers, durations of 2^63 months, the first and last days,
// date-times at the ends of the range) or an operator, and builds an expression from them; the
// expression becomes a rule's condition, its message and a definition, evaluated and explained
// with its hint as `check --explain` would. Any trap is a finding: every operation must give a
// value or an `error` result.

let leaves: [String] = [
    "0", "1", "-1", "2", "7", "0.5", "-0.0", "1000000000000000000000", "9223372036854775807", "(-9223372036854775807 - 1)",
    "4611686018427387904", "9007199254740993", "1.7976931348623157e308",
    "1 minute", "12 hours", "1 day", "6 weeks", "1 month", "1 year", "106751991167 days", "153722867280912930 minutes",
    "9223372036854775807 months", "(-9223372036854775807 months - 1 month)", "768614336404564650 years",
    "0001-01-01", "9999-12-31", "2020-02-29", "2021-02-28", "today",
    "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "0001-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00",
    "2020-11-10T14:30:00+02:00", "\"\"", "\"x\"", "[]", "[1, 2]", "[0001-01-01, 9999-12-31]",
    "proposal.submitted", "proposal.facilitators", "count(proposal.facilitators)", "activity.mailing_list.subscribers",
]
let binary = [" + ", " - ", " * ", " / ", " ++ "]
let comparisons = [" = ", " != ", " < ", " <= ", " > ", " >= "]
let unary: [(String, String)] = [
    ("-(", ")"), ("abs(", ")"), ("days(", ")"), ("hours(", ")"), ("round(", ", 2)"), ("date(", ")"), ("sum([", "])"),
    ("mean([", ", 1])"), ("min([", ", 0])"), ("max(", ", 1)"), ("count([", "])"), ("distinct([", ", 1])"), ("sort([", "])"),
    ("length(", ")"), ("(", ")"), ("[", "]"),
]

struct Builder {
    var bytes: ArraySlice<UInt8>

    mutating func next() -> Int {
        guard let byte = bytes.popFirst() else { return 0 }
        return Int(byte)
    }

    mutating func expression(depth: Int) -> String {
        let choice = next()
        if depth > 6 || choice < 96 { return leaves[next() % leaves.count] }
        if choice < 176 { return expression(depth: depth + 1) + binary[next() % binary.count] + expression(depth: depth + 1) }
        let (open, close) = unary[next() % unary.count]
        return open + expression(depth: depth + 1) + close
    }
}

let proposal = #"{"proposal": {"id": "p", "submitted": "2021-02-25", "facilitators": [{"name": "A"}]},"#
    + #" "activity": {"id": "a", "mailing_list": {"subscribers": -9223372036854775808, "messages": 9223372036854775807}}}"#

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArithmetic(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var builder = Builder(bytes: Array(UnsafeBufferPointer(start: data, count: size))[...])
    let left = builder.expression(depth: 0)
    let comparison = comparisons[builder.next() % comparisons.count]
    let right = builder.expression(depth: 0)
    let text = """
        include "\(schema)"
        ruleset t for proposal
        param p = \(builder.expression(depth: 4))
        define v = \(left)
        rule r "R"
          require \(left)\(comparison)\(right)
          message "{v} {\(right)} {p}"
        rule s "S"
          require v\(comparison)p
        """
    let verbose = ProcessInfo.processInfo.environment["FUZZ_VERBOSE"] != nil
    if verbose { print(text) }
    var loader = RuleLoader()
    loader.add(source: SourceFile(path: "fuzz.rules", text: text))
    if verbose { print(loader.diagnostics.map(\.message)) }
    guard !loader.diagnostics.contains(where: { $0.severity == .error }) else { return 0 }
    let (checked, _) = Checker.check(loader.files)
    guard let program = checked, case .success(let value) = DataFile.parse(SourceFile(path: "fuzz.json", text: proposal)) else { return 0 }
    var bindings = DataBindings(program: program)
    _ = bindings.bindObject(value, from: "fuzz.json")
    for today in [CivilDate(year: 1, month: 1, day: 1)!, CivilDate(year: 9999, month: 12, day: 31)!] {
        let runner = RuleRunner(program: program, today: today)
        var report = TextReport(colour: false, explain: true, quiet: false, ruleIdWidth: 10)
        var json = JSONReport()
        for subject in runner.check(data: bindings.values) {
            _ = report.subject(subject)
            _ = json.subject(subject)
            for result in subject.results {
                let hint = result.hint
                if verbose { print(result.status, result.message ?? "", hint ?? "") }
            }
        }
    }
    for parameter in program.parameters { _ = parameter.defaultValue.literal() }
    return 0
}

let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    + "/rules/schema.rules"

#if !FUZZING
@main
struct Replay {
    static func main() {
        FuzzReplay.run(fuzzArithmetic)
    }
}
#endif
