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
        var paths = isFolder ? RuleLoader.ruleFiles(under: root) : []
        paths += openPaths
        if !isFolder, !openPaths.contains(root) { paths.append(root) }
        // A file that cannot be read gets a diagnostic with no place: it belongs to that file.
        var owners: [Int: String] = [:]
        for path in paths {
            let before = loader.diagnostics.count
            loader.add(file: path, includedFrom: nil)
            for index in before..<loader.diagnostics.count where loader.diagnostics[index].file == nil {
                owners[index] = RuleLoader.key(for: path)
            }
        }
        var all = loader.diagnostics
        program = nil
        if !all.contains(where: { $0.severity == .error }) {
            let (checked, checkDiagnostics) = Workspace(files: loader.files).check()
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
        for (index, diagnostic) in all.enumerated() {
            let key = diagnostic.file.map { RuleLoader.key(for: $0.path) } ?? owners[index] ?? RuleLoader.key(for: root)
            diagnostics[key, default: []].append(diagnostic)
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
