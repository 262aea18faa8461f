import IGFRules

/// Batch what-if: every subject evaluated twice — before and after a change of parameters, data
/// or rules — and only the outcomes that change reported. Used by `check --compare` and `diff`.
struct Comparison {
    /// Evaluates one record (nil without --each) before and after the change.
    typealias Evaluate = (_ record: Value?, _ position: Int) -> (before: [SubjectResult], after: [SubjectResult])

    static let formats = ["text", "json", "markdown"]

    var changes: [OutcomeChange] = []
    var subjects = 0
    var changedSubjects = 0
    /// Subjects that met every required rule before and not after, and the other way round.
    var becameIneligible = 0
    var becameEligible = 0

    mutating func add(before: [SubjectResult], after: [SubjectResult]) -> [OutcomeChange] {
        subjects += max(before.count, after.count)
        countEligibility(before: before, after: after)
        let found = ReplSession.changes(before: before, after: after)
        var changed: Set<String> = []
        for change in found { changed.insert(change.subject + "\u{0}" + change.id) }
        changedSubjects += changed.count
        changes += found
        return found
    }

    /// One subject's changes as text.
    static func text(_ changes: [OutcomeChange]) -> String {
        var out = ""
        var current = ""
        for change in changes {
            let subject = "\(change.subject) \(Value.visible(change.id))"
            if subject != current {
                out += "\(subject)\n"
                current = subject
            }
            out += "  \(change.rule): \(OutcomeChange.label(change.before)) → \(OutcomeChange.label(change.after))\n"
            if let before = change.before, let reason = ReplSession.reason(before) { out += "      before: \(reason)\n" }
            if let after = change.after, let reason = ReplSession.reason(after) { out += "      after:  \(reason)\n" }
        }
        return out
    }

    static func json(_ change: OutcomeChange) -> String {
        JSONWriter.object([
            ("name", JSONWriter.string(change.subject)), ("id", JSONWriter.string(change.id)), ("rule", JSONWriter.string(change.rule)),
            ("before", JSONWriter.optional(change.before.map { OutcomeChange.label($0) })),
            ("after", JSONWriter.optional(change.after.map { OutcomeChange.label($0) })),
            ("before_reason", JSONWriter.optional(change.before.flatMap(ReplSession.reason))),
            ("after_reason", JSONWriter.optional(change.after.flatMap(ReplSession.reason))),
        ])
    }

    var summary: String {
        let outcomes = "\(changes.count) outcome\(changes.count == 1 ? "" : "s")"
        return changes.isEmpty ? "No outcome changes in \(subjects) subject\(subjects == 1 ? "" : "s").\n"
            : "\(outcomes) change\(changes.count == 1 ? "s" : "") in \(changedSubjects) of \(subjects) subject\(subjects == 1 ? "" : "s").\n"
    }

    /// Runs the comparison over the records of `each` (or once), writing as it goes.
    /// `eligibility`: end with the line on how many subjects change eligibility (for `diff`).
    static func run(each: (name: String, path: String)?, format: String, console: Console, eligibility: Bool = false,
                    evaluate: Evaluate) throws -> Int32 {
        try report(format: format, console: console, eligibility: eligibility) { emit in
            guard let each else {
                emit(evaluate(nil, 1))
                return 0
            }
            return try RunSetup.forEachRecord(in: each.path, console: console) { value, position in emit(evaluate(value, position)) }.unreadable
        }
    }

    /// Writes the changes of every evaluation `produce` hands to `emit` (before and after), then
    /// the count; `produce` returns how many records could not be read.
    static func report(format: String, console: Console, eligibility: Bool = false,
                       produce: (_ emit: ((before: [SubjectResult], after: [SubjectResult])) -> Void) throws -> Int) throws -> Int32 {
        var comparison = Comparison()
        var first = true
        if format == "json" { console.out("{\"changes\":[") }
        let unreadable = try produce { pair in
            let changes = comparison.add(before: pair.before, after: pair.after)
            guard !changes.isEmpty else { return }
            if format == "json" {
                for change in changes {
                    console.out((first ? "\n" : ",\n") + json(change))
                    first = false
                }
            } else if format == "markdown" {
                if first { console.out(markdownHeader) }
                first = false
                console.out(changes.map(markdown).joined())
            } else {
                console.out(text(changes))
            }
        }
        if format == "json" {
            var summary = [("subjects", String(comparison.subjects)), ("changed_subjects", String(comparison.changedSubjects)),
                           ("changed_outcomes", String(comparison.changes.count))]
            if eligibility {
                summary += [("became_ineligible", String(comparison.becameIneligible)), ("became_eligible", String(comparison.becameEligible))]
            }
            console.out((first ? "" : "\n") + "],\"summary\":" + JSONWriter.object(summary) + "}\n")
        } else if format == "markdown" {
            console.out((comparison.changes.isEmpty ? "" : "\n") + "**" + comparison.summary.dropLast() + "**\n"
                        + (eligibility ? "\n" + comparison.eligibilityLine : ""))
        } else {
            console.out((comparison.changes.isEmpty ? "" : "\n") + comparison.summary + (eligibility ? comparison.eligibilityLine : ""))
        }
        if unreadable > 0 {
            console.flush()
            console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") could not be read; the others were compared.\n")
            throw CommandFailure.reported
        }
        return comparison.changes.isEmpty ? 0 : 1
    }
}
