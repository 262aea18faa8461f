import Foundation

/// The checker's side of the mistakes a MAG member is likely to make.
extension Checker {
    /// `True`, `FALSE`, `Yes`: the yes/no value meant, written as the language writes it.
    static func yesNoSpelling(_ name: String) -> String? {
        switch name.lowercased() {
        case "true", "yes": name == "true" ? nil : "yes"
        case "false", "no": name == "false" ? nil : "no"
        default: nil
        }
    }

    /// An element name (`all f in …`) may reuse the name of a definition declared in another
    /// file — a REPL `define f = …` must not break the library's rules; the element wins inside
    /// its rule. In the same file, reusing it is almost always a mistake, and stays an error.
    static func mayShadow(_ other: (kind: String, declared: Declared), in file: SourceFile) -> Bool {
        other.kind == "a definition" && other.declared.file.path != file.path
    }

    /// When one side of a failed comparison is a `param` holding a text that reads as a number
    /// (`param x = "3"`), a note pointing at the `param` line.
    func quotedNumberNotes(_ a: Code, _ b: Code) -> [String] {
        [a, b].compactMap { code in
            guard case .param(let slot) = code.op, case .text(let text) = parameters[slot].defaultValue,
                Double(text.trimmingCharacters(in: .whitespaces)) != nil
            else { return nil }
            let parameter = parameters[slot]
            let line = parameter.declared.file.lineText(parameter.declared.file.location(of: parameter.declared.range.lowerBound).line)
            return "`\(parameter.name)` is a text, declared at \(parameter.declared.location): `\(line.trimmingCharacters(in: .whitespaces))`; "
                + "numbers are written without quotes: `param \(parameter.name) = \(text.trimmingCharacters(in: .whitespaces))`"
        }
    }
}
