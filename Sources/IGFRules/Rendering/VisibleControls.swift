/// Control characters from data shown visibly (`\u{1b}`, `\r`) in formats other programs read
/// (HTML, CSV, JUnit), where line breaks and tabs are ordinary text: so that data can send no
/// escape code to a terminal or reorder a line with a bidirectional override.
enum VisibleControls {
    /// `text` with every control character but the line break and the tab written visibly.
    static func keepingLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isShown) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out += "\\r"
            } else if isShown(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isShown(_ scalar: Unicode.Scalar) -> Bool {
        Value.isControl(scalar) && scalar != "\n" && scalar != "\t"
    }
}
