import Foundation
@testable import IGFRulesCLI
import Testing

/// Atomic replacement: through links to their target, keeping its mode, never over a device.
@Suite struct AtomicFileTests {
    func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func aLinkStaysALinkAndItsTargetIsReplacedWithItsMode() throws {
        let folder = try CLI.temporaryFolder()
        let target = folder + "/target.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o600) == 0)
        #expect(symlink(target, folder + "/link.json") == 0)
        try AtomicFile.write("new", to: folder + "/link.json")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try mode(target) == 0o600)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.json") == target)
    }

    @Test func theReplacedFileKeepsItsOwnerWhereThatIsAllowed() throws {
        let path = try CLI.temporaryFolder() + "/owned.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        // Only a privileged run can give the file to someone else; otherwise there is nothing to keep.
        guard chown(path, 4321, 4321) == 0 else { return }
        try AtomicFile.write("new", to: path)
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_uid == 4321 && status.st_gid == 4321)
    }

    @Test func aNewFileIsCreated() throws {
        let path = try CLI.temporaryFolder() + "/new.json"
        try AtomicFile.write("{}", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
    }

    @Test func aDeviceAFolderAndALoopAreRefused() throws {
        let folder = try CLI.temporaryFolder()
        #expect(symlink("/dev/null", folder + "/null") == 0)
        #expect(symlink(folder + "/loop", folder + "/loop") == 0)
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: folder + "/null") }
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: folder) }
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: folder + "/loop") }
        #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("x", to: folder + "/no/such/folder.json") }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(Set(left) == ["null", "loop"])
    }
}
