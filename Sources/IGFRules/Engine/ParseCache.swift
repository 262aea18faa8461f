/// Parsed rule files kept between loads, so that a file whose bytes did not change is not parsed
/// again (a language server re-checking a library after a change to one file). One entry per
/// path as loaded; a later text of the same path replaces it.
package final class ParseCache {
    private struct Entry {
        let bytes: [UInt8]
        let firstLine: Int
        let parsed: (RuleFile, [Diagnostic])
    }

    private var entries: [String: Entry] = [:]
    /// How many files were parsed (not found unchanged): what tests of reuse count.
    package private(set) var parses = 0

    package init() {}

    /// The parse of `file`: the kept one when the same path had the same bytes, else a new one.
    package func parse(_ file: SourceFile) -> (RuleFile, [Diagnostic]) {
        if let entry = entries[file.path], entry.firstLine == file.firstLine, entry.bytes == file.bytes {
            return entry.parsed
        }
        let parsed = Parser.parse(file)
        parses += 1
        entries[file.path] = Entry(bytes: file.bytes, firstLine: file.firstLine, parsed: parsed)
        return parsed
    }

    /// Forgets the paths not in `kept` (files gone from the library).
    package func keep(only kept: Set<String>) {
        entries = entries.filter { kept.contains($0.key) }
    }
}
