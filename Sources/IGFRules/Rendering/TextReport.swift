/// Results for people at a terminal:
///
///     proposal bpf-2021-rushed
///       PASS   bpf.proposal.title               A title is given
///       FAIL   bpf.proposal.facilitators        At least two facilitators are named
///              1 facilitator named; at least 2 are needed
///              cites: Modalities §III "Names of at least two Facilitators"
///       9 pass, 1 fail, 2 warn, 0 skip, 0 error
public struct TextReport: ReportWriter {
    let colour: Bool
    /// Also print the explanation tree of every result that is not a plain pass.
    let explain: Bool
    /// Leave out passes and skips.
    let quiet: Bool
    let ruleIdWidth: Int
    /// The status labels, painted, in the order of `statusIndex`.
    private let labels: [[UInt8]]
    /// Per rule id: the width its line was made for, the line after the label, the "cites:" line.
    private var cache: [String: Fragment] = [:]
    /// The fragments of the last subject's results, by position.
    private var byPosition: [Fragment] = []
    private var messages = MessageMemo()

    private struct Fragment {
        let id: String
        let width: Int
        let line: [UInt8]
        let cite: [UInt8]?
    }

    package init(colour: Bool, explain: Bool, quiet: Bool, ruleIdWidth: Int) {
        self.colour = colour
        self.explain = explain
        self.quiet = quiet
        self.ruleIdWidth = ruleIdWidth
        let paint = { (text: String, code: String) in colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        labels = [paint("PASS ", "32"), paint("FAIL ", "1;31"), paint("WARN ", "33"), paint("SKIP ", "2"), paint("ERROR", "1;35")]
            .map { Array($0.utf8) }
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        var out: [UInt8] = []
        write(subject, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Text has no state between subjects: a subject rendered ahead is its text.
    package mutating func render(_ subject: SubjectResult) -> RenderedSubject? {
        var out: [UInt8] = []
        write(subject, into: &out)
        return RenderedSubject(bytes: out)
    }

    package mutating func write(_ subject: SubjectResult, into out: inout [UInt8]) {
        out.append(contentsOf: paint("\(subject.subject) \(Value.visible(subject.id))", "1").utf8)
        out.append(UInt8(ascii: "\n"))
        var width = ruleIdWidth
        // Through a buffer pointer: each result is read where it is, not copied.
        subject.results.withUnsafeBufferPointer { results in
            for result in results where result.rule.id.utf8.count > width { width = max(width, result.rule.id.count) }
            for index in results.indices {
                let status = results[index].status
                if quiet, status == .pass && !results[index].outcome.isPending || status == .skip { continue }
                line(for: results[index], position: index, width: width, into: &out)
            }
        }
        out.append(contentsOf: "  ".utf8)
        TextReport.write(subject.summary, into: &out)
        out.append(contentsOf: "\n\n".utf8)
    }

    package mutating func end(_ totals: RunTotals) -> String {
        guard totals.subjects > 1 else { return "" }
        var out = "\(totals.subjects) subjects checked: \(totals.subjectsPassing) met every required rule, "
            + "\(totals.subjects - totals.subjectsPassing) did not.\n"
        out += "All results: \(totals.summary.line)\n"
        let frequent = totals.mostFrequent(Int.max)
        if !frequent.isEmpty {
            out += "Rules most often not met:\n"
            let width = frequent.map(\.id.count).max() ?? 0
            for (id, count) in frequent {
                out += "  " + id.padding(width) + "  \(count) of \(totals.subjects)\n"
            }
        }
        return out
    }

    @inline(__always)  // inlined where results are read from their buffer, which saves a copy of each
    private mutating func line(for result: borrowing RuleResult, position: Int, width: Int, into out: inout [UInt8]) {
        let fragment = fragment(of: result, at: position, width: width)
        out.append(contentsOf: "  ".utf8)
        out.append(contentsOf: labels[TextReport.statusIndex(result.status)])
        out.append(contentsOf: fragment.line)
        if let note = result.pendingNote { out.append(contentsOf: paint("  (\(note))", "36").utf8) }
        out.append(UInt8(ascii: "\n"))
        let detailIndent = "         "
        if let message = messages.message(of: result) {
            out.append(contentsOf: (detailIndent + Value.visible(message) + "\n").utf8)
        }
        if let hint = result.hint {
            out.append(contentsOf: (detailIndent + paint("hint: " + hint, "36") + "\n").utf8)
        }
        if result.status != .pass, result.status != .skip, let cite = fragment.cite {
            out.append(contentsOf: cite)
        }
        if explain, !result.explanation.isEmpty {
            out.append(contentsOf: (detailIndent + "why:\n").utf8)
            for tree in result.explanation {
                for line in ExplanationRenderer.text(tree, indent: detailIndent + "  ") { out.append(contentsOf: (line + "\n").utf8) }
            }
        }
    }

    /// The id of the rule of `result` padded to `width` and its title, and its "cites:" line, made
    /// once per rule (the rule is read whole only then); found by the result's `position` (checked
    /// by id) before the dictionary.
    private mutating func fragment(of result: borrowing RuleResult, at position: Int, width: Int) -> Fragment {
        if position < byPosition.count, byPosition[position].id == result.rule.id, byPosition[position].width == width { return byPosition[position] }
        let rule = result.rule
        var fragment: Fragment
        if let known = cache[rule.id], known.width == width {
            fragment = known
        } else {
            let line = Array("  \(rule.id.padding(width))  \(Value.visible(rule.title ?? ""))".utf8)
            let cite = rule.cite.map { Array(("         " + paint("cites: " + $0, "2") + "\n").utf8) }
            fragment = Fragment(id: rule.id, width: width, line: line, cite: cite)
            cache[rule.id] = fragment
        }
        if position < byPosition.count { byPosition[position] = fragment } else { byPosition.append(fragment) }
        return fragment
    }

    /// "9 pass, 1 fail, 2 warn, 0 skip, 0 error" (`Summary.line`), written as bytes.
    private static func write(_ summary: Summary, into out: inout [UInt8]) {
        for (index, status) in RuleResult.Status.allCases.enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            out.appendDecimal(summary.count(status))
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: status.rawValue.utf8)
        }
    }

    private static func statusIndex(_ status: RuleResult.Status) -> Int {
        switch status {
        case .pass: 0
        case .fail: 1
        case .warn: 2
        case .skip: 3
        case .error: 4
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
