import Foundation
import IGFRulesCLI
import Testing

/// Runs `igfrules` in-process or as the built executable, and makes temporary files.
enum CLI {
    /// The repository's root folder.
    static let repository: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// Where commands run: `Tests/Fixtures`, whose `rules/` is a frozen copy of the rule library,
    /// so that a MAG member's edit of the live `rules/` does not break these tests.
    static let root = repository + "/Tests/Fixtures"

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The process's working folder is `root` from the first in-process run on, so that a relative
    /// path (`rules/…`) reads the frozen copy in-process as it does in the executable's runs, and a
    /// MAG member's edit of the live `rules/` changes no test's outcome. Set once, never changed.
    private static let inFixtures: Void = {
        _ = FileManager.default.changeCurrentDirectoryPath(root)
    }()

    /// Runs a command line in this process, from `root` (see `inFixtures`).
    static func run(_ arguments: [String], environment: [String: String] = [:], input: [String] = []) -> Run {
        _ = inFixtures
        let captured = CapturedConsole(input: input)
        let status = IGFRulesCommand.run(arguments, console: captured.console(environment: environment))
        return Run(status: status, output: captured.output, errors: captured.errors)
    }

    /// The built executable, next to the test bundle.
    static let executable: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundle.appendingPathComponent("igfrules").path, repository + "/.build/debug/igfrules"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return repository + "/.build/debug/igfrules"
    }()

    /// Runs the built executable as a separate process; `signalled` says whether it ended by a
    /// signal. A run that takes more than two minutes is killed and fails the test.
    static func execute(_ arguments: [String], environment: [String: String] = ["NO_COLOR": "1"], stdin: String? = nil) throws -> (Run, signalled: Bool) {
        let result = try Subprocess.run(executable, arguments, in: root, environment: environment, input: Data((stdin ?? "").utf8))
        #expect(!result.timedOut, "igfrules \(arguments.joined(separator: " ")) did not end within its time limit")
        let run = Run(status: result.status, output: String(decoding: result.output, as: UTF8.self),
                      errors: String(decoding: result.errors, as: UTF8.self))
        return (run, result.signalled && !result.timedOut)
    }

    /// A fresh temporary folder, under one folder per test run that is removed when the run ends.
    static func temporaryFolder() throws -> String {
        let path = temporaryRoot + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let temporaryRoot: String = {
        let root = NSTemporaryDirectory() + "igfrules-tests-\(getpid())"
        temporaryRootForCleanup = root
        atexit {
            if let root = temporaryRootForCleanup { try? FileManager.default.removeItem(atPath: root) }
        }
        return root
    }()

    /// Writes a file into a fresh temporary folder and returns its path.
    /// A rule file `name` in a fresh folder, its first line an `include` of the fixtures' schema
    /// and then `rules`; returns the folder.
    static func ruleFolder(_ rules: String, name: String = "t.rules") throws -> String {
        let folder = try temporaryFolder()
        try "include \"\(root)/rules/schema.rules\"\n\(rules)".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return folder
    }

    static func file(_ name: String, _ contents: String) throws -> String {
        try file(name, Data(contents.utf8))
    }

    static func file(_ name: String, _ contents: Data) throws -> String {
        let path = try temporaryFolder() + "/" + name
        try contents.write(to: URL(fileURLWithPath: path))
        return path
    }
}

nonisolated(unsafe) private var temporaryRootForCleanup: String?
