import Foundation
@testable import IGFRulesCLI
import Testing

/// The history file is read and appended only when it is a regular file.
@Suite struct ReplHistoryFileTests {
    @Test func aFIFONamedAsTheHistoryNeitherBlocksNorIsWritten() throws {
        let path = try CLI.temporaryFolder() + "/history"
        #expect(mkfifo(path, 0o600) == 0)
        let history = ReplHistory(environment: ["IGFRULES_HISTORY": path])
        #expect(history.load().isEmpty)
        history.append("count(1)")
        var status = stat()
        #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aRegularHistoryIsAppendedAndReadBack() throws {
        let path = try CLI.temporaryFolder() + "/history"
        let history = ReplHistory(environment: ["IGFRULES_HISTORY": path])
        history.append("first")
        history.append("two\nlines")
        #expect(history.load() == ["first", "two\nlines"])
    }
}
