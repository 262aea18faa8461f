import Foundation
import IGFRules

/// `igfrules fmt [--check] FILE…`: write rule files in the canonical layout.
enum FormatCommand: Command {
    static let name = "fmt"
    static let summary = "Write rule files in the one canonical layout, keeping every comment. Files that do not parse are left untouched."
    static let usage = "igfrules fmt [--check | --diff] [--fix] FILE..."
    static let options: [Arguments.Option] = [
        .init(name: "check", takesValue: false, valueName: "", help: "change nothing; list the files that would change, and exit with 1 if any would"),
        .init(name: "diff", takesValue: false, valueName: "", help: "change nothing; show the lines that would change, and exit with 1 if any would"),
        .init(name: "fix", takesValue: false, valueName: "", help: "first fix the mistakes whose fix is known (curly quotes, &&, ==, =>, 2,5, True), then format"),
    ]
    static let discussion = """
        FILE may be a .rules file or a folder (searched recursively). A file is replaced only once
        its new text is completely written (a temporary file renamed over it, keeping its
        permissions), so an interrupted run never leaves half a file.

        EXIT STATUS:
          0  every file is formatted (with --check: none would change)
          1  with --check: some file would change
          2  some file does not parse or cannot be read or written; it is left as it was
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("give the rule files or folders to format (for example rules/)"))
        }
        let paths = try ruleFiles(arguments.positionals)
        let showDiff = arguments.flag("diff")
        let check = arguments.flag("check") || showDiff
        let fix = arguments.flag("fix")
        var changed: [String] = []
        var failed = false
        for path in paths {
            let bytes: [UInt8]
            switch RuleLoader.read(path, limit: RuleLoader.maximumFileSize) {
            case .success(let contents): bytes = contents
            case .failure(let problem):
                console.err("error: cannot read \(path): \(problem)\n")
                failed = true
                continue
            }
            let file = fix ? fixed(SourceFile(path: path, bytes: bytes), writes: !check, console: console) : SourceFile(path: path, bytes: bytes)
            switch Formatter.format(file) {
            case .failure(let diagnostics):
                console.report(diagnostics.diagnostics)
                console.err("\(path) does not parse; it was left unchanged.\n")
                failed = true
            case .success(let text):
                guard Array(text.utf8) != bytes else { continue }
                if showDiff { console.out(LineDiff.render(String(decoding: bytes, as: UTF8.self), text, path: path)) }
                if check {
                    changed.append(path)
                    continue
                }
                do {
                    try AtomicFile.write(text, to: path)
                    changed.append(path)
                } catch {
                    console.err("error: cannot write \(path): \(error); it was left unchanged.\n")
                    failed = true
                }
            }
        }
        if check {
            if !showDiff { for path in changed { console.out("would reformat \(path)\n") } }
            if !failed { console.out(changed.isEmpty ? "\(paths.count) file\(paths.count == 1 ? "" : "s") already formatted\n" : "") }
        } else {
            for path in changed { console.out("formatted \(path)\n") }
        }
        if failed { return 2 }
        return check && !changed.isEmpty ? 1 : 0
    }

    /// The rule files the arguments name, directly or in folders, each once (a file named twice,
    /// directly or in two folders given, is formatted once).
    static func ruleFiles(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            let kind = FileAccess.kind(of: argument)
            switch kind {
            case .missing: throw CommandFailure.usage(UsageError("no such file or folder: \(argument)"))
            case .linkLoop: throw CommandFailure.usage(UsageError("\(argument): \(FileAccess.Problem.linkLoop)"))
            default: break
            }
            if kind != .folder, !argument.hasSuffix(".rules") {
                throw CommandFailure.usage(UsageError("\(argument) is not a rule file (rule files end in .rules); fmt formats rule files only"))
            }
            paths += kind == .folder ? RuleLoader.ruleFiles(under: argument) : [argument]
        }
        var seen: Set<String> = []
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }
}
