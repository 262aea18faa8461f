import Foundation
@testable import IGFRules
import Testing

/// `SpilledBytes`: bytes kept in memory up to a limit, then in an unlinked temporary file, and
/// read back once, in order.
@Suite struct SpilledBytesTests {
    /// A fresh, empty folder of its own.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "igfrules-spill-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func drained(_ spill: SpilledBytes, chunk: Int = 1 << 16) throws -> (bytes: [UInt8], chunks: [Int]) {
        var (bytes, chunks): ([UInt8], [Int]) = ([], [])
        try spill.drain(chunk: chunk) { piece in
            bytes += piece
            chunks.append(piece.count)
        }
        return (bytes, chunks)
    }

    @Test func bytesWithinTheLimitStayInMemoryAndMakeNoFile() throws {
        let spill = SpilledBytes(SpillSettings(folder: "/no/such/folder", limit: 100))
        spill.bytes += Array("short".utf8)
        spill.settle()
        #expect(!spill.isSpilled)
        #expect(spill.failure == nil)
        #expect(try Self.drained(spill).bytes == Array("short".utf8))
    }

    @Test func bytesPastTheLimitGoToAFileThatIsAlreadyGoneFromTheFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spill = SpilledBytes(SpillSettings(folder: folder, limit: 10))
        var expected: [UInt8] = []
        for round in 0..<50 {
            let piece = Array("piece \(round);".utf8)
            spill.bytes += piece
            expected += piece
            spill.settle()
            #expect(spill.bytes.count <= 10 + piece.count)
        }
        #expect(spill.isSpilled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        let (bytes, chunks) = try Self.drained(spill, chunk: 64)
        #expect(bytes == expected)
        #expect(chunks.allSatisfy { $0 <= 64 })
        #expect(try Self.drained(spill).bytes.isEmpty, "drained once, the store is empty")
    }

    @Test func aLimitOfZeroMovesEveryByteToTheFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spill = SpilledBytes(SpillSettings(folder: folder, limit: 0))
        spill.bytes += [1, 2, 3]
        spill.settle()
        #expect(spill.bytes.isEmpty && spill.isSpilled)
        #expect(try Self.drained(spill).bytes == [1, 2, 3])
    }

    @Test func withoutAFolderEverythingStaysInMemory() throws {
        let spill = SpilledBytes(.inMemory)
        spill.bytes += [UInt8](repeating: 7, count: 1 << 17)
        spill.settle()
        #expect(!spill.isSpilled && spill.bytes.count == 1 << 17)
        #expect(try Self.drained(spill).bytes.count == 1 << 17)
    }

    @Test func aMissingFolderIsAFailureThatDrainingThrowsAndDropsTheBytes() throws {
        let spill = SpilledBytes(SpillSettings(folder: "/no/such/folder", limit: 0))
        spill.bytes += [1, 2, 3]
        spill.settle()
        #expect(spill.failure == SpillFailure(folder: "/no/such/folder", stage: .creating, code: ENOENT))
        #expect(spill.bytes.isEmpty, "memory stays flat after a failure")
        #expect(throws: SpillFailure.self) { try Self.drained(spill) }
    }

    @Test func aFolderThatIsAFileIsNamedAsNotAFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        let spill = SpilledBytes(SpillSettings(folder: file, limit: 0))
        spill.bytes += [1]
        spill.settle()
        #expect(spill.failure?.code == ENOTDIR)
    }

    @Test(arguments: [(SpillFailure.Stage.creating, ENOENT, "no temporary file could be made in /x (there is no such folder)"),
                      (.writing, ENOSPC, "its temporary file in /x could not be written (the disk is full)"),
                      (.reading, EIO, "its temporary file in /x could not be read back (input/output error)")])
    func aFailureSaysWhatFailedWhyAndWhatToDo(stage: SpillFailure.Stage, code: Int32, words: String) {
        let text = SpillFailure(folder: "/x", stage: stage, code: code).description
        #expect(text.contains(words), "\(text)")
        #expect(text.hasSuffix("set TMPDIR to a folder with free space that you can write to"))
    }

    @Test func aFolderThatExistsButRefusesNewFilesIsNotCalledMissing() {
        // /proc exists, and mkstemp there fails with ENOENT, as in a folder that does not exist.
        let text = SpillFailure(folder: "/proc", stage: .creating, code: ENOENT).description
        #expect(text.contains("no temporary file could be made in /proc (files cannot be made there)"), "\(text)")
    }
}
