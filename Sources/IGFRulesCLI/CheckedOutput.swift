import Foundation

/// Writes to a file descriptor with `write(2)`, reporting failure instead of trapping (as
/// `FileHandle.write` does): a closed standard output, a full disk, a pipe whose reader is gone.
public struct CheckedOutput: Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Why a write failed, as `errno` says.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let code: Int32

        /// The reader of a pipe has gone (as with `igfrules check … | head -1`).
        public var isClosedPipe: Bool { code == EPIPE }

        public var description: String {
            switch code {
            case ENOSPC: "the disk is full"
            case EBADF: "it is closed"
            case EPIPE: "the program reading it has stopped"
            default: String(cString: strerror(code)).lowercased()
            }
        }
    }

    /// Writes every byte, retrying after interruptions and partial writes.
    public func write(_ text: String) -> Result<Void, Failure> {
        write(bytes: Array(text.utf8))
    }

    /// Writes every byte, retrying after interruptions and partial writes.
    public func write(bytes: [UInt8]) -> Result<Void, Failure> {
        bytes.withUnsafeBytes { buffer -> Result<Void, Failure> in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    return .failure(Failure(code: errno))
                }
                offset += written
            }
            return .success(())
        }
    }

    /// The process's standard output, which ends the process when it cannot be written: with a
    /// short message on standard error and exit status 2, or quietly when the reader of a pipe
    /// has gone. Ignores SIGPIPE, so that a closed pipe is an error to handle, not a signal.
    static func standardOutputOrExit() -> (String) -> Void {
        let bytes = standardOutputBytesOrExit()
        return { text in bytes(Array(text.utf8)) }
    }

    /// The same, for bytes as they are.
    static func standardOutputBytesOrExit() -> ([UInt8]) -> Void {
        signal(SIGPIPE, SIG_IGN)
        let output = CheckedOutput(descriptor: STDOUT_FILENO)
        return { bytes in
            guard case .failure(let failure) = output.write(bytes: bytes) else { return }
            if !failure.isClosedPipe {
                _ = CheckedOutput(descriptor: STDERR_FILENO).write("error: cannot write the output: \(failure); it is incomplete\n")
            }
            exit(2)
        }
    }

    /// Standard error; when even that cannot be written, the process ends with exit status 2.
    static func standardErrorOrExit() -> (String) -> Void {
        let output = CheckedOutput(descriptor: STDERR_FILENO)
        return { text in
            if case .failure = output.write(text) { exit(2) }
        }
    }
}
