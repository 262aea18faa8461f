import IGFRules

/// The data warnings of the records of one `--each` file: those of the first `shown` records
/// that have any are printed, and one closing line counts the others, so that a batch of
/// thousands is not buried under them (README "Limits").
struct RecordWarnings {
    static let shown = 20
    let path: String
    /// The records read so far that have data warnings.
    private(set) var warned = 0

    init(path: String) {
        self.path = path
    }

    /// Notes the warnings of the record at `position`, printing them while few records had any.
    mutating func report(_ findings: [DataValidation.Finding], record position: Int, console: Console) {
        guard !findings.isEmpty else { return }
        warned += 1
        if warned <= RecordWarnings.shown { CheckCommand.report(findings, in: "\(path), record \(position)", console: console) }
    }

    /// Notes a record that is `null`: no subject is checked in it, which a broken export would
    /// otherwise hide.
    mutating func reportNull(record position: Int, console: Console) {
        warned += 1
        if warned <= RecordWarnings.shown {
            console.err("warning: \(path), record \(position): the record is null, so nothing in it is checked\n")
        }
    }

    /// The closing line counting the records whose warnings were not printed, when there are any.
    func finish(console: Console) {
        guard warned > RecordWarnings.shown else { return }
        let more = warned - RecordWarnings.shown
        console.err("warning: \(more) more record\(more == 1 ? "" : "s") of \(path) \(more == 1 ? "has" : "have") data warnings, not shown "
                    + "(`igfrules validate` lists every malformed value and unknown field)\n")
    }
}
