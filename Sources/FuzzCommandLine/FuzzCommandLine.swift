import Foundation
import FuzzSupport
import IGFRulesCLI

// Fuzz target (d): the whole command line, run in-process as the executable runs it. The input
// is three parts separated by 0xFF bytes: the arguments (each byte picks a word from `words`, or
// starts a word spelled out up to the next space), the contents of a scratch file that the words
// FILE.rules, FILE.json and FILE.jsonl name, and lines fed to the REPL. Nothing in the repository
// is ever written: `fmt` always runs with --check unless it is given only the scratch file, and
// the REPL's :save is sent to the scratch folder.

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let scratch = NSTemporaryDirectory() + "igfrules-fuzz-\(getpid())"

let words: [String] = [
    "check", "test", "lint", "fmt", "explain", "coverage", "repl", "diff", "help", "--help", "--version",
    "--data", "--each", "--param", "--today", "--format", "--quiet", "--explain", "--strict", "--compare", "--set",
    "--check", "--warnings-as-errors", "--", "-", "=",
    "text", "json", "markdown", "html", "csv",
    root + "/rules", root + "/rules/bpf", root + "/rules/session", root + "/rules/bpf/proposal.rules",
    root + "/rules/examples/proposal-gender-2021.json", root + "/rules/examples/proposal-rushed-2021.json",
    root + "/rules/examples/activity-bpf-data-2021.json", root + "/rules/examples/calendar-2020.json",
    "report=" + root + "/rules/examples/reports-2020.jsonl", "calendar=" + root + "/rules/examples/calendar-2020.json",
    "proposal=FILE.json", "report=FILE.jsonl", "calendar=FILE.json", "activity=FILE.json",
    "FILE.rules", "FILE.json", "FILE.jsonl", "/dev/null", "/nonexistent", "SCRATCH", "",
    "2021-03-01", "0000-01-01", "9999-12-31", "0001-01-01", "2021-02-29", "2021-13-01",
    "min_facilitators=3", "min_facilitators=-9223372036854775808", "min_facilitators=9223372036854775807",
    "min_subscribers=0", "draft_grace=2 days", "detailed_within=9223372036854775807 months", "min_facilitators=\"x\"",
    "bpf.proposal.facilitators", "bpf.proposal", "session.report.short-report",
    "proposal.submitted=2021-02-23", "proposal.facilitators[1].name=\"X\"", "calendar.annual_meeting.start=0001-01-01",
]

func arguments(_ bytes: ArraySlice<UInt8>) -> [String] {
    var result: [String] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
        let byte = bytes[index]
        index += 1
        if byte < 0xC0 {
            result.append(words[Int(byte) % words.count])
            continue
        }
        // A word spelled out, up to the next space. A path in it stays inside the scratch folder
        // (`fmt /` would only measure how long the whole disk takes to list).
        let end = bytes[index...].firstIndex(of: 0x20) ?? bytes.endIndex
        let word = String(decoding: bytes[index..<end], as: UTF8.self).replacingOccurrences(of: "..", with: "_")
        result.append(word.hasPrefix("/") ? scratch + word : word)
        index = min(end + 1, bytes.endIndex)
    }
    // The scratch files, and the small scratch folder (a large folder such as /tmp would only
    // measure how long it takes to list it).
    return result.map { word in
        ["FILE.rules", "FILE.json", "FILE.jsonl"].reduce(word) { $0.replacingOccurrences(of: $1, with: scratch + "/" + $1) }
            .replacingOccurrences(of: "SCRATCH", with: scratch)
    }
}

/// `fmt` may rewrite only the scratch files.
func safe(_ arguments: [String]) -> [String] {
    guard arguments.first == "fmt" else { return arguments }
    let paths = arguments.dropFirst().filter { !$0.hasPrefix("-") }
    return paths.allSatisfy { $0.hasPrefix(scratch + "/") } ? arguments : arguments + ["--check"]
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommandLine(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    let contents = parts.count > 1 ? Data(parts[1]) : Data()
    for name in ["FILE.rules", "FILE.json", "FILE.jsonl"] {
        _ = FileManager.default.createFile(atPath: scratch + "/" + name, contents: contents)
    }
    let lines = parts.count > 2 ? String(decoding: parts[2], as: UTF8.self).split(separator: "\n").map { line in
        line.hasPrefix(":save") ? ":save \(scratch)/saved.json" : String(line)
    } : []
    let captured = CapturedConsole(input: lines)
    let status = IGFRulesCommand.run(safe(arguments(parts.first ?? [])), console: captured.console(environment: ["NO_COLOR": "1"]))
    // Exit statuses are 0, 1 or 2; anything else is a finding.
    if !(0...2).contains(status) { fatalError("exit status \(status)") }
    return 0
}

#if !FUZZING
@main
struct Replay {
    static func main() {
        FuzzReplay.run(fuzzCommandLine)
    }
}
#endif
