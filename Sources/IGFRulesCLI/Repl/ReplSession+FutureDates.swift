import IGFRules

/// The REPL's warning about past events dated after today (a draft "published" after
/// `:today`), in the same words as `check`.
extension ReplSession {
    /// The future dates in the session's data now.
    func futureDates() -> [DataValidation.Finding] {
        scenario.bindings.futureDates(today: scenario.today)
    }

    /// Warns of each finding not in `before` (so that a `set` warns only of what it wrote);
    /// `place` is the file the data came from, when there is one.
    func warnAboutFutureDates(since before: [DataValidation.Finding] = [], place: String? = nil) {
        let seen = Set(before.map(\.description))
        for finding in futureDates() where !seen.contains(finding.description) {
            say("warning: " + (place.map { $0 + ": " } ?? "") + Value.visible(finding.description))
        }
    }
}
