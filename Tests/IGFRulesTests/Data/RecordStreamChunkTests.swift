import Foundation
@testable import IGFRules
import Testing

/// The records file is read a chunk at a time: lines cut by a chunk's end, and lines longer than
/// several chunks, are read whole and in order, with their line numbers.
@Suite struct RecordStreamChunkTests {
    @Test func linesCutByChunksAndLinesLongerThanAChunkAreReadWholeInOrder() throws {
        let path = NSTemporaryDirectory() + "igfrules-chunks-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Lines of every length around a chunk's size, then short ones: their ends fall everywhere.
        let long = [1, 65_535, 65_536, 65_537, 200_000, 3]
        var lines = long.enumerated().map { "{\"id\": \"\($0.offset)\", \"t\": \"" + String(repeating: "x", count: $0.element) + "\"}" }
        lines += (0..<3_000).map { "{\"id\": \"s\($0)\"}" }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var stream = RecordStream(path: path, lineLimit: 1 << 20)
        var number = 0
        while let raw = stream.nextRaw() {
            number += 1
            guard case .line(let bytes, let line) = raw else {
                Issue.record("line \(number) was not read as a line: \(raw)")
                return
            }
            #expect(line == number)
            #expect(String(decoding: bytes, as: UTF8.self) == lines[number - 1], "line \(number)")
        }
        #expect(number == lines.count)
    }
}
