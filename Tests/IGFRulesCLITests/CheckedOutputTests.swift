import Foundation
@testable import IGFRulesCLI
import Testing

/// Writes that fail are reported, never a trap.
@Suite struct CheckedOutputTests {
    @Test func aFullDiskIsReportedAsSuch() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        guard case .failure(let failure) = CheckedOutput(descriptor: descriptor).write("text") else {
            Issue.record("writing to /dev/full succeeded")
            return
        }
        #expect(failure.code == ENOSPC)
        #expect(failure.description == "the disk is full")
        #expect(!failure.isClosedPipe)
    }

    @Test func aClosedDescriptorIsReportedAsClosed() {
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        close(pipeEnds[0])
        close(pipeEnds[1])
        guard case .failure(let failure) = CheckedOutput(descriptor: pipeEnds[1]).write("text") else {
            Issue.record("writing to a closed descriptor succeeded")
            return
        }
        #expect(failure.description == "it is closed")
    }

    @Test func everyByteIsWrittenToAFile() throws {
        let path = try CLI.temporaryFolder() + "/out.txt"
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
        let text = String(repeating: "0123456789", count: 100_000)
        if case .failure(let failure) = CheckedOutput(descriptor: descriptor).write(text) { Issue.record("write failed: \(failure)") }
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}
