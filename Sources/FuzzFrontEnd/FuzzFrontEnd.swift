import IGFRules
import FuzzSupport

// Fuzz target (a): the lexer, parser and checker on arbitrary bytes, with the library's schema.
// Build and run with scripts/fuzz.sh front-end SECONDS; without -DFUZZING this builds a driver
// that replays inputs given as files (to reproduce a crash).

let schema: [RuleFile] = {
    var loader = RuleLoader()
    loader.add(path: "rules/schema.rules")
    loader.add(path: "rules/clauses.rules")
    return loader.files
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontEnd(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let file = SourceFile(path: "fuzz.rules", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (ruleFile, diagnostics) = Parser.parse(file)
    _ = DiagnosticRenderer().render(diagnostics)
    if !diagnostics.contains(where: { $0.severity == .error }) {
        let (program, checkDiagnostics) = Checker.check(schema + [ruleFile])
        _ = DiagnosticRenderer().render(checkDiagnostics)
        if let program { _ = Linter(program: program).run() }
    }
    return 0
}

#if !FUZZING
@main
struct Replay {
    static func main() {
        FuzzReplay.run(fuzzFrontEnd)
    }
}
#endif
