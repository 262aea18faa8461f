import IGFRules

/// What a checking thread of `check --each` makes of each record's results before they are
/// written (`BatchCheck`): made on the thread itself, so that results are counted, rendered and
/// freed where they were checked, and only what is written comes back.
protocol RecordReporter: SendableMetatype {
    associatedtype Report: Sendable
    associatedtype Tally: Sendable
    mutating func report(_ subjects: [SubjectResult]) -> Report
    /// What the records reported since the last call add to the run's totals.
    mutating func takeTally() -> Tally
    /// About how many bytes of memory a report holds until it is written.
    static func bytes(of report: Report) -> Int
}

/// `check`'s reporting of subjects: each counted for the exit status and the summary, narrowed
/// to the results shown (`--rule`, `--status`), and rendered by a writer of the report's format.
/// The command's thread writes every subject through one of these; each checking thread has its
/// own, whose rendered subjects the command's writer puts in place.
struct SubjectReporter: RecordReporter {
    /// A subject ready to be written: rendered ahead, or (for a writer that needs every subject in
    /// turn, `ReportWriter.render`) the results to write.
    enum Piece: Sendable {
        case rendered(RenderedSubject)
        case inTurn(SubjectResult)
    }

    /// What the subjects reported add to the run's totals: every rule (the exit status, the
    /// subjects that met every rule), and the results shown (the result counts).
    struct Tally: Sendable {
        var everything = RunTotals()
        var shown = RunTotals()

        mutating func add(_ other: Tally) {
            everything.add(other.everything)
            shown.add(other.shown)
        }
    }

    private(set) var writer: any ReportWriter
    let narrow: ResultFilter
    private var tally = Tally()

    init(writer: any ReportWriter, narrow: ResultFilter) {
        self.writer = writer
        self.narrow = narrow
    }

    mutating func report(_ subjects: [SubjectResult]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(subjects.count)
        for result in subjects {
            tally.everything.add(result)
            let shown = narrow.apply(result)
            tally.shown.add(shown)
            guard !shown.results.isEmpty || !narrow.isActive || writer.writesSubjectsWithNothingShown else { continue }
            pieces.append(writer.render(shown).map(Piece.rendered) ?? .inTurn(shown))
        }
        return pieces
    }

    mutating func takeTally() -> Tally {
        defer { tally = Tally() }
        return tally
    }

    /// The rendered bytes, and for a subject kept to be written in turn, its results (a few
    /// hundred bytes each).
    static func bytes(of report: [Piece]) -> Int {
        report.reduce(0) { total, piece in
            switch piece {
            case .rendered(let rendered): total &+ rendered.bytes.count
            case .inTurn(let subject): total &+ subject.results.count &* 256
            }
        }
    }

    /// Counts subjects reported by another reporter (a batch counted on a checking thread).
    mutating func absorb(_ other: Tally) {
        tally.add(other)
    }

    /// Whether every subject counted met every required rule (exit status 0).
    var everyRequiredRulePassed: Bool { tally.everything.subjects == tally.everything.subjectsPassing }

    /// Writes pieces reported by this reporter or by another made with the same settings.
    mutating func write(_ pieces: [Piece], into out: inout [UInt8]) {
        for piece in pieces {
            switch piece {
            case .rendered(let rendered): writer.add(rendered, into: &out)
            case .inTurn(let subject): writer.write(subject, into: &out)
            }
        }
    }

    /// Writes what the report writes before the first subject.
    mutating func begin() -> String { writer.begin() }

    /// Writes what the report writes after the last subject, with the totals of every subject
    /// counted: subjects from every rule, result counts from the results shown.
    mutating func end(emit: ([UInt8]) -> Void) throws(SpillFailure) {
        try writer.end(narrow.totals(tally.everything, shown: tally.shown), emit: emit)
    }
}
