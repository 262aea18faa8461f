/// Results as JUnit XML, for any CI: `check` gives one `testsuite` per ruleset and one
/// `testcase` per rule and subject (`failure` for fail and error, `skipped` for skip); `test`
/// gives one `testsuite` per test file and one `testcase` per expectation.
package struct JUnitReport: ReportWriter {
    private var cases: [(suite: String, xml: String, status: RuleResult.Status)] = []
    private var suites: [String] = []
    /// Ruleset ids by position in the program, to name the suites.
    private let rulesets: [String]

    package init(rulesets: [String] = []) {
        self.rulesets = rulesets
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        for result in subject.results {
            let index = result.rule.rulesetIndex
            let program = rulesets.indices.contains(index) ? rulesets[index] : result.rule.id.split(separator: ".").dropLast().joined(separator: ".")
            if !suites.contains(program) { suites.append(program) }
            cases.append((program, JUnitReport.testcase(result, in: subject, suite: program), result.status))
        }
        return ""
    }

    package mutating func end(_ totals: RunTotals) -> String {
        var body = ""
        for suite in suites {
            let mine = cases.filter { $0.suite == suite }
            let failures = mine.count { $0.status == .fail || $0.status == .error }
            let skipped = mine.count { $0.status == .skip }
            body += "  <testsuite name=\"\(JUnitReport.attribute(suite))\" tests=\"\(mine.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
            body += mine.map(\.xml).joined() + "  </testsuite>\n"
        }
        let failures = cases.count { $0.status == .fail || $0.status == .error }
        let skipped = cases.count { $0.status == .skip }
        return JUnitReport.document(name: "igfrules check", tests: cases.count, failures: failures, skipped: skipped, body: body)
    }

    static func document(name: String, tests: Int, failures: Int, skipped: Int, body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"\(attribute(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
            + body + "</testsuites>\n"
    }

    static func testcase(_ result: RuleResult, in subject: SubjectResult, suite: String) -> String {
        let name = "\(result.rule.id) [\(subject.subject) \(subject.id)]"
        var out = "    <testcase classname=\"\(attribute(suite))\" name=\"\(attribute(name))\""
        var details: [String] = []
        if let message = result.message { details.append(message) }
        if let hint = result.hint { details.append("hint: " + hint) }
        if let cite = result.rule.cite { details.append("cites: " + cite) }
        switch result.outcome {
        case .pending:
            out += ">\n      <system-out>\(text(result.pendingNote ?? ""))</system-out>\n    </testcase>\n"
        case .pass:
            out += "/>\n"
        case .skip(let reason):
            out += ">\n      <skipped message=\"\(attribute(reason.sentence))\"/>\n    </testcase>\n"
        case .warn:
            out += ">\n      <system-out>\(text("warning (recommended rule not met): " + details.joined(separator: "\n")))</system-out>\n    </testcase>\n"
        case .fail, .error:
            out += ">\n      <failure type=\"\(result.status.rawValue)\" message=\"\(attribute(result.message ?? result.status.rawValue))\">"
                + text(details.joined(separator: "\n")) + "</failure>\n    </testcase>\n"
        }
        return out
    }

    /// The results of `igfrules test`.
    package static func tests(_ report: TestRunner.Report) -> String {
        var files: [String] = []
        for outcome in report.outcomes where !files.contains(outcome.test.declared.file.path) { files.append(outcome.test.declared.file.path) }
        var body = ""
        for file in files {
            let mine = report.outcomes.filter { $0.test.declared.file.path == file }
            let failures = mine.count { !$0.passed }
            body += "  <testsuite name=\"\(attribute(file))\" tests=\"\(mine.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            for outcome in mine {
                let subject = outcome.namesSubject ? outcome.subject.map { "\"\($0)\" " } ?? "" : ""
                let name = "\(outcome.test.name): expect \(subject)\(outcome.rule) \(outcome.expected)"
                let place = "\(file):\(outcome.test.declared.file.location(of: outcome.range.lowerBound))"
                body += "    <testcase classname=\"\(attribute(file))\" name=\"\(attribute(name))\""
                if outcome.passed {
                    body += "/>\n"
                } else {
                    let message = outcome.problem ?? "got \(outcome.actual ?? "no result")"
                    var details = [place, message]
                    if let result = outcome.result { details += [result.message, result.hint].compactMap { $0 } }
                    body += ">\n      <failure message=\"\(attribute(message))\">\(text(details.joined(separator: "\n")))</failure>\n    </testcase>\n"
                }
            }
            body += "  </testsuite>\n"
        }
        let failed = report.outcomes.count { !$0.passed }
        return document(name: "igfrules test", tests: report.outcomes.count, failures: failed, skipped: 0, body: body)
    }

    /// Text for XML content: markup characters escaped, control characters shown visibly
    /// (`\u{1b}`), and the other characters XML 1.0 forbids replaced.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in VisibleControls.keepingLineBreaks(value).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    static func attribute(_ value: String) -> String {
        text(value).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "\n", with: "&#10;")
            .replacingOccurrences(of: "\r", with: "&#13;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
