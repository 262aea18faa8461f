extension HTMLPage {
    /// A message for HTML content: escaped, with each Markdown span between backticks
    /// (`proposal.submitted`) shown as `<code>…</code>`; a backtick without its pair stays as is.
    package static func inline(_ text: String) -> String {
        guard text.contains("`") else { return escape(text) }
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        var out = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 0 {
                out += escape(String(part))
            } else if index < parts.count - 1 {
                out += "<code>" + escape(String(part)) + "</code>"
            } else {
                out += "`" + escape(String(part))
            }
        }
        return out
    }
}
