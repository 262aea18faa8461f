import IGFRules
import FuzzSupport

// Fuzz target (c): the formatter. For any input that parses, formatting is idempotent
// (fmt(fmt(x)) = fmt(x)) and keeps the meaning (the syntax trees agree); any other input is
// refused. A violation stops the fuzzer with the input that caused it.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let file = SourceFile(path: "fuzz.rules", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (original, diagnostics) = Parser.parse(file)
    let parses = !diagnostics.contains { $0.severity == .error }
    switch Formatter.format(file) {
    case .failure:
        if parses { fatalError("a file that parses was refused by the formatter") }
    case .success(let once):
        if !parses { fatalError("a file that does not parse was formatted") }
        let onceFile = SourceFile(path: "once.rules", text: once)
        let (reparsed, reparseDiagnostics) = Parser.parse(onceFile)
        if reparseDiagnostics.contains(where: { $0.severity == .error }) {
            fatalError("the formatted text does not parse:\n\(once)\n\(reparseDiagnostics.map(\.message))")
        }
        if reparsed.dump != original.dump { fatalError("formatting changed the meaning:\n\(original.dump)\n---\n\(reparsed.dump)") }
        guard case .success(let twice) = Formatter.format(onceFile), twice == once else {
            fatalError("formatting is not idempotent:\n\(once)")
        }
        let comments = original.comments.count
        if reparsed.comments.count != comments { fatalError("formatting lost a comment:\n\(once)") }
    }
    return 0
}

#if !FUZZING
@main
struct Replay {
    static func main() {
        FuzzReplay.run(fuzzFormatter)
    }
}
#endif
