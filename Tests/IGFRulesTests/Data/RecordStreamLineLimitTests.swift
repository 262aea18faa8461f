import Foundation
@testable import IGFRules
import Testing

/// A JSON Lines file whose line never ends is refused at the line limit, not read into memory whole.
@Suite struct RecordStreamLineLimitTests {
    @Test func aLineLongerThanTheLimitEndsTheFileWithAMessage() throws {
        let path = NSTemporaryDirectory() + "igfrules-long-line-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = "{\"id\": \"a\"}\n{\"id\": \"" + String(repeating: "x", count: 5_000) + "\"}\n{\"id\": \"c\"}\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var stream = RecordStream(path: path, lineLimit: 1_000)
        let first = stream.next()
        guard case .success? = first else { Issue.record("the first record was not read: \(String(describing: first))"); return }
        guard case .failure(let diagnostic)? = stream.next() else { Issue.record("the long line was not refused"); return }
        #expect(diagnostic.message == "line 2 of the records file \(path) is longer than 1000 bytes; nothing after it is read")
        #expect(stream.next() == nil, "reading stops at the long line")
    }
}
