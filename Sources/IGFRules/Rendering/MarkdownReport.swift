import Foundation

/// Results as Markdown, for minutes and e-mails: for a batch, a short table to paste into an
/// e-mail first (one row per subject), then a table per subject. Written as bytes; each rule's
/// id, title and citation cells are escaped once and copied from then on. The subjects' tables
/// are kept until the end, so that the summary table can come first.
package struct MarkdownReport: ReportWriter {
    let quiet: Bool
    /// Per rule id: "| `id` | title |" and the citation detail "*cite*", escaped.
    private var fragments: [String: (row: [UInt8], cite: [UInt8]?)] = [:]
    /// The subjects' tables, written after the summary table at the end.
    private var details: [UInt8] = []
    private var rows = ""

    package init(quiet: Bool) {
        self.quiet = quiet
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        var out: [UInt8] = []
        write(subject, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Keeps the subject's row of the summary and its table for `end`; writes nothing yet.
    package mutating func write(_ subject: SubjectResult, into _: inout [UInt8]) {
        rows += MarkdownReport.summaryRow(subject)
        var tables: [UInt8] = []
        swap(&tables, &details)
        table(subject, into: &tables)
        swap(&tables, &details)
    }

    /// One row of the batch summary: the subject, whether it met every required rule, the rules not met.
    static func summaryRow(_ subject: SubjectResult) -> String {
        let notMet = subject.results.filter { $0.status == .fail || $0.status == .error || $0.status == .warn }
        let met = !subject.results.contains(where: \.blocks)
        return "| \(subject.subject) \(code(subject.id)) | \(met ? "✅ yes" : "❌ no") | "
            + (notMet.isEmpty ? "—" : notMet.map { code($0.rule.id) + ($0.status == .fail ? "" : " (\($0.status.rawValue))") }.joined(separator: ", ")) + " |\n"
    }

    private mutating func table(_ subject: SubjectResult, into out: inout [UInt8]) {
        out.append(contentsOf: "### \(subject.subject) \(MarkdownReport.code(subject.id))\n\n".utf8)
        let shown = subject.results.filter { !(quiet && (($0.status == .pass && $0.pendingNote == nil) || $0.status == .skip)) }
        guard !shown.isEmpty else {
            out.append(contentsOf: "Every rule passes.\n\n**\(subject.summary.line)**\n\n".utf8)
            return
        }
        out.append(contentsOf: "| Status | Rule | Title | Details |\n|---|---|---|---|\n".utf8)
        for result in shown { row(result, into: &out) }
        out.append(contentsOf: "\n**\(subject.summary.line)**\n\n".utf8)
    }

    private mutating func row(_ result: RuleResult, into out: inout [UInt8]) {
        let rule = result.rule
        let fragment: (row: [UInt8], cite: [UInt8]?)
        if let known = fragments[rule.id] {
            fragment = known
        } else {
            var row: [UInt8] = Array(" | \(MarkdownReport.code(rule.id)) | ".utf8)
            MarkdownReport.cell(rule.title ?? "", into: &row)
            row.append(contentsOf: " | ".utf8)
            let cite = rule.cite.map { cite -> [UInt8] in
                var bytes: [UInt8] = [UInt8(ascii: "*")]
                MarkdownReport.cell(cite, into: &bytes)
                bytes.append(UInt8(ascii: "*"))
                return bytes
            }
            fragment = (row, cite)
            fragments[rule.id] = fragment
        }
        out.append(contentsOf: "| ".utf8)
        out.append(contentsOf: MarkdownReport.badge(result.status).utf8)
        out.append(contentsOf: fragment.row)
        var first = true
        func separate() {
            if !first { out.append(contentsOf: " — ".utf8) }
            first = false
        }
        for detail in [result.pendingNote, result.message, result.hint] {
            guard let detail else { continue }
            separate()
            // A detail that starts with `*` is already Markdown (as the citation is).
            if MarkdownReport.startsWithStar(detail) { out.append(contentsOf: detail.utf8) } else { MarkdownReport.cell(detail, into: &out) }
        }
        if result.status != .pass, result.status != .skip, let cite = fragment.cite {
            separate()
            out.append(contentsOf: cite)
        }
        out.append(contentsOf: " |\n".utf8)
    }

    package mutating func end(_ totals: RunTotals) -> String {
        let tables = String(decoding: details, as: UTF8.self)
        guard totals.subjects > 1 else { return tables }
        let headline = "**\(totals.subjects) subjects checked: \(totals.subjectsPassing) met every required rule, "
            + "\(totals.subjects - totals.subjectsPassing) did not.**\n"
        var out = headline + "\n| Subject | Met every required rule | Rules not met |\n|---|---|---|\n" + rows + "\n" + tables + headline
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

    /// `text.hasPrefix("*")`, from the first bytes when they settle it.
    static func startsWithStar(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "*") else { return false }
        guard let next = bytes.next(), next >= 0x80 else { return true }
        return text.hasPrefix("*")
    }

    /// Text in a table cell: Markdown's own characters escaped, on one line.
    package static func cell(_ text: String) -> String {
        var out: [UInt8] = []
        cell(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
