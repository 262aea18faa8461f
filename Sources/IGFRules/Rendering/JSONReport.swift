/// Results as JSON, in the shape of `cli.md`: `{"subjects": [...], "summary": {...}}`, one
/// subject per line. Written as bytes; each rule's id, title, severity and citation are escaped
/// once, the first time the rule is written, and copied from then on.
public struct JSONReport: ReportWriter {
    private var first = true
    /// Per rule id: `{"rule":…,"title":…,"severity":…,"status":"` and `,"cite":…,"explanation":`.
    private var fragments: [String: (head: [UInt8], cite: [UInt8])] = [:]

    package init() {}

    package mutating func begin() -> String { "{\"subjects\":[" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        var out: [UInt8] = []
        write(subject, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    package mutating func write(_ subject: SubjectResult, into out: inout [UInt8]) {
        var buffer = JSONBuffer()
        swap(&buffer.bytes, &out)
        buffer.raw(first ? "\n" : ",\n")
        first = false
        write(subject, to: &buffer)
        swap(&buffer.bytes, &out)
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
        report.write(result, to: &buffer)
        return buffer.text
    }

    private mutating func write(_ subject: SubjectResult, to buffer: inout JSONBuffer) {
        buffer.raw("{\"name\":")
        buffer.string(subject.subject)
        buffer.raw(",\"id\":")
        buffer.string(subject.id)
        buffer.raw(",\"results\":[")
        let results = subject.results
        for index in results.indices {
            if index > 0 { buffer.raw(",") }
            write(results[index], to: &buffer)
        }
        buffer.raw("],\"summary\":")
        JSONReport.write(subject.summary, to: &buffer)
        buffer.raw("}")
    }

    private mutating func write(_ result: RuleResult, to buffer: inout JSONBuffer) {
        let fragment: (head: [UInt8], cite: [UInt8])
        if let known = fragments[result.rule.id] {
            fragment = known
        } else {
            fragment = JSONReport.fragments(of: result.rule)
            fragments[result.rule.id] = fragment
        }
        buffer.raw(fragment.head)
        buffer.rawText(result.status.rawValue)
        buffer.raw("\",\"pending\":")
        buffer.optional(result.pendingNote)
        buffer.raw(",\"message\":")
        buffer.optional(result.message)
        buffer.raw(",\"hint\":")
        buffer.optional(result.hint)
        buffer.raw(fragment.cite)
        // `explanation` is the first tree (cli.md's field); `explanations` every tree, one per
        // `require` that decided the result, each as the evaluator traced it.
        // The first tree is written once and its bytes copied into the list.
        let start = buffer.bytes.count
        if let first = result.explanation.first { buffer.explanation(first) } else { buffer.raw("null") }
        let end = buffer.bytes.count
        buffer.raw(",\"explanations\":[")
        if !result.explanation.isEmpty {
            let tree = Array(buffer.bytes[start..<end])  // a copy of the tree alone, not of the whole buffer
            buffer.bytes.append(contentsOf: tree)
        }
        for tree in result.explanation.dropFirst() {
            buffer.raw(",")
            buffer.explanation(tree)
        }
        buffer.raw("]}")
    }

    private static func fragments(of rule: Rule) -> (head: [UInt8], cite: [UInt8]) {
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
        return (head.bytes, cite.bytes)
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
            buffer.rawText(String(summary.count(status)))
        }
        buffer.raw("}")
    }
}
