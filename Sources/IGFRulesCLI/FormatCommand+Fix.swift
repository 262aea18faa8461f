import IGFRules

extension FormatCommand {
    /// `fmt --fix`: the file with the fixes the diagnostics know applied, saying how many (as
    /// fixes that "would be applied" when `writes` is false: `--check` and `--diff` write nothing).
    static func fixed(_ file: SourceFile, writes: Bool, console: Console) -> SourceFile {
        let (text, count) = Fixes.apply(file)
        guard count > 0 else { return file }
        let fixes = "\(count) fix\(count == 1 ? "" : "es")"
        console.err("\(file.path): \(fixes) \(writes ? "applied" : "would be applied")\n")
        return SourceFile(path: file.path, bytes: Array(text.utf8))
    }
}
