import Foundation
import IGFRules

/// A set of rule files checked together, as `lint` checks them: the library folder that holds a
/// document (the nearest folder above it with `schema.rules` or `clauses.rules`), or the document
/// alone with its includes. Open documents are read from the editor, not from the disk.
final class RuleUnit {
    /// The folder, or the lone file's path.
    let root: String
    let isFolder: Bool
    private(set) var ruleFiles: [RuleFile] = []
    /// The program of the last analysis, when it checked.
    private(set) var program: Program?
    /// The last program that checked, for hover and completion while a file has errors.
    private(set) var lastProgram: Program?
    /// Diagnostics by loader key of their file; those with no file go to `root`.
    private(set) var diagnostics: [String: [Diagnostic]] = [:]
    private(set) var index = SymbolIndex([])
    private var testReport: TestRunner.Report?

    init(root: String, isFolder: Bool) {
        self.root = root
        self.isFolder = isFolder
    }

    /// The unit a document belongs to: its library folder, or itself.
    static func root(for path: String) -> (String, Bool) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/" {
            for marker in ["schema.rules", "clauses.rules"]
            where FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(marker)) {
                return (folder, true)
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return (path, false)
    }

    /// Loads, checks and lints the unit again. `openPaths` are documents under it that may not
    /// be on disk yet.
    func analyze(overlay: [String: [UInt8]], openPaths: [String]) {
        var loader = RuleLoader()
        loader.overlay = overlay
        if isFolder {
            for file in RuleLoader.ruleFiles(under: root) { loader.add(file: file, includedFrom: nil) }
        }
        for path in openPaths { loader.add(file: path, includedFrom: nil) }
        if !isFolder, !openPaths.contains(root) { loader.add(file: root, includedFrom: nil) }
        var all = loader.diagnostics
        program = nil
        if !all.contains(where: { $0.severity == .error }) {
            let (checked, checkDiagnostics) = Checker.check(loader.files)
            all += checkDiagnostics
            if let checked {
                all += Linter(program: checked).run()
                program = checked
                lastProgram = checked
            }
        }
        ruleFiles = loader.files
        index = SymbolIndex(loader.files)
        testReport = nil
        diagnostics = [:]
        for diagnostic in all {
            diagnostics[diagnostic.file.map { RuleLoader.key(for: $0.path) } ?? RuleLoader.key(for: root), default: []].append(diagnostic)
        }
    }

    /// Whether a file (by loader key) is part of the unit.
    func contains(_ key: String) -> Bool { index.files[key] != nil }

    /// The outcomes of the unit's tests, run once per analysis.
    func tests() -> TestRunner.Report? {
        guard let program else { return nil }
        if testReport == nil { testReport = TestRunner(program: program).run() }
        return testReport
    }
}
