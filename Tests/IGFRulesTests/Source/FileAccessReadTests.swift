import Foundation
@testable import IGFRules
import Testing

/// `FileAccess.read` reads a file straight into the array it returns: every byte, in order, for a
/// regular file of any size (one array of its size) and for a pipe (pieces that grow), and no
/// more than the limit.
@Suite struct FileAccessReadTests {
    func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
    }

    @Test func aRegularFileOfSeveralMegabytesIsReadWholeAndInOrder() throws {
        let path = NSTemporaryDirectory() + "igfrules-read-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).bin"
        defer { unlink(path) }
        for count in [0, 1, 65_537, 3 << 20] {
            let written = bytes(count, seed: UInt64(count))
            try Data(written).write(to: URL(fileURLWithPath: path))
            #expect(try FileAccess.read(path, limit: 4 << 20).get() == written)
        }
        #expect(FileAccess.read(path, limit: (3 << 20) - 1) == .failure(.tooLarge((3 << 20) - 1)))
    }

    @Test func aPipeIsReadToItsEndThroughPiecesAndRefusedPastTheLimit() throws {
        for (count, limit) in [(200_000, 1 << 20), (200_000, 150_000)] {
            var ends: [Int32] = [0, 0]
            #expect(pipe(&ends) == 0)
            let written = bytes(count, seed: 3)
            let writeEnd = ends[1]
            let writer = Thread {
                written.withUnsafeBytes { raw in
                    var sent = 0
                    while sent < raw.count {
                        let result = Foundation.write(writeEnd, raw.baseAddress! + sent, raw.count - sent)
                        if result <= 0 { break }
                        sent += result
                    }
                }
                close(writeEnd)
            }
            writer.start()
            let read = FileAccess.read("/proc/self/fd/\(ends[0])", limit: limit, pipes: true)
            // Reading stops past the limit: the rest is drained here, so that the writer never
            // writes to a pipe without a reader.
            var rest = [UInt8](repeating: 0, count: 1 << 16)
            while rest.withUnsafeMutableBytes({ Foundation.read(ends[0], $0.baseAddress, $0.count) }) > 0 {}
            close(ends[0])
            if count <= limit {
                #expect(try read.get() == written)
            } else {
                #expect(read == .failure(.tooLarge(limit)))
            }
        }
    }
}
