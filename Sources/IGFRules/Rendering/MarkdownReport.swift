import Foundation

/// Results as Markdown, for minutes and e-mails: a table per subject.
public struct MarkdownReport: ReportWriter {
    let quiet: Bool

    public init(quiet: Bool) {
        self.quiet = quiet
    }

    public mutating func begin() -> String { "" }

    public mutating func subject(_ subject: SubjectResult) -> String {
        var out = "### \(subject.subject) \(MarkdownReport.code(subject.id))\n\n"
        let shown = subject.results.filter { !(quiet && (($0.status == .pass && $0.pendingNote == nil) || $0.status == .skip)) }
        guard !shown.isEmpty else { return out + "Every rule passes.\n\n**\(subject.summary.line)**\n\n" }
        out += "| Status | Rule | Title | Details |\n|---|---|---|---|\n"
        for result in shown {
            var details: [String] = []
            if let note = result.pendingNote { details.append(note) }
            if let message = result.message { details.append(message) }
            if let hint = result.hint { details.append(hint) }
            if result.status != .pass, result.status != .skip, let cite = result.rule.cite { details.append("*" + MarkdownReport.cell(cite) + "*") }
            out += "| \(MarkdownReport.badge(result.status)) | \(MarkdownReport.code(result.rule.id)) | \(MarkdownReport.cell(result.rule.title ?? "")) | "
                + details.map { $0.hasPrefix("*") ? $0 : MarkdownReport.cell($0) }.joined(separator: " — ") + " |\n"
        }
        return out + "\n**\(subject.summary.line)**\n\n"
    }

    public mutating func end(_ totals: RunTotals) -> String {
        guard totals.subjects > 1 else { return "" }
        var out = "**\(totals.subjects) subjects checked: \(totals.subjectsPassing) met every required rule, "
            + "\(totals.subjects - totals.subjectsPassing) did not.**\n"
        let frequent = totals.mostFrequent(Int.max)
        if !frequent.isEmpty {
            out += "\n| Rule not met | Subjects |\n|---|---|\n"
            for (id, count) in frequent { out += "| `\(id)` | \(count) of \(totals.subjects) |\n" }
        }
        return out
    }

    static func badge(_ status: RuleResult.Status) -> String {
        switch status {
        case .pass: "✅ pass"
        case .fail: "❌ fail"
        case .warn: "⚠️ warn"
        case .skip: "➖ skip"
        case .error: "⛔ error"
        }
    }

    /// Text in a table cell: Markdown's own characters escaped, on one line.
    static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "#": out += "\\" + String(character)
            case "\n", "\r\n", "\t": out += " "
            default: out += Value.visible(String(character))
            }
        }
        return out
    }

    /// A code span that holds any text, backticks included (its fence is longer than any run of
    /// backticks inside), on one line with control characters shown visibly.
    static func code(_ raw: String) -> String {
        let text = Value.visible(raw).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        return fence + (text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text) + fence
    }
}
