/// Results as JSON, in the shape of `cli.md`: `{"subjects": [...], "summary": {...}}`, one
/// subject per line. Written as bytes; each rule's id, title, severity and citation are escaped
/// once, the first time the rule is written, and copied from then on (a plain pass, which has
/// nothing else, is copied whole).
public struct JSONReport: ReportWriter {
    private var first = true
    /// Per rule id, the rule's escaped parts.
    private var fragments: [String: Fragment] = [:]
    /// The fragments of the last subject's results, by position: subjects checked by the same
    /// rulesets find theirs without a lookup.
    private var byPosition: [Fragment] = []
    private var messages = MessageMemo()
    /// The size of the largest subject written: a buffer made that large (and a quarter) seldom
    /// grows. At most 1 MB is reserved ahead, so that one huge subject does not make every later
    /// buffer huge.
    private var largest = 0

    /// `{"rule":…,"title":…,"severity":…,"status":"`, `,"cite":…,"explanation":`, and the whole
    /// object of a plain pass. A class: looking one up costs one reference count, not four.
    private final class Fragment {
        let rule: Rule
        let head: [UInt8]
        let cite: [UInt8]
        var pass: [UInt8] = []

        init(rule: Rule, head: [UInt8], cite: [UInt8]) {
            self.rule = rule
            self.head = head
            self.cite = cite
        }
    }

    package init() {}

    package mutating func begin() -> String { "{\"subjects\":[" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        var out: [UInt8] = []
        write(subject, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    package mutating func write(_ subject: SubjectResult, into out: inout [UInt8]) {
        add(line(of: subject), into: &out)
    }

    package mutating func render(_ subject: SubjectResult) -> RenderedSubject? { line(of: subject) }

    /// The subject's line: a newline and its object (`add` puts the comma before it).
    private mutating func line(of subject: SubjectResult) -> RenderedSubject {
        var buffer = JSONBuffer(capacity: min(largest + largest / 4, 1 << 20))
        buffer.raw("\n")
        write(subject, to: &buffer)
        largest = max(largest, buffer.count)
        return RenderedSubject(bytes: buffer.bytes)
    }

    package mutating func add(_ rendered: RenderedSubject, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.append(contentsOf: rendered.bytes)
    }

    package mutating func end(_ totals: RunTotals) -> String {
        (first ? "" : "\n") + "],\"summary\":" + JSONReport.json(totals.summary) + "}\n"
    }

    package static func json(_ subject: SubjectResult) -> String {
        var report = JSONReport()
        var buffer = JSONBuffer()
        report.write(subject, to: &buffer)
        return buffer.text
    }

    package static func json(_ result: RuleResult) -> String {
        var report = JSONReport()
        var buffer = JSONBuffer()
        report.write(result, position: 0, to: &buffer)
        return buffer.text
    }

    private mutating func write(_ subject: SubjectResult, to buffer: inout JSONBuffer) {
        buffer.raw("{\"name\":")
        buffer.string(subject.subject)
        buffer.raw(",\"id\":")
        buffer.string(subject.id)
        buffer.raw(",\"results\":[")
        // Through a buffer pointer: each result is written where it is, not copied.
        subject.results.withUnsafeBufferPointer { results in
            for index in results.indices {
                if index > 0 { buffer.raw(",") }
                write(results[index], position: index, to: &buffer)
            }
        }
        buffer.raw("],\"summary\":")
        JSONReport.write(subject.summary, to: &buffer)
        buffer.raw("}")
    }

    @inline(__always)  // inlined where results are read from their buffer, which saves a copy of each
    private mutating func write(_ result: borrowing RuleResult, position: Int, to buffer: inout JSONBuffer) {
        let fragment = fragment(of: result, at: position)
        if case .pass = result.outcome, result.written == nil, result.explanation.isEmpty {
            buffer.raw(fragment.pass)
        } else {
            JSONReport.write(result, fragment, message: messages.message(of: result), to: &buffer)
        }
    }

    /// The fragment of the rule of `result`, the result at `position` of its subject (the rule is
    /// read whole only the first time).
    private mutating func fragment(of result: borrowing RuleResult, at position: Int) -> Fragment {
        if position < byPosition.count {
            let known = byPosition[position]
            // The same rule object is the usual case; a rule loaded again has the same id.
            if known.rule === result.rule || known.rule.id == result.rule.id { return known }
        }
        let rule = result.rule
        let fragment = fragments[rule.id] ?? JSONReport.fragment(of: rule)
        fragments[rule.id] = fragment
        if position < byPosition.count { byPosition[position] = fragment } else { byPosition.append(fragment) }
        return fragment
    }

    /// `message`: the result's `message`.
    private static func write(_ result: borrowing RuleResult, _ fragment: Fragment, message: String?, to buffer: inout JSONBuffer) {
        buffer.raw(fragment.head)
        buffer.rawText(result.status.rawValue)
        buffer.raw("\",\"pending\":")
        buffer.optional(result.pendingNote)
        buffer.raw(",\"message\":")
        buffer.optional(message)
        buffer.raw(",\"hint\":")
        buffer.optional(result.hint)
        buffer.raw(fragment.cite)
        // `explanation` is the first tree (cli.md's field); `explanations` every tree, one per
        // `require` that decided the result, each as the evaluator traced it.
        // The first tree is written once and its bytes copied into the list.
        let start = buffer.count
        if let first = result.explanation.first { buffer.explanation(first) } else { buffer.raw("null") }
        let end = buffer.count
        buffer.raw(",\"explanations\":[")
        if !result.explanation.isEmpty { buffer.repeatBytes(start..<end) }

        for tree in result.explanation.dropFirst() {
            buffer.raw(",")
            buffer.explanation(tree)
        }
        buffer.raw("]}")
    }

    private static func fragment(of rule: Rule) -> Fragment {
        var head = JSONBuffer()
        head.raw("{\"rule\":")
        head.string(rule.id)
        head.raw(",\"title\":")
        head.optional(rule.title)
        head.raw(",\"severity\":")
        head.string(rule.severity.rawValue)
        head.raw(",\"status\":\"")
        var cite = JSONBuffer()
        cite.raw(",\"cite\":")
        cite.optional(rule.cite)
        cite.raw(",\"explanation\":")
        let fragment = Fragment(rule: rule, head: head.bytes, cite: cite.bytes)
        var pass = JSONBuffer()
        write(RuleResult(rule: rule, outcome: .pass), fragment, message: nil, to: &pass)
        fragment.pass = pass.bytes
        return fragment
    }

    static func json(_ summary: Summary) -> String {
        var buffer = JSONBuffer()
        write(summary, to: &buffer)
        return buffer.text
    }

    private static func write(_ summary: Summary, to buffer: inout JSONBuffer) {
        buffer.raw("{")
        for (index, status) in RuleResult.Status.allCases.enumerated() {
            if index > 0 { buffer.raw(",") }
            buffer.raw("\"")
            buffer.rawText(status.rawValue)
            buffer.raw("\":")
            buffer.decimal(summary.count(status))
        }
        buffer.raw("}")
    }
}
