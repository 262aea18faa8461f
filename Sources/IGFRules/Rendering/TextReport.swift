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

    public init(colour: Bool, explain: Bool, quiet: Bool, ruleIdWidth: Int) {
        self.colour = colour
        self.explain = explain
        self.quiet = quiet
        self.ruleIdWidth = ruleIdWidth
    }

    public mutating func begin() -> String { "" }

    public mutating func subject(_ subject: SubjectResult) -> String {
        var out = paint("\(subject.subject) \(Value.visible(subject.id))", "1") + "\n"
        let width = max(ruleIdWidth, subject.results.map(\.rule.id.count).max() ?? 0)
        for result in subject.results {
            if quiet, result.status == .pass && result.pendingNote == nil || result.status == .skip { continue }
            out += line(for: result, width: width)
        }
        out += "  " + subject.summary.line + "\n\n"
        return out
    }

    public mutating func end(_ totals: RunTotals) -> String {
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

    private func line(for result: RuleResult, width: Int) -> String {
        let label: String
        switch result.status {
        case .pass: label = paint("PASS ", "32")
        case .fail: label = paint("FAIL ", "1;31")
        case .warn: label = paint("WARN ", "33")
        case .skip: label = paint("SKIP ", "2")
        case .error: label = paint("ERROR", "1;35")
        }
        var out = "  \(label)  \(result.rule.id.padding(width))  \(result.rule.title ?? "")"
        if let note = result.pendingNote { out += paint("  (\(note))", "36") }
        out += "\n"
        let detailIndent = String(repeating: " ", count: 2 + 5 + 2)
        if let message = result.message {
            out += detailIndent + message + "\n"
        }
        if let hint = result.hint {
            out += detailIndent + paint("hint: " + hint, "36") + "\n"
        }
        if result.status != .pass, result.status != .skip, let cite = result.rule.cite {
            out += detailIndent + paint("cites: " + cite, "2") + "\n"
        }
        if explain, !result.explanation.isEmpty {
            out += detailIndent + "why:\n"
            for tree in result.explanation {
                for line in ExplanationRenderer.text(tree, indent: detailIndent + "  ") { out += line + "\n" }
            }
        }
        return out
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
