import Foundation
@testable import IGFRules
import Testing

/// `Workspace+Files`: file keys, the includes of a file by key, and loading file by file with an
/// overlay and a parse cache, even when a file does not parse.
@Suite struct WorkspaceFilesTests {
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wsfiles-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path + "/sub", withIntermediateDirectories: true)
        try Data("data proposal {\n  size: number\n}\n".utf8).write(to: URL(fileURLWithPath: path + "/schema.rules"))
        try Data("include \"../schema.rules\"\n".utf8).write(to: URL(fileURLWithPath: path + "/sub/a.rules"))
        return Workspace.key(for: path)
    }

    @Test func includesAreNamedByTheKeyOfTheFileTheyReach() throws {
        let root = try folder()
        let (workspace, diagnostics, _) = Workspace.load(files: [root + "/sub/a.rules"], overlay: [:], cache: nil)
        #expect(diagnostics.isEmpty)
        #expect(workspace.files.map { Workspace.key(for: $0.file.path) } == [root + "/sub/a.rules", root + "/schema.rules"])
        #expect(Workspace.includes(of: workspace.files[0]) == [root + "/schema.rules"])
    }

    @Test func anOverlayStandsForTheFileAndTheCacheKeepsWhatDidNotChange() throws {
        let root = try folder()
        let cache = ParseCache()
        _ = Workspace.load(files: [root + "/sub/a.rules"], overlay: [:], cache: cache)
        let overlay = [root + "/sub/a.rules": Array("include \"../schema.rules\"\nparam n = 1\n".utf8)]
        let (workspace, _, _) = Workspace.load(files: [root + "/sub/a.rules"], overlay: overlay, cache: cache)
        #expect(cache.parses == 3)
        #expect(workspace.files[0].declarations.count == 2)
    }

    @Test func aFileThatCannotBeReadOwnsItsPlacelessDiagnostic() throws {
        let root = try folder()
        let (_, diagnostics, owners) = Workspace.load(files: [root + "/missing.rules"], overlay: [:], cache: nil)
        #expect(diagnostics.map(\.code) == ["unreadable"])
        #expect(owners[0] == Workspace.key(for: root + "/missing.rules"))
    }
}
