import Foundation
@testable import IGFRules
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe named like a rule file, in a folder of rule files, is refused at once instead of
/// blocking the loader (and the language server, which loads whole folders) until someone writes.
@Suite struct RuleLoaderSpecialFileTests {
    @Test func aPipeInAFolderOfRuleFilesIsAnErrorNotAWait() throws {
        let folder = NSTemporaryDirectory() + "igfrules-fifo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("define a = 1\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.rules"))
        #expect(mkfifo(folder + "/pipe.rules", 0o600) == 0)
        let (_, diagnostics) = RuleLoader.load([folder])
        #expect(diagnostics.map(\.message) == ["cannot read \(folder)/pipe.rules: it is a FIFO (a named pipe), not a regular file"])
    }

    @Test func aSymbolicLinkToARuleFileIsRead() throws {
        let folder = NSTemporaryDirectory() + "igfrules-link-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("define a = 1\n".utf8).write(to: URL(fileURLWithPath: folder + "/real.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.rules", withDestinationPath: folder + "/real.txt")
        let (program, diagnostics) = RuleLoader.load([folder + "/link.rules"])
        #expect(diagnostics.isEmpty)
        #expect(program?.definitions.map(\.name) == ["a"])
    }
}
