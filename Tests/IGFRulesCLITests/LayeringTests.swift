import Foundation
import Testing

/// Whether `python3` is on the PATH.
private let pythonIsInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { folder in
    FileManager.default.isExecutableFile(atPath: "\(folder)/python3")
}

/// The folders of `Sources/IGFRules/` keep to the layer table of README "Layers and sizes", as
/// `scripts/layers.py --check` measures it; and that check fails, naming folders and types, on a
/// small tree that breaks it. The check is a Python script: on a machine without `python3` (a
/// fresh one with only Swift) these tests are skipped, and `.ci/run` runs the check itself.
@Suite(.enabled(if: pythonIsInstalled, "needs python3 (scripts/layers.py); .ci/run runs the check"))
struct LayeringTests {
    /// Runs `scripts/layers.py --check README SOURCES` and gives its exit status and output.
    static func check(readme: String, sources: String) throws -> (status: Int32, output: String) {
        let script = CLI.repository + "/scripts/layers.py"
        let result = try Subprocess.run("/usr/bin/env", ["python3", script, "--check", readme, sources], timeLimit: 300)
        let output = String(decoding: result.output, as: UTF8.self) + String(decoding: result.errors, as: UTF8.self)
        return (result.status, output)
    }

    /// A tree of two folders, `Low` (declaring `Apple`) and `High` (declaring `Banana`), with the
    /// given code in each, and a README whose layer table puts `Low` under `High`.
    static func tree(low: String, high: String, crossing: String = "") throws -> (readme: String, sources: String) {
        let root = try CLI.temporaryFolder()
        for (folder, code) in [("Low", "struct Apple {}\n" + low), ("High", "struct Banana {}\n" + high)] {
            try FileManager.default.createDirectory(atPath: "\(root)/Sources/\(folder)", withIntermediateDirectories: true)
            try code.write(toFile: "\(root)/Sources/\(folder)/\(folder).swift", atomically: true, encoding: .utf8)
        }
        let readme = "# Project\n\n## Layers and sizes\n\n```\nLow  the bottom\nHigh  over it\n```\n\n\(crossing)\n## Next\n"
        try readme.write(toFile: "\(root)/README.md", atomically: true, encoding: .utf8)
        return ("\(root)/README.md", "\(root)/Sources")
    }

    @Test func theLibraryKeepsToTheLayerTableOfTheReadme() throws {
        let run = try Self.check(readme: CLI.repository + "/README.md", sources: CLI.repository + "/Sources/IGFRules")
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("cycle"), "\(run.output)")
    }

    @Test func aUseDownTheTableIsAllowed() throws {
        let tree = try Self.tree(low: "", high: "let apple = Apple()\n")
        let run = try Self.check(readme: tree.readme, sources: tree.sources)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func twoFoldersUsingEachOtherFailNamingTheFoldersAndTypes() throws {
        let tree = try Self.tree(low: "let banana = Banana()\n", high: "let apple = Apple()\n")
        let run = try Self.check(readme: tree.readme, sources: tree.sources)
        #expect(run.status == 1)
        #expect(run.output.contains("cycle: High Low: High -> Low (Apple), Low -> High (Banana)"), "\(run.output)")
        #expect(run.output.contains("Low -> High (Banana) goes up in README's layer table"), "\(run.output)")
    }

    @Test func aTypeNamedOnlyInsideAStringInterpolationIsAUse() throws {
        let tree = try Self.tree(low: "let text = \"a \\(Banana.self) b\" // Banana in a comment too\n", high: "")
        let run = try Self.check(readme: tree.readme, sources: tree.sources)
        #expect(run.status == 1)
        #expect(run.output.contains("Low -> High (Banana) goes up"), "\(run.output)")
    }

    @Test func aTypeNamedOnlyInProseIsNoUse() throws {
        let tree = try Self.tree(low: "let text = \"a Banana\" // a Banana\n/* Banana */\n", high: "")
        let run = try Self.check(readme: tree.readme, sources: tree.sources)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func aFolderMissingFromTheTableFails() throws {
        let tree = try Self.tree(low: "", high: "")
        try FileManager.default.createDirectory(atPath: tree.sources + "/Extra", withIntermediateDirectories: true)
        let run = try Self.check(readme: tree.readme, sources: tree.sources)
        #expect(run.status == 1)
        #expect(run.output.contains("folder Extra is not in README's layer table"), "\(run.output)")
    }

    @Test func aCrossingTheReadmeNamesIsToleratedUntilItIsGone() throws {
        let crossing = "Still crossing today: `Low -> High` (Banana).\n"
        let crossed = try Self.tree(low: "let banana = Banana()\n", high: "", crossing: crossing)
        let tolerated = try Self.check(readme: crossed.readme, sources: crossed.sources)
        #expect(tolerated.status == 0, "\(tolerated.output)")
        #expect(tolerated.output.contains("still crossing (README says so): Low -> High (Banana)"), "\(tolerated.output)")
        let gone = try Self.tree(low: "", high: "", crossing: crossing)
        let stale = try Self.check(readme: gone.readme, sources: gone.sources)
        #expect(stale.status == 1)
        #expect(stale.output.contains("README says Low -> High still crosses, but Low no longer uses High"), "\(stale.output)")
    }
}
