#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server's byte streams, read and written with the system calls themselves: a read returns
/// what has arrived (Foundation's `read(upToCount:)` waits for the whole count, and
/// `availableData` stops the process on a read error), and a write to a closed pipe is an error
/// to act on, not a signal that ends the process.
enum StandardStreams {
    /// The next bytes of standard input; nil at its end or on an error that reading again cannot mend.
    static func readInput() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[0..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// Writes all of `bytes` to standard output; false when the reader is gone.
    static func writeOutput(_ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(1, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }

    /// A closed standard output makes writes fail with EPIPE instead of ending the process.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }
}
