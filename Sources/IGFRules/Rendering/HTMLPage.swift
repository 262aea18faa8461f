/// One self-contained HTML page (no network resources): a title, a stylesheet that reads well on
/// screen and prints cleanly, and the body the caller writes.
package enum HTMLPage {
    package static func page(title: String, body: String) -> String {
        let (head, tail) = parts(title: title)
        return head + body + tail
    }

    /// The page around its body, for a writer that writes the body in pieces.
    package static func parts(title: String) -> (head: String, tail: String) {
        let head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(escape(title))</h1>

            """
        return (head, "\n</body>\n</html>\n")
    }

    /// Text for HTML content or a quoted attribute; control characters from data are shown
    /// visibly (`\u{1b}`).
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in VisibleControls.keepingLineBreaks(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Appends `escape(text)`, from the UTF-8 alone when it settles the characters.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        let start = out.count
        var text = text
        let done = text.withUTF8 { utf8 in
            MarkupBytes.escape(utf8, into: &out) { index in
                switch utf8[index] {
                case UInt8(ascii: "&"): .entity("&amp;")
                case UInt8(ascii: "<"): .entity("&lt;")
                case UInt8(ascii: ">"): .entity("&gt;")
                case UInt8(ascii: "\""): .entity("&quot;")
                case UInt8(ascii: "'"): .entity("&#39;")
                default: MarkupBytes.startsSpecialCharacter(utf8, at: index) ? .unsettled : .keep
                }
            }
        }
        if !done {
            out.removeSubrange(start...)
            out.append(contentsOf: escape(text).utf8)
        }
    }

    /// Appends `badge(status)`.
    static func badge(_ status: String, into out: inout [UInt8]) {
        out.append(contentsOf: "<span class=\"badge ".utf8)
        appendEscaped(status, to: &out)
        out.append(contentsOf: "\">".utf8)
        appendEscaped(status, to: &out)
        out.append(contentsOf: "</span>".utf8)
    }

    /// A status as a coloured label.
    package static func badge(_ status: String) -> String {
        "<span class=\"badge \(escape(status))\">\(escape(status))</span>"
    }

    static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.4; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; }
        th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; } td.date { white-space: nowrap; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
        .badge { display: inline-block; padding: 0 0.4em; border-radius: 0.3em; font-size: 0.85em; font-weight: 600; color: #fff; }
        .pass, .on-time { background: #2e7d32; } .fail, .overdue { background: #c62828; } .warn, .late { background: #ef6c00; }
        .skip { background: #757575; } .error { background: #6a1b9a; } .pending { background: #1565c0; } .before-window { background: #8d6e63; }
        .cite { color: #555; font-style: italic; } .summary { font-size: 1.05rem; }
        pre { white-space: pre-wrap; font-size: 0.85em; background: #f7f7f7; padding: 0.4rem; margin: 0.2rem 0; } summary { cursor: pointer; color: #1565c0; }
        svg { max-width: 100%; height: auto; } svg text { font-family: system-ui, sans-serif; font-size: 12px; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; color: #000; }
          h2 { break-after: avoid; } tr, .subject { break-inside: avoid; }
          .badge { color: #000; border: 1px solid #000; background: none !important; }
          a { color: #000; text-decoration: none; }
        }
        """
}
