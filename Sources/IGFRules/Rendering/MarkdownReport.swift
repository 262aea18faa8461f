import Foundation

/// Results as Markdown, for minutes and e-mails: for a batch, a short table to paste into an
/// e-mail first (one row per subject), then a table per subject.
public struct MarkdownReport: ReportWriter {
    let quiet: Bool
    /// The subjects' tables, written after the summary table at the end.
    private var details = ""
    private var rows = ""

    public init(quiet: Bool) {
        self.quiet = quiet
    }

    public mutating func begin() -> String { "" }

    public mutating func subject(_ subject: SubjectResult) -> String {
        rows += MarkdownReport.summaryRow(subject)
        details += table(subject)
        return ""
    }

    /// One row of the batch summary: the subject, whether it met every required rule, the rules not met.
    static func summaryRow(_ subject: SubjectResult) -> String {
        let notMet = subject.results.filter { $0.status == .fail || $0.status == .error || $0.status == .warn }
        let met = !subject.results.contains(where: \.blocks)
        return "| \(subject.subject) \(code(subject.id)) | \(met ? "✅ yes" : "❌ no") | "
            + (notMet.isEmpty ? "—" : notMet.map { code($0.rule.id) + ($0.status == .fail ? "" : " (\($0.status.rawValue))") }.joined(separator: ", ")) + " |\n"
    }

    private func table(_ subject: SubjectResult) -> String {
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
        guard totals.subjects > 1 else { return details }
        let headline = "**\(totals.subjects) subjects checked: \(totals.subjectsPassing) met every required rule, "
            + "\(totals.subjects - totals.subjectsPassing) did not.**\n"
        var out = headline + "\n| Subject | Met every required rule | Rules not met |\n|---|---|---|\n" + rows + "\n" + details + headline
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
    public static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "<", ">", "[", "]", "#": out += "\\" + String(character)
            case "\n", "\r\n", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// A code span that holds any text, backticks included.
    public static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "``" : "`"
        return fence + (text.hasPrefix("`") || text.hasSuffix("`") ? " \(text) " : text) + fence
    }
}
