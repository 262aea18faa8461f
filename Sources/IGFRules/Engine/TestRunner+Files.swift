import Foundation

/// A test's data file that cannot be read: when it does not exist, the file of its folder whose
/// name is closest ("did you mean proposal-gender-2021.json?").
extension TestRunner {
    func located(_ diagnostic: Diagnostic, in file: SourceFile, at range: Range<Int>, suggesting resolved: String,
                 written: String) -> Diagnostic {
        var result = Diagnostic(diagnostic.severity, code: diagnostic.code, message: diagnostic.message, file: file, range: range,
                                notes: diagnostic.notes)
        if diagnostic.file != nil { result = diagnostic }
        if let suggestion = TestRunner.closestFile(to: resolved) {
            let folder = (written as NSString).deletingLastPathComponent
            let shown = folder.isEmpty ? suggestion : folder + "/" + suggestion
            result.notes.insert("did you mean \"\(shown)\"?", at: 0)
        }
        return result
    }

    /// The name of the file beside `path` closest to its name, when `path` does not exist.
    static func closestFile(to path: String) -> String? {
        guard !FileManager.default.fileExists(atPath: path) else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return Suggestions.closest(to: (path as NSString).lastPathComponent, among: names.sorted())
    }
}
