/// Writes the results of `check` as they come, one subject at a time, in one of the output
/// formats. Every format is deterministic: the same input gives the same bytes.
package protocol ReportWriter {
    /// Text to write before the first subject.
    mutating func begin() -> String
    mutating func subject(_ result: SubjectResult) -> String
    /// The same text as `subject`, appended to `out` as UTF-8 (writers over bytes avoid the `String`).
    mutating func write(_ result: SubjectResult, into out: inout [UInt8])
    /// The subject rendered ahead of its turn, on any thread, by a writer made with the same
    /// settings: `add` puts it in the report as `write` would. Nil when the writer cannot cut a
    /// subject's text from the subjects before it (JUnit, for a rule of a ruleset it was not told
    /// of): such a writer is given every subject in turn with `write`.
    mutating func render(_ result: SubjectResult) -> RenderedSubject?
    /// Puts a subject from `render` in the report, appending to `out` what `write` would have.
    mutating func add(_ rendered: RenderedSubject, into out: inout [UInt8])
    /// Text to write after the last subject.
    mutating func end(_ totals: RunTotals) -> String
    /// The same text as `end`, passed to `emit` a piece at a time (a writer that keeps its
    /// subjects in a temporary file copies them back in chunks); throws when it could not keep them.
    mutating func end(_ totals: RunTotals, emit: ([UInt8]) -> Void) throws(SpillFailure)
    /// Whether a subject none of whose results is shown (`check --rule`/`--status`) is still
    /// written: JSON and text list every subject checked; the Markdown and HTML summaries, which
    /// say of each subject whether it met every rule from the results shown, leave it out.
    var writesSubjectsWithNothingShown: Bool { get }
}

extension ReportWriter {
    package var writesSubjectsWithNothingShown: Bool { true }

    package mutating func end(_ totals: RunTotals, emit: ([UInt8]) -> Void) throws(SpillFailure) {
        emit(Array(end(totals).utf8))
    }

    package mutating func write(_ result: SubjectResult, into out: inout [UInt8]) {
        out.append(contentsOf: subject(result).utf8)
    }

    package mutating func render(_ result: SubjectResult) -> RenderedSubject? { nil }

    package mutating func add(_ rendered: RenderedSubject, into out: inout [UInt8]) {
        out.append(contentsOf: rendered.bytes)
    }
}

/// A subject's part of a report, rendered by `ReportWriter.render` before its turn to be written.
package struct RenderedSubject: Sendable {
    package var bytes: [UInt8]
    /// Where each part after the first starts, for a writer that puts its parts in several places
    /// or between pieces only it knows (Markdown: the summary row, then the subject's table; HTML:
    /// the row and the section, each cut where the subject's number goes; JUnit: a test case each).
    package var splits: [Int]
    /// Per part, what the writer needs to know to put it in place (JUnit: the part's suite and
    /// status); empty for the other writers.
    package var tags: [Int]

    package init(bytes: [UInt8], splits: [Int] = [], tags: [Int] = []) {
        self.bytes = bytes
        self.splits = splits
        self.tags = tags
    }

    /// Part `index` of the bytes (0 up to `splits.count`).
    package func withPart<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer { all in
            let start = index == 0 ? 0 : splits[index - 1]
            let end = index < splits.count ? splits[index] : all.count
            return body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }
}

/// What a whole run found, for closing summaries.
package struct RunTotals: Sendable {
    package var subjects = 0
    /// Subjects where every required rule passed.
    package var subjectsPassing = 0
    package var summary = Summary()
    /// How often each rule did not pass (fail, warn or error), by rule id.
    package var notPassing: [String: Int] = [:]

    package init() {}

    package mutating func add(_ result: SubjectResult) {
        subjects += 1
        var blocked = false
        // By index: each result is read where it is, not copied (a copy retains every part of its rule).
        let results = result.results
        for index in results.indices {
            let status = results[index].status
            summary.add(status)
            guard status == .fail || status == .warn || status == .error else { continue }
            if results[index].blocks { blocked = true }
            notPassing[results[index].rule.id, default: 0] += 1
        }
        if !blocked { subjectsPassing += 1 }
    }

    /// Adds the totals of other subjects (a batch counted on another thread).
    package mutating func add(_ other: RunTotals) {
        subjects += other.subjects
        subjectsPassing += other.subjectsPassing
        summary.add(other.summary)
        for (id, count) in other.notPassing { notPassing[id, default: 0] += count }
    }

    /// Rules that most often did not pass, most frequent first (ties by id).
    package func mostFrequent(_ limit: Int) -> [(id: String, count: Int)] {
        notPassing.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit).map { ($0.key, $0.value) }
    }
}

package enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown, html, junit

    /// `rulesets`: the program's ruleset ids, by position (JUnit names its suites by them);
    /// `spill`: where Markdown and HTML keep a batch's subjects until the summary is written.
    package func writer(colour: Bool = false, explain: Bool = false, quiet: Bool = false, ruleIdWidth: Int = 0,
                       rulesets: [String] = [], spill: SpillSettings = .inMemory) -> any ReportWriter {
        switch self {
        case .text: TextReport(colour: colour, explain: explain, quiet: quiet, ruleIdWidth: ruleIdWidth)
        case .json: JSONReport()
        case .markdown: MarkdownReport(quiet: quiet, spill: spill)
        case .html: HTMLCheckReport(quiet: quiet, spill: spill)
        case .junit: JUnitReport(rulesets: rulesets, spill: spill)
        }
    }
}

extension Summary {
    package var line: String {
        "\(pass) pass, \(fail) fail, \(warn) warn, \(skip) skip, \(error) error"
    }
}
