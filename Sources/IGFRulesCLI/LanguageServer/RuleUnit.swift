import Foundation
import IGFRules

/// A set of rule files checked together, as `lint` checks them: the library folder that holds a
/// document (the nearest folder above it with `schema.rules` or `clauses.rules`), or the document
/// alone with its includes. Open documents are read from the editor, not from the disk. A change
/// to one file re-checks only that file and those that include it (see `RuleUnit+Change`);
/// files whose bytes did not change are not parsed again.
final class RuleUnit {
    /// The folder, or the lone file's path.
    let root: String
    let isFolder: Bool
    /// The parsed files, in loading order.
    private(set) var ruleFiles: [RuleFile] = []
    /// The position of each file in `ruleFiles`, by loader key.
    private var positions: [String: Int] = [:]
    /// The program of the last analysis, when it checked.
    private(set) var program: Program?
    /// The last program that checked, for hover and completion while a file has errors.
    private(set) var lastProgram: Program?
    /// Diagnostics by loader key of their file; those with no file go to `root`.
    private(set) var diagnostics: [String: [Diagnostic]] = [:]
    /// When the last analysis re-checked only part of the unit (what a change touched), the
    /// keys of that part: the program is then the part's (with every test of its rules), and
    /// diagnostics that need the whole unit wait for a full analysis. Nil after a full one.
    private(set) var partialScope: Set<String>?
    /// The keys of the files the last analysis loaded and checked (what tests of reuse look at).
    private(set) var lastChecked: [String] = []
    /// Parses kept between analyses.
    let cache = ParseCache()
    private var builtIndex: SymbolIndex?
    /// The last index built, whose walks of unchanged files the next one reuses.
    private var lastIndex: SymbolIndex?
    private var testReport: TestRunner.Report?

    init(root: String, isFolder: Bool) {
        self.root = root
        self.isFolder = isFolder
    }

    /// The symbol index of the files, built when first asked for after an analysis.
    var index: SymbolIndex {
        if let builtIndex { return builtIndex }
        let built = SymbolIndex(ruleFiles, reusing: lastIndex)
        builtIndex = built
        lastIndex = built
        return built
    }

    /// The unit a document belongs to: its library folder, or itself.
    static func root(for path: String) -> (String, Bool) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, folder != "/" {
            for marker in markers where FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(marker)) {
                return (folder, true)
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return (path, false)
    }

    /// The files that make a folder a library; every file of it reads them.
    static let markers = ["schema.rules", "clauses.rules"]

    /// Loads, checks and lints the whole unit again. `openPaths` are documents under it that may
    /// not be on disk yet.
    func analyze(overlay: [String: [UInt8]], openPaths: [String]) {
        var paths = isFolder ? Workspace.ruleFiles(under: root) : []
        paths += openPaths
        if !isFolder, !openPaths.contains(root) { paths.append(root) }
        let (files, found) = check(paths, overlay: overlay)
        ruleFiles = files
        positions = [:]
        for (position, file) in files.enumerated() { positions[Workspace.key(for: file.file.path)] = position }
        diagnostics = found
        partialScope = nil
        cache.keep(only: Set(files.map(\.file.path)))
    }

    /// Loads, checks and lints `paths` with their includes: the files, and the diagnostics by
    /// key. Sets the program and forgets what was built from the earlier files.
    func check(_ paths: [String], overlay: [String: [UInt8]]) -> ([RuleFile], [String: [Diagnostic]]) {
        let (workspace, loaded, owners) = Workspace.load(files: paths, overlay: overlay, cache: cache)
        var all = loaded
        program = nil
        if !all.contains(where: { $0.severity == .error }) {
            let (checked, checkDiagnostics) = workspace.check()
            all += checkDiagnostics
            if let checked {
                all += Workspace.lint(checked)
                program = checked
                lastProgram = checked
            }
        }
        builtIndex = nil
        testReport = nil
        lastChecked = workspace.files.map { Workspace.key(for: $0.file.path) }
        var found: [String: [Diagnostic]] = [:]
        for (index, diagnostic) in all.enumerated() {
            let key = diagnostic.file.map { Workspace.key(for: $0.path) } ?? owners[index] ?? Workspace.key(for: root)
            found[key, default: []].append(diagnostic)
        }
        return (workspace.files, found)
    }

    /// Puts newly parsed files in place of the earlier parses of the same files (new ones at
    /// the end), and the diagnostics of `keys` in place of theirs.
    func merge(_ files: [RuleFile], diagnostics found: [String: [Diagnostic]], of keys: Set<String>) {
        for file in files {
            let key = Workspace.key(for: file.file.path)
            if let position = positions[key] {
                ruleFiles[position] = file
            } else {
                positions[key] = ruleFiles.count
                ruleFiles.append(file)
            }
        }
        for key in keys { diagnostics[key] = found[key] }
        partialScope = keys
    }

    /// Whether a file (by loader key) is part of the unit.
    func contains(_ key: String) -> Bool { positions[key] != nil }

    /// A file of the unit by loader key, as last parsed.
    func file(_ key: String) -> RuleFile? { positions[key].map { ruleFiles[$0] } }

    /// The outcomes of the unit's tests, run once per analysis.
    func tests() -> TestRunner.Report? {
        guard let program else { return nil }
        if testReport == nil { testReport = Workspace.runTests(of: program) }
        return testReport
    }
}
