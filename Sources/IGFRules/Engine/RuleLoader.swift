import Foundation

/// Finds and parses rule files: `.rules` files named directly, or found in folders (recursively,
/// in path order), and the files they `include` (each file once).
package struct RuleLoader {
    /// The largest rule file read, in bytes.
    package static let maximumFileSize = 8 << 20

    package private(set) var files: [RuleFile] = []
    package private(set) var diagnostics: [Diagnostic] = []
    private var loaded: Set<String> = []
    /// Texts to use instead of the files on disk, by path (as `RuleLoader.key(for:)` spells it):
    /// an editor's unsaved documents.
    package var overlay: [String: [UInt8]] = [:]
    /// Parses to reuse for files whose bytes did not change since an earlier load.
    package var cache: ParseCache?

    package init() {}

    /// The one spelling of a file's path under which it is loaded once and found in `overlay`.
    package static func key(for path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Loads and checks the rule files at `paths`. The program is nil when anything is wrong.
    package static func load(_ paths: [String]) -> (Program?, [Diagnostic]) {
        var loader = RuleLoader()
        for path in paths { loader.add(path: path) }
        if loader.diagnostics.contains(where: { $0.severity == .error }) { return (nil, loader.diagnostics) }
        let (program, checkDiagnostics) = Checker.check(loader.files)
        return (program, loader.diagnostics + checkDiagnostics)
    }

    /// Adds a file, or every `.rules` file under a folder.
    package mutating func add(path: String) {
        let kind = FileAccess.kind(of: path)
        guard kind != .missing else {
            diagnostics.append(.noSuchPath(path))
            return
        }
        if kind == .linkLoop {
            diagnostics.append(Diagnostic(.error, code: "unreadable", message: "cannot read \(path): \(ReadProblem.linkLoop)"))
            return
        }
        guard kind == .folder else {
            guard path.hasSuffix(".rules") else {
                diagnostics.append(.notARuleFile(path))
                return
            }
            add(file: path, includedFrom: nil)
            return
        }
        let found = RuleLoader.ruleFiles(under: path)
        if found.isEmpty { diagnostics.append(.noRuleFiles(path)) }
        for file in found { add(file: file, includedFrom: nil) }
    }

    /// The `.rules` files under a folder, sorted by path so that loading order is stable.
    package static func ruleFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".rules") else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            // Anything named .rules that is not a folder is loaded, so that a FIFO or a loop of
            // links is reported when it is read, not silently left out.
            if FileAccess.kind(of: path) != .folder { found.append(path) }
        }
        return found.sorted()
    }

    /// Parses one file (unless already loaded) and follows its `include`s.
    package mutating func add(file path: String, includedFrom: (SourceFile, Range<Int>)?) {
        let key = RuleLoader.key(for: path)
        guard loaded.insert(key).inserted else { return }
        let bytes: [UInt8]
        let limit = RuleLoader.maximumFileSize
        switch overlay[key].map({ $0.count > limit ? .failure(.tooLarge(limit)) : .success($0) }) ?? RuleLoader.read(path, limit: limit) {
        case .success(let contents):
            bytes = contents
        case .failure(let problem):
            if let (file, range) = includedFrom {
                diagnostics.append(Diagnostic(.error, code: "include-failed", message: "cannot include \"\(path)\": \(problem)",
                                              file: file, range: range))
            } else {
                diagnostics.append(Diagnostic(.error, code: "unreadable", message: "cannot read \(path): \(problem)"))
            }
            return
        }
        add(source: SourceFile(path: path, bytes: bytes))
    }

    /// Parses rule text that is already in memory (tests, the REPL) and follows its `include`s.
    package mutating func add(source file: SourceFile) {
        let (ruleFile, parseDiagnostics) = cache?.parse(file) ?? Parser.parse(file)
        diagnostics += parseDiagnostics
        files.append(ruleFile)
        for case .include(let include) in ruleFile.declarations {
            let base = (file.path as NSString).deletingLastPathComponent
            let joined = include.path.text.hasPrefix("/") ? include.path.text : (base as NSString).appendingPathComponent(include.path.text)
            let target = RuleLoader.normalized(joined)
            // Only rule files, as on the command line: a shared rule file must not make the tool
            // read any other file and quote its lines in messages.
            guard target.hasSuffix(".rules") else {
                diagnostics.append(Diagnostic(.error, code: "include-failed", message: "cannot include \"\(target)\": it is not a rule file (rule files end in .rules)",
                                              file: file, range: include.path.range))
                continue
            }
            add(file: target, includedFrom: (file, include.path.range))
        }
    }

    /// A path with `.` and `name/..` steps removed, for messages: `rules/bpf/../schema.rules`
    /// reads `rules/schema.rules`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != "..", !last.isEmpty {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// The bytes of a file, or why they cannot be read: a folder, a FIFO or device, a loop of
    /// links, too large, not readable (see `FileAccess`).
    package static func read(_ path: String, limit: Int) -> Result<[UInt8], ReadProblem> {
        FileAccess.read(path, limit: limit)
    }

    package typealias ReadProblem = FileAccess.Problem
}

extension Diagnostic {
    static func noSuchPath(_ path: String) -> Diagnostic {
        Diagnostic(.error, code: "no-such-path", message: "no such file or folder: \(path)",
                   notes: ["give a .rules file or a folder that holds some (for example rules/)"])
    }

    static func notARuleFile(_ path: String) -> Diagnostic {
        let data = path.hasSuffix(".json") || path.hasSuffix(".jsonl")
        return Diagnostic(.error, code: "not-a-rule-file", message: "\(path) is not a rule file (rule files end in .rules)",
                          notes: data ? ["it looks like data: give it with --data \(path) (or --each NAME=\(path) for a file of records)"]
                                      : ["rename it to end in .rules, or give the folder that holds the rule files"])
    }

    static func noRuleFiles(_ path: String) -> Diagnostic {
        Diagnostic(.error, code: "no-rule-files", message: "the folder \(path) holds no .rules files")
    }
}
