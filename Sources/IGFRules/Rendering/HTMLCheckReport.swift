/// `check` results as one self-contained HTML page: the summary first (one row per subject:
/// met every required rule or not, and the rules not met), then a table per subject with each
/// result's message, hint and citation. The rows and sections are kept until the end, as
/// Markdown's are (`SpilledBytes`: memory stays flat).
package struct HTMLCheckReport: ReportWriter {
    package var writesSubjectsWithNothingShown: Bool { false }
    private let sections: SpilledBytes
    private let rows: SpilledBytes
    let quiet: Bool
    private var messages = MessageMemo()
    /// The size of the largest subject rendered (at most 1 MB): the next one is given that much
    /// room, so that it seldom grows.
    private var largest = 0

    package init(quiet: Bool = false, spill: SpillSettings = .inMemory) {
        self.quiet = quiet
        sections = SpilledBytes(spill)
        rows = SpilledBytes(spill)
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        var out: [UInt8] = []
        write(subject, into: &out)
        return ""
    }

    /// Keeps the subject's row of the summary and its section for `end`; writes nothing yet.
    package mutating func write(_ subject: SubjectResult, into out: inout [UInt8]) {
        add(parts(of: subject), into: &out)
    }

    package mutating func render(_ subject: SubjectResult) -> RenderedSubject? { parts(of: subject) }

    /// Keeps the row and the section of a rendered subject for `end`, linked by the subject's number.
    package mutating func add(_ rendered: RenderedSubject, into _: inout [UInt8]) {
        let number = Array(String(rowCount).utf8)
        rowCount += 1
        rendered.withPart(0) { rows.bytes.append(contentsOf: $0) }
        rows.bytes.append(contentsOf: number)
        rendered.withPart(1) { rows.bytes.append(contentsOf: $0) }
        rendered.withPart(2) { sections.bytes.append(contentsOf: $0) }
        sections.bytes.append(contentsOf: number)
        rendered.withPart(3) { sections.bytes.append(contentsOf: $0) }
        rows.settle()
        sections.settle()
    }

    /// The subject's row of the summary and its section, each cut where its anchor's number goes
    /// (`s-` and the subject's place in the report, which only `add` knows).
    private mutating func parts(of subject: SubjectResult) -> RenderedSubject {
        // The subject and its id, as the summary row and the section heading show them.
        var heading: [UInt8] = []
        HTMLPage.appendEscaped(subject.subject, to: &heading)
        heading.append(contentsOf: " <code>".utf8)
        HTMLPage.appendEscaped(subject.id, to: &heading)
        heading.append(contentsOf: "</code>".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(largest)
        var splits: [Int] = []
        subject.results.withUnsafeBufferPointer { results in
            HTMLCheckReport.row(results, blocked: subject.blocked, heading: heading, into: &out, splits: &splits)
            splits.append(out.count)
            out.append(contentsOf: "<section class=\"subject\" id=\"s-".utf8)
            splits.append(out.count)
            out.append(contentsOf: "\">\n<h2>".utf8)
            out.append(contentsOf: heading)
            out.append(contentsOf: "</h2>\n<p>".utf8)
            HTMLPage.appendEscaped(subject.summary.line, to: &out)
            out.append(contentsOf: "</p>\n<table>\n<tr><th>Status</th><th>Rule</th><th>Title</th><th>Details</th></tr>\n".utf8)
            for index in results.indices {
                let status = results[index].status
                guard !(quiet && (status == .skip || (status == .pass && results[index].pendingNote == nil))) else { continue }
                HTMLCheckReport.row(results[index], message: messages.message(of: results[index]), into: &out)
            }
        }
        out.append(contentsOf: "</table>\n</section>\n".utf8)
        largest = min(max(largest, out.count), 1 << 20)
        return RenderedSubject(bytes: out, splits: splits)
    }

    /// Appends the subject's row of the summary: whether it met every required rule, the rules not met.
    /// `splits` gains where the anchor's number goes (after `#s-`) and where the section starts.
    private static func row(_ results: UnsafeBufferPointer<RuleResult>, blocked: Bool, heading: [UInt8], into out: inout [UInt8], splits: inout [Int]) {
        out.append(contentsOf: "<tr><td><a href=\"#s-".utf8)
        splits.append(out.count)
        out.append(contentsOf: "\">".utf8)
        out.append(contentsOf: heading)
        out.append(contentsOf: "</a></td><td>".utf8)
        HTMLPage.badge(blocked ? "fail" : "pass", into: &out)
        out.append(contentsOf: (blocked ? " no</td><td>" : " yes</td><td>").utf8)
        var first = true
        for index in results.indices {
            let status = results[index].status
            guard status == .fail || status == .error || status == .warn else { continue }
            if !first { out.append(contentsOf: ", ".utf8) }
            first = false
            out.append(contentsOf: "<code>".utf8)
            HTMLPage.appendEscaped(results[index].rule.id, to: &out)
            out.append(contentsOf: "</code> (".utf8)
            HTMLPage.appendEscaped(status.rawValue, to: &out)
            out.append(UInt8(ascii: ")"))
        }
        out.append(contentsOf: "</td></tr>\n".utf8)
    }

    /// Appends a result's row of its subject's table: status, rule, title, and the details
    /// (note, message, hint, citation, explanation) separated by line breaks. `message`: the
    /// result's `message`.
    private static func row(_ result: borrowing RuleResult, message: String?, into out: inout [UInt8]) {
        out.append(contentsOf: "<tr><td>".utf8)
        HTMLPage.badge(result.status.rawValue, into: &out)
        out.append(contentsOf: "</td><td><code>".utf8)
        HTMLPage.appendEscaped(result.rule.id, to: &out)
        out.append(contentsOf: "</code></td><td>".utf8)
        HTMLPage.appendEscaped(result.rule.title ?? "", to: &out)
        out.append(contentsOf: "</td><td>".utf8)
        var first = true
        func separate() {
            if !first { out.append(contentsOf: "<br/>".utf8) }
            first = false
        }
        if let note = result.pendingNote {
            separate()
            HTMLPage.inline(note, into: &out)
        }
        if let message {
            separate()
            HTMLPage.inline(message, into: &out)
        }
        if let hint = result.hint {
            separate()
            out.append(contentsOf: "hint: ".utf8)
            HTMLPage.inline(hint, into: &out)
        }
        if result.status != .pass, result.status != .skip, let cite = result.rule.cite {
            separate()
            out.append(contentsOf: "<span class=\"cite\">".utf8)
            HTMLPage.appendEscaped(cite, to: &out)
            out.append(contentsOf: "</span>".utf8)
        }
        if result.status != .pass, !result.explanation.isEmpty {
            separate()
            let lines = result.explanation.flatMap { ExplanationRenderer.text($0, indent: "") }
            out.append(contentsOf: "<details><summary>why</summary><pre>".utf8)
            HTMLPage.appendEscaped(lines.joined(separator: "\n"), to: &out)
            out.append(contentsOf: "</pre></details>".utf8)
        }
        out.append(contentsOf: "</td></tr>\n".utf8)
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
