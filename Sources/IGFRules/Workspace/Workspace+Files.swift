import Foundation

/// Files by identity, for clients that hold files open (the language server): one spelling of a
/// path, the rule files of a folder, and loading file by file with a parse cache.
extension Workspace {
    /// The one spelling of a file's path (standardized, symbolic links resolved) under which it is
    /// loaded once, found in an overlay, and named to an editor.
    public static func key(for path: String) -> String {
        RuleLoader.key(for: path)
    }

    /// The `.rules` files under a folder (recursively), sorted by path.
    package static func ruleFiles(under folder: String) -> [String] {
        RuleLoader.ruleFiles(under: folder)
    }

    /// The files of `paths` with their includes, each once, parsed (`overlay` texts instead of
    /// the disk, by ``key(for:)``; `cache` reuses the parses of files that did not change),
    /// even when some do not parse; every diagnostic of loading and parsing; and, for each
    /// diagnostic with no place of its own (a file that cannot be read), the key of the path
    /// given that led to it, by its index among the diagnostics.
    package static func load(files paths: [String], overlay: [String: [UInt8]], cache: ParseCache?)
        -> (workspace: Workspace, diagnostics: [Diagnostic], owners: [Int: String]) {
        var loader = RuleLoader()
        loader.overlay = overlay
        loader.cache = cache
        var owners: [Int: String] = [:]
        for path in paths {
            let before = loader.diagnostics.count
            loader.add(file: path, includedFrom: nil)
            for index in before..<loader.diagnostics.count where loader.diagnostics[index].file == nil {
                owners[index] = key(for: path)
            }
        }
        return (Workspace(files: loader.files), loader.diagnostics, owners)
    }

    /// The keys of the files `ruleFile` includes, as loading finds them.
    package static func includes(of ruleFile: RuleFile) -> [String] {
        let base = (ruleFile.file.path as NSString).deletingLastPathComponent
        return ruleFile.declarations.compactMap { declaration in
            guard case .include(let include) = declaration else { return nil }
            let text = include.path.text
            return key(for: RuleLoader.normalized(text.hasPrefix("/") ? text : (base as NSString).appendingPathComponent(text)))
        }
    }
}
