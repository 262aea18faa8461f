import Foundation
@testable import IGFRules
import Testing

/// Only regular files are read; FIFOs and devices are refused without being opened; a loop of
/// links is named as such.
@Suite struct FileAccessTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "igfrules-file-access-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aRegularFileIsRead() throws {
        let path = try folder() + "/a.txt"
        try Data("hello".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try FileAccess.read(path, limit: 100).get() == Array("hello".utf8))
        #expect(FileAccess.read(path, limit: 4) == .failure(.tooLarge(4)))
    }

    @Test func aFileLargerThanTheLimitIsRefusedByItsSizeWithoutReadingIt() throws {
        let path = try folder() + "/sparse.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 8 << 30) == 0)
        #expect(FileAccess.read(path, limit: 1 << 20) == .failure(.tooLarge(1 << 20)))
        #expect(FileAccess.Problem.tooLarge(1 << 30).description == "it is larger than 1 GB")
        unlink(path)
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let path = try folder() + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(FileAccess.kind(of: path) == .special("a FIFO (a named pipe)"))
        #expect(FileAccess.read(path, limit: 100) == .failure(.special("a FIFO (a named pipe)")))
        // Data files may be pipes; one that nothing writes to is refused at once, not waited on.
        #expect(FileAccess.read(path, limit: 100, pipes: true) == .failure(.emptyPipe))
    }

    @Test func aDeviceIsRefused() {
        #expect(FileAccess.read("/dev/zero", limit: 100) == .failure(.special("a device")))
    }

    @Test func aLoopOfLinksIsNotMissing() throws {
        let path = try folder() + "/loop"
        #expect(symlink(path, path) == 0)
        #expect(FileAccess.kind(of: path) == .linkLoop)
        #expect(FileAccess.Problem.linkLoop.description == "it is a loop of symbolic links that never reaches a file")
    }

    @Test func missingFilesAndFoldersAreToldApart() throws {
        let base = try folder()
        #expect(FileAccess.kind(of: base + "/none") == .missing)
        #expect(FileAccess.kind(of: base) == .folder)
        #expect(FileAccess.read(base, limit: 10) == .failure(.isFolder))
    }
}
