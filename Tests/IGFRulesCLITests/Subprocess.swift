import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program to its end with `posix_spawn` and `waitpid`, its input read from a file and its
/// output written to files, and kills it when it runs past a time limit.
///
/// Foundation's `Process` is not used: on Linux its `waitUntilExit` can miss the end of a child
/// when many tests start processes at once, and the test run then hangs until CI gives up.
/// Files instead of pipes mean no deadlock however much the program writes.
enum Subprocess {
    struct Result {
        let status: Int32
        let output: Data
        let errors: Data
        /// Whether the program ended by a signal (a crash, or the kill at the time limit).
        let signalled: Bool
        let timedOut: Bool
    }

    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String, Int32)
        case lostTrack(String, Int32)
        var description: String {
            switch self {
            case .cannotStart(let program, let code): "cannot start \(program): \(String(cString: strerror(code)))"
            case .lostTrack(let program, let code): "cannot wait for \(program): \(String(cString: strerror(code)))"
            }
        }
    }

    static func run(_ program: String, _ arguments: [String], in folder: String? = nil,
                    environment: [String: String]? = nil, input: Data = Data(),
                    timeLimit: TimeInterval = 120) throws -> Result {
        let scratch = try CLI.temporaryFolder()
        let inputPath = scratch + "/stdin", outputPath = scratch + "/stdout", errorsPath = scratch + "/stderr"
        try input.write(to: URL(fileURLWithPath: inputPath))

        // `posix_spawn` cannot change folder portably, so a shell does it and then becomes the program.
        var argv = [program] + arguments
        if let folder { argv = ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", folder] + argv }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var pid = pid_t()
        let code = withCStrings(argv) { cArgv in
            withCStrings(env) { cEnv in posix_spawn(&pid, argv[0], &actions, nil, cArgv, cEnv) }
        }
        guard code == 0 else { throw Failure.cannotStart(argv[0], code) }

        let deadline = Date().addingTimeInterval(timeLimit)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let ended = waitpid(pid, &status, WNOHANG)
            if ended == pid { break }
            // Without this the program's status would be unknown, and reading 0 would pass for success.
            if ended == -1 && errno != EINTR { throw Failure.lostTrack(argv[0], errno) }
            if !timedOut && Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        // Swift does not import the WIFSIGNALED / WTERMSIG / WEXITSTATUS macros: the same bit tests.
        let signalled = (status & 0x7f) != 0 && (status & 0x7f) != 0x7f
        return Result(status: signalled ? 128 + (status & 0x7f) : (status >> 8) & 0xff,
                      output: FileManager.default.contents(atPath: outputPath) ?? Data(),
                      errors: FileManager.default.contents(atPath: errorsPath) ?? Data(),
                      signalled: signalled, timedOut: timedOut)
    }

    /// Calls `body` with a NULL-terminated C array of copies of `strings`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let copies = strings.map { strdup($0) } + [nil]
        defer { copies.forEach { free($0) } }
        return body(copies)
    }
}
