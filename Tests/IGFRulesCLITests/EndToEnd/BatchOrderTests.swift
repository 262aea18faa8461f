import Foundation
import Testing

/// `check --each` reports a batch while the next one is checked: a JSON array whose element
/// breaks at or past a batch boundary must read as on one thread (the records before it
/// checked, the broken one reported), and one broken at its first element ends the command.
@Suite struct BatchOrderTests {
    static let rules = CLI.root + "/rules/bpf"

    /// A JSON array of `count` proposals, broken after the last one.
    func brokenArray(_ count: Int) throws -> String {
        var text = "["
        for index in 0..<count { text += "{\"id\": \"r\(index)\", \"kind\": \"bpf\", \"title\": \"Topic \(index)\"},\n" }
        return try CLI.file("broken-\(count).json", text + "{\"id\": }]\n")
    }

    func run(_ path: String, threads: String) throws -> CLI.Run {
        let (run, signalled) = try CLI.execute(["check", Self.rules, "--each", "proposal=" + path, "--today", "2021-03-01", "--quiet"],
                                               environment: ["NO_COLOR": "1", "IGFRULES_THREADS": threads])
        #expect(!signalled)
        return run
    }

    @Test(arguments: [63, 64, 65, 130])
    func anArrayBrokenAtOrPastABatchBoundaryReadsAsOnOneThread(count: Int) throws {
        let path = try brokenArray(count)
        let one = try run(path, threads: "1")
        let two = try run(path, threads: "2")
        #expect(one.status == 2)
        #expect(two.status == one.status)
        #expect(two.output == one.output)
        #expect(two.errors == one.errors)
        #expect(one.output.contains("proposal r\(count - 1)\n"))
        #expect(one.errors.contains("the \(count) other\(count == 1 ? " was" : "s were") checked."), "\(one.errors.suffix(300))")
    }

    @Test func anArrayBrokenAtItsFirstElementEndsTheCommandWithoutOutput() throws {
        let path = try brokenArray(0)
        for threads in ["1", "2"] {
            let run = try run(path, threads: threads)
            #expect(run.status == 2)
            #expect(run.output.isEmpty)
            #expect(run.errors.contains("error"))
        }
    }
}
