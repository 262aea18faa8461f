import Foundation

/// Results as Markdown, for minutes and e-mails: for a batch, a short table to paste into an
/// e-mail first (one row per subject), then a table per subject. Written as bytes; each rule's
/// id, title and citation cells are escaped once and copied from then on. The summary rows and
/// the subjects' tables are kept until the end, so that the summary table can come first: in
/// memory for a few subjects, then in temporary files (`SpilledBytes`), so memory stays flat.
package struct MarkdownReport: ReportWriter {
    package var writesSubjectsWithNothingShown: Bool { false }
    let quiet: Bool
    /// Per rule id: its code span, "| `id` | title |" and the citation detail "*cite*", escaped.
    private var fragments: [String: Fragment] = [:]
    /// The fragments of the last results by their position among a subject's results.
    private var positional: [Fragment] = []
    private var messages = MessageMemo()
    /// The size of the largest subject rendered (at most 1 MB): the next one is given that much
    /// room, so that it seldom grows.
    private var largest = 0
    /// The rows of the summary table and the subjects' tables, written out at the end.
    private let rows: SpilledBytes
    private let tables: SpilledBytes

    private struct Fragment {
        let id: String
        let code: [UInt8]
        let row: [UInt8]
        let cite: [UInt8]?
        /// The whole table row of a plain pass, which has no details.
        let pass: [UInt8]
    }

    package init(quiet: Bool, spill: SpillSettings = .inMemory) {
        self.quiet = quiet
        rows = SpilledBytes(spill)
        tables = SpilledBytes(spill)
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        var out: [UInt8] = []
        write(subject, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Keeps the subject's row of the summary and its table for `end`; writes nothing yet.
    package mutating func write(_ subject: SubjectResult, into out: inout [UInt8]) {
        add(parts(of: subject), into: &out)
    }

    package mutating func render(_ subject: SubjectResult) -> RenderedSubject? { parts(of: subject) }

    /// Keeps the row and the table of a rendered subject for `end`.
    package mutating func add(_ rendered: RenderedSubject, into _: inout [UInt8]) {
        rendered.withPart(0) { rows.bytes.append(contentsOf: $0) }
        rendered.withPart(1) { tables.bytes.append(contentsOf: $0) }
        rows.settle()
        tables.settle()
    }

    /// The subject's row of the summary, then its table.
    private mutating func parts(of subject: SubjectResult) -> RenderedSubject {
        var row: [UInt8] = []
        var table: [UInt8] = []
        // The row gets the table appended: room for both.
        row.reserveCapacity(largest)
        table.reserveCapacity(largest)
        // Read through the buffer: fewer copies of the results.
        subject.results.withUnsafeBufferPointer { results in
            let met = !subject.blocked
            var anyShown = false
            for index in results.indices {
                if shows(results[index].status, pending: results[index].outcome.isPending) { anyShown = true }
            }
            // The summary row: the subject, whether it met every required rule, the rules not met.
            var heading: [UInt8] = Array(subject.subject.utf8)
            heading.append(UInt8(ascii: " "))
            MarkdownReport.code(subject.id, into: &heading)
            row.append(contentsOf: "| ".utf8)
            row.append(contentsOf: heading)
            row.append(contentsOf: (met ? " | ✅ yes | " : " | ❌ no | ").utf8)
            table.append(contentsOf: "### ".utf8)
            table.append(contentsOf: heading)
            table.append(contentsOf: (anyShown ? "\n\n| Status | Rule | Title | Details |\n|---|---|---|---|\n" : "\n\nEvery rule passes.\n").utf8)
            var notMet = 0
            for index in results.indices {
                let status = results[index].status
                let shown = shows(status, pending: results[index].outcome.isPending)
                let notPassing = status == .fail || status == .error || status == .warn
                guard notPassing || shown else { continue }
                let fragment = known(at: index, id: results[index].rule.id) ?? fragment(at: index, of: results[index].rule)
                if notPassing {
                    if notMet > 0 { row.append(contentsOf: ", ".utf8) }
                    row.append(contentsOf: fragment.code)
                    if status != .fail { row.append(contentsOf: " (\(status.rawValue))".utf8) }
                    notMet += 1
                }
                guard shown else { continue }
                if case .pass = results[index].outcome, results[index].written == nil, results[index].explanation.isEmpty {
                    table.append(contentsOf: fragment.pass)
                } else {
                    MarkdownReport.row(results[index], fragment, message: messages.message(of: results[index]), into: &table)
                }
            }
            row.append(contentsOf: (notMet == 0 ? "— |\n" : " |\n").utf8)
        }
        table.append(contentsOf: "\n**\(subject.summary.line)**\n\n".utf8)
        let split = row.count
        row.append(contentsOf: table)
        largest = min(max(largest, row.count), 1 << 20)
        return RenderedSubject(bytes: row, splits: [split])
    }

    /// Whether a result has a row in its subject's table (with --quiet, passes and skips do not).
    private func shows(_ status: RuleResult.Status, pending: Bool) -> Bool {
        !(quiet && ((status == .pass && !pending) || status == .skip))
    }

    /// The escaped cells of `rule`, made on its first result. Every subject's results are
    /// mostly the same rules in the same order, so the cells are found first by position.
    private func known(at position: Int, id: String) -> Fragment? {
        position < positional.count && positional[position].id == id ? positional[position] : nil
    }

    /// The same, found by id or made, and kept at `position` for the next subject.
    private mutating func fragment(at position: Int, of rule: borrowing Rule) -> Fragment {
        let fragment = fragments[rule.id] ?? MarkdownReport.makeFragment(rule)
        fragments[rule.id] = fragment
        if position < positional.count { positional[position] = fragment } else if position == positional.count { positional.append(fragment) }
        return fragment
    }

    private static func makeFragment(_ rule: borrowing Rule) -> Fragment {
        var code: [UInt8] = []
        MarkdownReport.code(rule.id, into: &code)
        var row: [UInt8] = Array(" | ".utf8) + code + Array(" | ".utf8)
        MarkdownReport.cell(rule.title ?? "", into: &row)
        row.append(contentsOf: " | ".utf8)
        let cite = rule.cite.map { cite -> [UInt8] in
            var bytes: [UInt8] = [UInt8(ascii: "*")]
            MarkdownReport.cell(cite, into: &bytes)
            bytes.append(UInt8(ascii: "*"))
            return bytes
        }
        // A plain pass's row, as `row` writes it.
        var pass: [UInt8] = []
        MarkdownReport.row(RuleResult(rule: copy rule, outcome: .pass), Fragment(id: rule.id, code: code, row: row, cite: cite, pass: []), message: nil, into: &pass)
        return Fragment(id: rule.id, code: code, row: row, cite: cite, pass: pass)
    }

    /// `message`: the result's `message`.
    private static func row(_ result: borrowing RuleResult, _ fragment: Fragment, message: String?, into out: inout [UInt8]) {
        out.append(contentsOf: "| ".utf8)
        out.append(contentsOf: badge(result.status).utf8)
        out.append(contentsOf: fragment.row)
        var first = true
        func separate() {
            if !first { out.append(contentsOf: " — ".utf8) }
            first = false
        }
        func add(_ detail: String?) {
            guard let detail else { return }
            separate()
            // A detail that starts with `*` is already Markdown (as the citation is).
            if startsWithStar(detail) { out.append(contentsOf: detail.utf8) } else { cell(detail, into: &out) }
        }
        add(result.pendingNote)
        add(message)
        add(result.hint)
        if result.status != .pass, result.status != .skip, let cite = fragment.cite {
            separate()
            out.append(contentsOf: cite)
        }
        out.append(contentsOf: " |\n".utf8)
    }

    /// The summary table, then the subjects' tables, then the rules most often not met, passed to
    /// `emit` a piece at a time. Throws, before passing anything, when a temporary file failed.
    package mutating func end(_ totals: RunTotals, emit: ([UInt8]) -> Void) throws(SpillFailure) {
        if let failure = rows.failure ?? tables.failure { throw failure }
        guard totals.subjects > 1 else {
            try tables.drain(emit)
            return
        }
        let headline = "**\(totals.subjects) subjects checked: \(totals.subjectsPassing) met every required rule, "
            + "\(totals.subjects - totals.subjectsPassing) did not.**\n"
        emit(Array((headline + "\n| Subject | Met every required rule | Rules not met |\n|---|---|---|\n").utf8))
        try rows.drain(emit)
        emit([UInt8(ascii: "\n")])
        try tables.drain(emit)
        var out = headline
        let frequent = totals.mostFrequent(Int.max)
        if !frequent.isEmpty {
            out += "\n| Rule not met | Subjects |\n|---|---|\n"
            for (id, count) in frequent { out += "| `\(id)` | \(count) of \(totals.subjects) |\n" }
        }
        emit(Array(out.utf8))
    }

    /// The same, as one text (for a report kept in memory, which cannot fail; otherwise what could be read).
    package mutating func end(_ totals: RunTotals) -> String {
        var out: [UInt8] = []
        try? end(totals) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
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
