extension HTMLPage {
    /// A message for HTML content: escaped, with each Markdown span between backticks
    /// (`proposal.submitted`) shown as `<code>…</code>`; a backtick without its pair stays as is.
    package static func inline(_ text: String) -> String {
        var out: [UInt8] = []
        inline(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `inline(text)`.
    static func inline(_ text: String, into out: inout [UInt8]) {
        guard text.utf8.contains(UInt8(ascii: "`")) else { return appendEscaped(text, to: &out) }
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            if index % 2 == 0 {
                appendEscaped(String(part), to: &out)
            } else if index < parts.count - 1 {
                out.append(contentsOf: "<code>".utf8)
                appendEscaped(String(part), to: &out)
                out.append(contentsOf: "</code>".utf8)
            } else {
                out.append(UInt8(ascii: "`"))
                appendEscaped(String(part), to: &out)
            }
        }
    }
}
