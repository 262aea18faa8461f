import IGFRules

/// The REPL's warning about doubtful dates: past events dated after today (a draft "published"
/// after `:today`) and periods that end before they start, in the same words as `check`.
extension ReplSession {
    /// The doubtful dates in the session's data now.
    func doubtfulDates() -> [DataValidation.Finding] {
        scenario.bindings.doubtfulDates(today: scenario.today)
    }

    /// Warns of each finding not in `before` (so that a `set` warns only of what it wrote);
    /// `place` is the file the data came from, when there is one.
    func warnAboutDoubtfulDates(since before: [DataValidation.Finding] = [], place: String? = nil) {
        let seen = Set(before.map(\.description))
        for finding in doubtfulDates() where !seen.contains(finding.description) {
            say("warning: " + (place.map { $0 + ": " } ?? "") + Value.visible(finding.description))
        }
    }
}
