import Foundation
import IGFRules

/// Where a command reads and writes: the process's standard streams, or buffers in tests.
/// Standard output is buffered and written in large blocks, which matters for big batches.
public final class Console {
    /// Whether standard output is a terminal (colours, line editing).
    public let outputIsTerminal: Bool
    public let errorIsTerminal: Bool
    public let inputIsTerminal: Bool
    public let environment: [String: String]
    private let writeOutput: (String) -> Void
    private let writeError: (String) -> Void
    private let readInput: () -> String?
    /// Writes standard output's bytes as they are (the process's own stream); nil to go through `writeOutput`.
    private var writeOutputBytes: (([UInt8]) -> Void)?
    private var pending: [UInt8] = []

    public init(outputIsTerminal: Bool = false, errorIsTerminal: Bool = false, inputIsTerminal: Bool = false,
                environment: [String: String] = [:],
                writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
                readInput: @escaping () -> String? = { nil }) {
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.inputIsTerminal = inputIsTerminal
        self.environment = environment
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.readInput = readInput
    }

    /// The process's own streams. A write that fails (a closed or full output, a pipe whose
    /// reader has gone) ends the process with exit status 2, never a trap.
    public static func standard() -> Console {
        let console = Console(outputIsTerminal: isatty(1) == 1, errorIsTerminal: isatty(2) == 1, inputIsTerminal: isatty(0) == 1,
                              environment: ProcessInfo.processInfo.environment,
                              writeOutput: CheckedOutput.standardOutputOrExit(),
                              writeError: CheckedOutput.standardErrorOrExit(),
                              readInput: standardInputLines())
        console.writeOutputBytes = CheckedOutput.standardOutputBytesOrExit()
        return console
    }

    /// Lines of standard input, each at most `LineReader.maximumLength` bytes: a longer one is
    /// skipped (read as an empty line) with a message on standard error.
    private static func standardInputLines() -> () -> String? {
        let errors = CheckedOutput.standardErrorOrExit()
        let reader = LineReader(descriptor: STDIN_FILENO) { length in
            errors("error: an input line of \(length) bytes was skipped; a line may hold at most \(LineReader.maximumLength / (1 << 20)) MB\n")
        }
        return { reader.next() }
    }

    /// Colour only on a terminal, and never when NO_COLOR is set.
    public var colourOutput: Bool { outputIsTerminal && environment["NO_COLOR"] == nil }
    public var colourErrors: Bool { errorIsTerminal && environment["NO_COLOR"] == nil }

    public func out(_ text: String) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= 1 << 16 { flush() }
    }

    /// Lets `body` append UTF-8 text to standard output's buffer directly.
    public func out(bytes body: (inout [UInt8]) -> Void) {
        body(&pending)
        if pending.count >= 1 << 16 { flush() }
    }

    public func err(_ text: String) {
        flush()
        writeError(text)
    }

    public func flush() {
        guard !pending.isEmpty else { return }
        if let writeOutputBytes { writeOutputBytes(pending) } else { writeOutput(String(decoding: pending, as: UTF8.self)) }
        pending.removeAll(keepingCapacity: true)
    }

    public func readLine() -> String? {
        flush()
        return readInput()
    }

    /// Diagnostics drawn with their source lines, on standard error.
    public func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        err(DiagnosticRenderer(useColour: colourErrors).render(diagnostics))
    }
}

/// Collects a command's output in memory, for tests.
public final class CapturedConsole {
    public private(set) var output = ""
    public private(set) var errors = ""
    private var input: [String]

    public init(input: [String] = []) {
        self.input = input
    }

    public func console(environment: [String: String] = [:], terminal: Bool = false) -> Console {
        Console(outputIsTerminal: terminal, errorIsTerminal: terminal, inputIsTerminal: false, environment: environment,
                writeOutput: { self.output += $0 }, writeError: { self.errors += $0 },
                readInput: { self.input.isEmpty ? nil : self.input.removeFirst() })
    }
}
