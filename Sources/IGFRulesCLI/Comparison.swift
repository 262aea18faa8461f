import IGFRules

/// Batch what-if: every subject evaluated twice — before and after a change of parameters, data
/// or rules — and only the outcomes that change written, as they are found. Used by
/// `check --compare` and `diff`; the counting is the library's ``ComparisonTally`` and the words
/// its ``ComparisonRenderer``: this type only streams them to the console.
enum Comparison {
    /// Evaluates one record (nil without --each) before and after the change.
    typealias Evaluate = (_ record: Value?, _ position: Int) -> (before: [SubjectResult], after: [SubjectResult])

    static let formats = ComparisonRenderer.formats

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
        var tally = ComparisonTally()
        var first = true
        if format == "json" { console.out("{\"changes\":[") }
        let unreadable = try produce { pair in
            let changes = tally.add(before: pair.before, after: pair.after)
            guard !changes.isEmpty else { return }
            if format == "json" {
                for change in changes {
                    console.out((first ? "\n" : ",\n") + ComparisonRenderer.json(change))
                    first = false
                }
            } else if format == "markdown" {
                if first { console.out(ComparisonRenderer.markdownHeader) }
                first = false
                console.out(changes.map(ComparisonRenderer.markdown).joined())
            } else {
                console.out(ComparisonRenderer.text(changes))
            }
        }
        console.out(ComparisonRenderer.closing(tally, format: format, eligibility: eligibility, anyWritten: !first))
        if unreadable > 0 {
            console.flush()
            console.err("\(unreadable) record\(unreadable == 1 ? "" : "s") could not be read; the others were compared.\n")
            throw CommandFailure.reported
        }
        return tally.changes.isEmpty ? 0 : 1
    }
}
