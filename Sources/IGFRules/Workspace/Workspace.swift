/// The front door of the library: the rule files loaded from paths (or given as texts, as an
/// editor holds them), the declarations typed over them by key, and checking them into a program.
/// A run's inputs are bound with `RunInputs` (parameters, data files, records) and run through
/// it (results with traces and obligations, what-ifs, scores, timelines); tests run with
/// `runTests`; evaluations are compared with ``compare(before:after:)``. Every command, the
/// REPL and the language server go through it.
public struct Workspace: Sendable {
    /// Declarations typed over the loaded rules, in a file of their own, with the keys of those
    /// that replace a declaration (see ``DeclarationKey``).
    public struct Edit: Sendable {
        public let keys: [DeclarationKey]
        public let file: RuleFile
    }

    /// The rule files as loaded (with their includes), as parsed.
    public private(set) var baseFiles: [RuleFile]
    /// The edits, oldest first.
    public private(set) var edits: [Edit] = []

    public init(files: [RuleFile]) {
        baseFiles = files
    }

    /// Loads the rule files at `paths` (files or folders, with their includes); `overlay` holds
    /// texts that stand for files on disk (an editor's unsaved buffers), by ``RuleLoader/key(for:)``.
    /// Nil with the diagnostics when a file cannot be read or parsed.
    public static func load(paths: [String], overlay: [String: [UInt8]] = [:]) -> (Workspace?, [Diagnostic]) {
        var loader = RuleLoader()
        loader.overlay = overlay
        for path in paths { loader.add(path: path) }
        if loader.diagnostics.contains(where: { $0.severity == .error }) { return (nil, loader.diagnostics) }
        return (Workspace(files: loader.files), loader.diagnostics)
    }

    /// Loads and checks the rule files at `paths`: the program (nil when anything is wrong) and
    /// every diagnostic, of loading and of checking.
    public static func check(paths: [String]) -> (Program?, [Diagnostic]) {
        let (workspace, loadDiagnostics) = load(paths: paths)
        guard let workspace else { return (nil, loadDiagnostics) }
        let (program, checkDiagnostics) = workspace.check()
        return (program, loadDiagnostics + checkDiagnostics)
    }

    /// Loads, checks and lints the rule files at `paths`, as `lint` does: how many files were read
    /// (whether or not they check) and every diagnostic, the linter's last.
    public static func lint(paths: [String]) -> (filesRead: Int, diagnostics: [Diagnostic]) {
        var loader = RuleLoader()
        for path in paths { loader.add(path: path) }
        var all = loader.diagnostics
        if !all.contains(where: { $0.severity == .error }) {
            let (program, diagnostics) = Workspace(files: loader.files).check()
            all += diagnostics + (program.map(lint) ?? [])
        }
        return (loader.files.count, all)
    }

    /// The linter's warnings and errors about a checked program.
    package static func lint(_ program: Program) -> [Diagnostic] {
        Linter(program: program).run()
    }

    /// Parses in-memory texts (path and text each) into a workspace, with the parser's diagnostics.
    public static func parse(texts: [(path: String, text: String)]) -> (Workspace, [Diagnostic]) {
        var files: [RuleFile] = []
        var diagnostics: [Diagnostic] = []
        for (path, text) in texts {
            let (file, found) = Parser.parse(SourceFile(path: path, bytes: Array(text.utf8)))
            files.append(file)
            diagnostics += found
        }
        return (Workspace(files: files), diagnostics)
    }

    /// The rule files as checked: the loaded ones without the declarations an edit replaces,
    /// then the edits' own.
    public var files: [RuleFile] {
        let replaced = Set(edits.flatMap(\.keys))
        return baseFiles.map { Self.removing(replaced, from: $0) } + edits.map(\.file)
    }

    /// The edits' files only.
    public var editedFiles: [RuleFile] { edits.map(\.file) }

    /// Checks the files into a program; nil when there is an error.
    public func check() -> (Program?, [Diagnostic]) {
        Checker.check(files)
    }

    /// This workspace with `file` typed over it: a declaration of `file` with one of `keys`
    /// replaces the loaded one and an earlier edit's (an earlier edit left with no declaration
    /// goes). A rule in `file` must already be named by its full id.
    public func declaring(_ file: RuleFile, keys: [DeclarationKey]) -> Workspace {
        var next = self
        let replaced = Set(keys)
        next.edits = edits.compactMap { edit in
            let kept = edit.file.declarations.filter { DeclarationKey($0, ruleset: nil).map { !replaced.contains($0) } ?? true }
            guard !kept.isEmpty else { return nil }
            var file = edit.file
            file.declarations = kept
            return Edit(keys: edit.keys.filter { !replaced.contains($0) }, file: file)
        } + [Edit(keys: keys, file: file)]
        return next
    }

    /// This workspace with other loaded files, keeping the edits.
    public func replacingBase(with files: [RuleFile]) -> Workspace {
        var next = self
        next.baseFiles = files
        return next
    }

    private static func removing(_ replaced: Set<DeclarationKey>, from file: RuleFile) -> RuleFile {
        guard !replaced.isEmpty else { return file }
        var file = file
        var ruleset: String?
        file.declarations = file.declarations.filter { declaration in
            if case .ruleset(let d) = declaration { ruleset = d.id.text }
            return DeclarationKey(declaration, ruleset: ruleset).map { !replaced.contains($0) } ?? true
        }
        return file
    }
}
