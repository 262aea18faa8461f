import IGFRules

extension FormatCommand {
    /// `fmt --fix`: the file with the fixes the diagnostics know applied, saying how many.
    static func fixed(_ file: SourceFile, console: Console) -> SourceFile {
        let (text, count) = Fixes.apply(file)
        guard count > 0 else { return file }
        console.err("\(file.path): \(count) fix\(count == 1 ? "" : "es") applied\n")
        return SourceFile(path: file.path, bytes: Array(text.utf8))
    }
}
