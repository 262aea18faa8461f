/// The words of `igfrules test`: a test that passed (with `--verbose`), one that failed — what was
/// expected, what came and why — and the count at the end. `paint` colours a mark (text, ANSI code).
package enum TestFailureRenderer {
    package typealias Paint = (_ text: String, _ code: String) -> String

    /// `ok    test "NAME"`.
    package static func passed(_ outcome: TestRunner.Outcome, paint: Paint) -> String {
        paint("ok  ", "32") + "  test \"\(outcome.test.name)\"\n"
    }

    /// `FAIL  FILE:LINE:COLUMN  test "NAME"`, then the expectation and what it got, with the
    /// result's pending note, message, hint and explanation trees.
    package static func failed(_ outcome: TestRunner.Outcome, paint: Paint) -> String {
        let file = outcome.test.declared.file
        let place = "\(file.path):\(file.location(of: outcome.range.lowerBound))"
        var out = paint("FAIL", "1;31") + "  \(place)  test \"\(outcome.test.name)\"\n"
        let subject = outcome.namesSubject ? outcome.subject.map { "\"\($0)\" " } ?? "" : ""
        if let problem = outcome.problem {
            return out + "      expect \(subject)\(outcome.rule) \(outcome.expected) — \(problem)\n"
        }
        out += "      expect \(subject)\(outcome.rule) \(outcome.expected), got \(outcome.actual ?? "no result")\n"
        guard let result = outcome.result else { return out }
        if let note = result.pendingNote { out += "      \(note)\n" }
        if let message = result.message { out += "      \(message)\n" }
        if let hint = result.hint { out += "      hint: \(hint)\n" }
        for tree in result.explanation {
            for line in ExplanationRenderer.text(tree, indent: "        ") { out += line + "\n" }
        }
        return out
    }

    /// "3 passed, 1 failed".
    /// One line for a failed expectation, as an editor's message shows it:
    /// `test "NAME": expected RULE OUTCOME, got OUTCOME`.
    package static func line(_ outcome: TestRunner.Outcome) -> String {
        "test \"\(outcome.test.name)\": expected \(outcome.rule) \(outcome.expected), got \(outcome.actual ?? outcome.problem ?? "no result")"
    }

    package static func count(_ report: TestRunner.Report) -> String {
        "\(report.passed) passed, \(report.failed) failed\n"
    }
}
