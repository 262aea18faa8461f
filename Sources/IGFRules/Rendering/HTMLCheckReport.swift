/// `check` results as one self-contained HTML page: the summary first (one row per subject:
/// met every required rule or not, and the rules not met), then a table per subject with each
/// result's message, hint and citation. The rows and sections are kept until the end, as
/// Markdown's are (`SpilledBytes`: memory stays flat).
package struct HTMLCheckReport: ReportWriter {
    private let sections: SpilledBytes
    private let rows: SpilledBytes
    let quiet: Bool

    package init(quiet: Bool = false, spill: SpillSettings = .inMemory) {
        self.quiet = quiet
        sections = SpilledBytes(spill)
        rows = SpilledBytes(spill)
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        let e = HTMLPage.escape
        let notMet = subject.results.filter { $0.status == .fail || $0.status == .error || $0.status == .warn }
        let blocked = subject.results.contains(where: \.blocks)
        let anchor = "s-\(rowCount)"
        rowCount += 1
        let row = "<tr><td><a href=\"#\(anchor)\">\(e(subject.subject)) <code>\(e(subject.id))</code></a></td><td>"
            + HTMLPage.badge(blocked ? "fail" : "pass") + (blocked ? " no" : " yes") + "</td><td>"
            + notMet.map { "<code>\(e($0.rule.id))</code> (\(e($0.status.rawValue)))" }.joined(separator: ", ") + "</td></tr>\n"
        rows.bytes += row.utf8
        var section = "<section class=\"subject\" id=\"\(anchor)\">\n<h2>\(e(subject.subject)) <code>\(e(subject.id))</code></h2>\n"
        section += "<p>\(e(subject.summary.line))</p>\n<table>\n<tr><th>Status</th><th>Rule</th><th>Title</th><th>Details</th></tr>\n"
        for result in subject.results where !(quiet && (result.status == .skip || (result.status == .pass && result.pendingNote == nil))) {
            var details: [String] = []
            if let note = result.pendingNote { details.append(HTMLPage.inline(note)) }
            if let message = result.message { details.append(HTMLPage.inline(message)) }
            if let hint = result.hint { details.append("hint: " + HTMLPage.inline(hint)) }
            if result.status != .pass, result.status != .skip, let cite = result.rule.cite { details.append("<span class=\"cite\">\(e(cite))</span>") }
            if result.status != .pass, !result.explanation.isEmpty {
                let lines = result.explanation.flatMap { ExplanationRenderer.text($0, indent: "") }
                details.append("<details><summary>why</summary><pre>\(e(lines.joined(separator: "\n")))</pre></details>")
            }
            section += "<tr><td>\(HTMLPage.badge(result.status.rawValue))</td><td><code>\(e(result.rule.id))</code></td>"
                + "<td>\(e(result.rule.title ?? ""))</td><td>\(details.joined(separator: "<br/>"))</td></tr>\n"
        }
        sections.bytes += section.utf8
        sections.bytes += "</table>\n</section>\n".utf8
        rows.settle()
        sections.settle()
        return ""
    }

    private var rowCount = 0

    /// The page: the summary, its rows, the rules most often not met, then the sections, passed to
    /// `emit` a piece at a time. Throws, before passing anything, when a temporary file failed.
    package mutating func end(_ totals: RunTotals, emit: ([UInt8]) -> Void) throws(SpillFailure) {
        if let failure = rows.failure ?? sections.failure { throw failure }
        let e = HTMLPage.escape
        let (head, tail) = HTMLPage.parts(title: "igfrules check")
        var body = head + "<p class=\"summary\"><strong>\(totals.subjects) subject\(totals.subjects == 1 ? "" : "s") checked: "
            + "\(totals.subjectsPassing) met every required rule, \(totals.subjects - totals.subjectsPassing) did not.</strong> "
            + "All results: \(e(totals.summary.line)).</p>\n"
        body += "<table>\n<tr><th>Subject</th><th>Met every required rule</th><th>Rules not met</th></tr>\n"
        emit(Array(body.utf8))
        try rows.drain(emit)
        body = "</table>\n"
        let frequent = totals.mostFrequent(Int.max)
        if totals.subjects > 1, !frequent.isEmpty {
            body += "<h2>Rules most often not met</h2>\n<table>\n<tr><th>Rule</th><th>Subjects</th></tr>\n"
                + frequent.map { "<tr><td><code>\(e($0.id))</code></td><td>\($0.count) of \(totals.subjects)</td></tr>\n" }.joined() + "</table>\n"
        }
        emit(Array(body.utf8))
        try sections.drain(emit)
        emit(Array(tail.utf8))
    }

    /// The same, as one text (for a report kept in memory, which cannot fail; otherwise what could be read).
    package mutating func end(_ totals: RunTotals) -> String {
        var out: [UInt8] = []
        try? end(totals) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }
}
