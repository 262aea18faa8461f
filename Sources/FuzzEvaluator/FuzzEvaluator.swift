import IGFRules
import FuzzSupport

// Fuzz target (b): the evaluator — the whole rule library against arbitrary JSON data, as
// `check --data FILE` reads it, with every result rendered as text and JSON.

let program: Program = {
    let (program, diagnostics) = RuleLoader.load(["rules"])
    guard let program else { fatalError("the rule library does not load: \(diagnostics.map(\.message))") }
    return program
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvaluator(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let file = SourceFile(path: "fuzz.json", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    guard case .success(let value) = DataFile.parse(file) else { return 0 }
    var bindings = DataBindings(program: program)
    switch bindings.bindObject(value, from: "fuzz.json") {
    case .failure: return 0
    case .success: break
    }
    _ = bindings.findings(strict: true)
    for today in [CivilDate(year: 2020, month: 11, day: 10)!, CivilDate(year: 2021, month: 12, day: 31)!] {
        let runner = RuleRunner(program: program, today: today)
        var text = TextReport(colour: false, explain: true, quiet: false, ruleIdWidth: 40)
        var json = JSONReport()
        for subject in runner.check(data: bindings.values) {
            _ = text.subject(subject)
            _ = json.subject(subject)
            for result in subject.results { _ = result.hint }
        }
    }
    return 0
}

#if !FUZZING
@main
struct Replay {
    static func main() {
        FuzzReplay.run(fuzzEvaluator)
    }
}
#endif
