import Foundation
import IGFRules

/// A change to one file of a unit re-checks what it must: the file, every file that includes
/// it (directly or through others) and what those include, reusing the parses of files that did
/// not change. A file the unit does not hold yet, and the schema and clause index (which every
/// file reads), re-check the whole unit.
extension RuleUnit {
    /// The keys whose diagnostics a change to `key` can alter: it and the files that include it;
    /// nil when the change must re-check the whole unit.
    func scope(ofChangeTo key: String) -> Set<String>? {
        guard contains(key), !Self.markers.contains((key as NSString).lastPathComponent) else { return nil }
        var includedBy: [String: [String]] = [:]
        for file in ruleFiles {
            for target in Workspace.includes(of: file) { includedBy[target, default: []].append(Workspace.key(for: file.file.path)) }
        }
        var scope: Set<String> = [key]
        var pending = [key]
        while let next = pending.popLast() {
            for includer in includedBy[next] ?? [] where scope.insert(includer).inserted { pending.append(includer) }
        }
        return scope
    }

    /// Re-checks the part of the unit a change to `key` touches; false (nothing done) when the
    /// whole unit must be checked instead.
    func analyze(changeTo key: String, overlay: [String: [UInt8]]) -> Bool {
        guard let scope = scope(ofChangeTo: key) else { return false }
        let paths = ruleFiles.map(\.file.path).filter { scope.contains(Workspace.key(for: $0)) }
        let (files, found) = check(paths, overlay: overlay)
        merge(files, diagnostics: found, of: scope)
        return true
    }
}
