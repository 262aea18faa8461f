/// Control characters (NUL, ESC, BEL, …) written raw into a rule file: a terminal would act on
/// them when a title or message is shown, so `lint` warns, once per line, at the first of them.
extension Linter {
    func controlCharacters() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for ruleFile in program.files {
            let bytes = ruleFile.file.bytes
            var index = 0
            var lastLine = -1
            while index < bytes.count {
                guard let length = Linter.controlCharacterLength(bytes, at: index) else {
                    index += 1
                    continue
                }
                let line = ruleFile.file.location(of: index).line
                if line != lastLine {
                    lastLine = line
                    let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first?.value ?? 0xFFFD
                    let code = String(scalar, radix: 16, uppercase: true)
                    diagnostics.append(Diagnostic(.warning, code: "control-character",
                                                  message: "this line holds a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)) that a terminal would act on",
                                                  file: ruleFile.file, range: index..<index + length,
                                                  notes: ["remove it: titles and messages are plain text"]))
                }
                index += length
            }
        }
        return diagnostics
    }

    /// The byte length of a control character at `index` (C0 but tab and line ends, DEL, C1), or nil.
    static func controlCharacterLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return 1 }
        if byte == 0x7F { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return 2 }
        return nil
    }
}
