import Foundation

/// Results as Markdown, for minutes and e-mails: a table per subject.
public struct MarkdownReport: ReportWriter {
    let quiet: Bool

    public init(quiet: Bool) {
        self.quiet = quiet
    }

    public mutating func begin() -> String { "" }

    public mutating func subject(_ subject: SubjectResult) -> String {
        var out = "### \(subject.subject) `\(subject.id)`\n\n| Status | Rule | Title | Details |\n|---|---|---|---|\n"
        for result in subject.results {
            if quiet, result.status == .pass && result.pendingNote == nil || result.status == .skip { continue }
            var details: [String] = []
            if let note = result.pendingNote { details.append(note) }
            if let message = result.message { details.append(message) }
            if let hint = result.hint { details.append(hint) }
            if result.status != .pass, result.status != .skip, let cite = result.rule.cite { details.append("*\(cite)*") }
            out += "| \(MarkdownReport.badge(result.status)) | `\(result.rule.id)` | \(MarkdownReport.cell(result.rule.title ?? "")) | "
                + MarkdownReport.cell(details.joined(separator: " — ")) + " |\n"
        }
        return out + "\n**\(subject.summary.line)**\n\n"
    }

    public mutating func end(_ totals: RunTotals) -> String {
        guard totals.subjects > 1 else { return "" }
        var out = "**\(totals.subjects) subjects checked: \(totals.subjectsPassing) met every required rule, "
            + "\(totals.subjects - totals.subjectsPassing) did not.**\n"
        let frequent = totals.mostFrequent(5)
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

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
