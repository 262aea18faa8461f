/// Results as JUnit XML, for any CI: `check` gives one `testsuite` per ruleset and one
/// `testcase` per rule and subject (`failure` for fail and error, `skipped` for skip); `test`
/// gives one `testsuite` per test file and one `testcase` per expectation.
package struct JUnitReport: ReportWriter {
    /// The suites in the order of their first result, each keeping its test cases until the end
    /// (in memory for a few subjects, then in a temporary file: memory stays flat).
    private var suites: [Suite] = []
    /// The position in `suites` of each ruleset's suite, by ruleset position (-1: none yet).
    private var byRuleset: [Int] = []
    /// Ruleset ids by position in the program, to name the suites.
    private let rulesets: [String]
    private let spill: SpillSettings

    private final class Suite {
        let name: String
        /// `attribute(name)`, the classname of every test case.
        let classname: [UInt8]
        let cases: SpilledBytes
        var tests = 0
        var failures = 0
        var skipped = 0

        /// Counts a test case (`counted`: 1 a failure, 2 skipped).
        func count(_ counted: Int) {
            tests += 1
            if counted == 1 { failures += 1 } else if counted == 2 { skipped += 1 }
        }

        init(_ name: String, spill: SpillSettings) {
            self.name = name
            var classname: [UInt8] = []
            JUnitReport.attribute(name, into: &classname)
            self.classname = classname
            cases = SpilledBytes(spill)
        }
    }

    package init(rulesets: [String] = [], spill: SpillSettings = .inMemory) {
        self.rulesets = rulesets
        self.spill = spill
        byRuleset = Array(repeating: -1, count: rulesets.count)
    }

    package mutating func begin() -> String { "" }

    package mutating func subject(_ subject: SubjectResult) -> String {
        if let rendered = render(subject) {
            var unused: [UInt8] = []
            add(rendered, into: &unused)
            return ""
        }
        let tail = JUnitReport.nameTail(of: subject)
        subject.results.withUnsafeBufferPointer { results in
            for index in results.indices {
                let suite = suite(of: results[index].rule)
                suite.count(JUnitReport.counted(results[index].status))
                JUnitReport.testcase(results[index], classname: suite.classname, name: tail, into: &suite.cases.bytes)
            }
        }
        for suite in suites { suite.cases.settle() }
        return ""
    }

    /// The subject's test cases, one part each, tagged with its ruleset and how it counts; nil when
    /// a rule's ruleset is not one of `rulesets` (its suite is then named from the rule's id).
    package mutating func render(_ subject: SubjectResult) -> RenderedSubject? {
        let tail = JUnitReport.nameTail(of: subject)
        var rendered = RenderedSubject(bytes: [])
        let known = subject.results.withUnsafeBufferPointer { results in
            for index in results.indices {
                let ruleset = results[index].rule.rulesetIndex
                guard rulesets.indices.contains(ruleset) else { return false }
                if index > 0 { rendered.splits.append(rendered.bytes.count) }
                rendered.tags.append(ruleset << 2 | JUnitReport.counted(results[index].status))
                JUnitReport.testcase(results[index], classname: suite(of: results[index].rule).classname, name: tail, into: &rendered.bytes)
            }
            return true
        }
        return known ? rendered : nil
    }

    /// Puts each test case of a rendered subject in its suite.
    package mutating func add(_ rendered: RenderedSubject, into _: inout [UInt8]) {
        for (index, tag) in rendered.tags.enumerated() {
            let suite = suite(ofRuleset: tag >> 2)
            suite.count(tag & 3)
            rendered.withPart(index) { suite.cases.bytes.append(contentsOf: $0) }
        }
        for suite in suites { suite.cases.settle() }
    }

    /// How a result counts in its suite: 0 a test, 1 a failure too (fail and error), 2 skipped too.
    private static func counted(_ status: RuleResult.Status) -> Int {
        switch status {
        case .fail, .error: 1
        case .skip: 2
        case .pass, .warn: 0
        }
    }

    /// The test case name's subject part, "[subject id]", escaped once for every result.
    private static func nameTail(of subject: SubjectResult) -> [UInt8] {
        var tail: [UInt8] = Array(" [".utf8)
        JUnitReport.attribute(subject.subject, into: &tail)
        tail.append(UInt8(ascii: " "))
        JUnitReport.attribute(subject.id, into: &tail)
        tail.append(UInt8(ascii: "]"))
        return tail
    }

    /// The suite of `rule`'s ruleset, made on its first result.
    private mutating func suite(of rule: borrowing Rule) -> Suite {
        suite(ofRuleset: rule.rulesetIndex, named: rule.id.split(separator: ".").dropLast().joined(separator: "."))
    }

    /// The suite of the ruleset at `index`, made on its first result: named by `rulesets`, or
    /// `fallback` for a ruleset not among them.
    private mutating func suite(ofRuleset index: Int, named fallback: @autoclosure () -> String = "") -> Suite {
        if byRuleset.indices.contains(index), byRuleset[index] >= 0 { return suites[byRuleset[index]] }
        let name = rulesets.indices.contains(index) ? rulesets[index] : fallback()
        let position = suites.firstIndex { $0.name == name } ?? {
            suites.append(Suite(name, spill: spill))
            return suites.count - 1
        }()
        if byRuleset.indices.contains(index) { byRuleset[index] = position }
        return suites[position]
    }

    /// The document, a suite at a time, passed to `emit` a piece at a time. Throws, before
    /// passing anything, when a temporary file failed.
    package mutating func end(_ totals: RunTotals, emit: ([UInt8]) -> Void) throws(SpillFailure) {
        if let failure = suites.lazy.compactMap(\.cases.failure).first { throw failure }
        let (tests, failures, skipped) = suites.reduce((0, 0, 0)) { ($0.0 + $1.tests, $0.1 + $1.failures, $0.2 + $1.skipped) }
        emit(Array(JUnitReport.header(name: "igfrules check", tests: tests, failures: failures, skipped: skipped).utf8))
        for suite in suites {
            var open: [UInt8] = Array("  <testsuite name=\"".utf8) + suite.classname
            open += "\" tests=\"\(suite.tests)\" failures=\"\(suite.failures)\" errors=\"0\" skipped=\"\(suite.skipped)\">\n".utf8
            emit(open)
            try suite.cases.drain(emit)
            emit(Array("  </testsuite>\n".utf8))
        }
        emit(Array("</testsuites>\n".utf8))
    }

    /// The same, as one text (for a report kept in memory, which cannot fail; otherwise what could be read).
    package mutating func end(_ totals: RunTotals) -> String {
        var out: [UInt8] = []
        try? end(totals) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    static func header(name: String, tests: Int, failures: Int, errors: Int = 0, skipped: Int) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"\(attribute(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\">\n"
    }

    static func document(name: String, tests: Int, failures: Int, errors: Int = 0, skipped: Int, body: String) -> String {
        header(name: name, tests: tests, failures: failures, errors: errors, skipped: skipped) + body + "</testsuites>\n"
    }

    static func testcase(_ result: RuleResult, in subject: SubjectResult, suite: String) -> String {
        var classname: [UInt8] = []
        attribute(suite, into: &classname)
        var tail: [UInt8] = Array(" [".utf8)
        attribute(subject.subject + " " + subject.id, into: &tail)
        tail.append(UInt8(ascii: "]"))
        var out: [UInt8] = []
        testcase(result, classname: classname, name: tail, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the test case of `result`: `classname` and the name's part after the rule id, escaped.
    static func testcase(_ result: borrowing RuleResult, classname: [UInt8], name tail: [UInt8], into out: inout [UInt8]) {
        out.append(contentsOf: "    <testcase classname=\"".utf8)
        out.append(contentsOf: classname)
        out.append(contentsOf: "\" name=\"".utf8)
        attribute(result.rule.id, into: &out)
        out.append(contentsOf: tail)
        out.append(UInt8(ascii: "\""))
        switch result.outcome {
        case .pending:
            out.append(contentsOf: ">\n      <system-out>".utf8)
            text(result.pendingNote ?? "", into: &out)
            out.append(contentsOf: "</system-out>\n    </testcase>\n".utf8)
        case .pass:
            out.append(contentsOf: "/>\n".utf8)
        case .skip(let reason):
            out.append(contentsOf: ">\n      <skipped message=\"".utf8)
            attribute(reason.sentence, into: &out)
            out.append(contentsOf: "\"/>\n    </testcase>\n".utf8)
        case .warn:
            out.append(contentsOf: ">\n      <system-out>".utf8)
            out.append(contentsOf: "warning (recommended rule not met): ".utf8)
            details(result, into: &out)
            out.append(contentsOf: "</system-out>\n    </testcase>\n".utf8)
        case .fail, .error:
            out.append(contentsOf: ">\n      <failure type=\"\(result.status.rawValue)\" message=\"".utf8)
            attribute(result.message ?? result.status.rawValue, into: &out)
            out.append(contentsOf: "\">".utf8)
            details(result, into: &out)
            out.append(contentsOf: "</failure>\n    </testcase>\n".utf8)
        }
    }

    /// Appends the message, hint and citation of a result, a line each, as XML content.
    private static func details(_ result: borrowing RuleResult, into out: inout [UInt8]) {
        var first = true
        func line(_ label: String, _ detail: String?) {
            guard let detail else { return }
            if !first { out.append(UInt8(ascii: "\n")) }
            first = false
            out.append(contentsOf: label.utf8)
            text(detail, into: &out)
        }
        line("", result.message)
        line("hint: ", result.hint)
        line("cites: ", result.rule.cite)
    }

    /// The results of `igfrules test`.
    package static func tests(_ report: TestRunner.Report) -> String {
        var files: [String] = []
        let tests = report.outcomes.map(\.test) + report.unrunnable.map(\.test)
        for test in tests where !files.contains(test.declared.file.path) { files.append(test.declared.file.path) }
        var body = ""
        for file in files {
            let mine = report.outcomes.filter { $0.test.declared.file.path == file }
            let unrunnable = report.unrunnable.filter { $0.test.declared.file.path == file }
            let failures = mine.count { !$0.passed }
            body += "  <testsuite name=\"\(attribute(file))\" tests=\"\(mine.count + unrunnable.count)\" failures=\"\(failures)\" "
                + "errors=\"\(unrunnable.count)\" skipped=\"0\">\n"
            // A test that could not be set up and has no expectation to fail is an error of its own.
            for (test, problem) in unrunnable {
                body += "    <testcase classname=\"\(attribute(file))\" name=\"\(attribute(test.name))\">\n"
                    + "      <error message=\"\(attribute(problem))\">\(text(problem))</error>\n    </testcase>\n"
            }
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
        return document(name: "igfrules test", tests: report.outcomes.count + report.unrunnable.count, failures: failed,
                        errors: report.unrunnable.count, skipped: 0, body: body)
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
