import Foundation
@testable import IGFRulesCLI
import Testing

/// Input lines are read with a bound on their length.
@Suite struct LineReaderTests {
    func reader(_ text: String, tooLong: @escaping (Int) -> Void = { _ in }) throws -> LineReader {
        let path = try CLI.temporaryFolder() + "/input"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return LineReader(descriptor: open(path, O_RDONLY), tooLong: tooLong)
    }

    @Test func linesEndWithLineFeedsOrCRLFAndTheLastNeedsNone() throws {
        let lines = try reader("a\r\nb\n\nc")
        #expect([lines.next(), lines.next(), lines.next(), lines.next(), lines.next()] == ["a", "b", "", "c", nil])
    }

    @Test func aLineLongerThanTheLimitIsSkippedAndReported() throws {
        var reported: [Int] = []
        let long = String(repeating: "x", count: 3 << 20)
        let lines = try reader("first\n\(long)\nlast\n\(long)", tooLong: { reported.append($0) })
        #expect([lines.next(), lines.next(), lines.next(), lines.next(), lines.next()] == ["first", "", "last", "", nil])
        #expect(reported == [3 << 20, 3 << 20])
    }
}
