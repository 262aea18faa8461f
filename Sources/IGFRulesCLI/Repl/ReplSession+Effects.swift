import IGFRules

/// What a change did: the line after each change, and `:undo`.
extension ReplSession {
    /// How many changed outcomes the line after a change names.
    static let namedChanges = 3

    /// "→ 2 outcomes changed (rule: fail → pass, …)" or "→ no outcome changed".
    func effectLine(before: [SubjectResult], after: [SubjectResult]) -> String {
        let changes = Workspace.compare(before: before, after: after)
        guard !changes.isEmpty else { return "→ no outcome changed" }
        var named = changes.prefix(ReplSession.namedChanges).map { change in
            change.rule + (records != nil ? " (\(change.id))" : "") + ": \(OutcomeChange.label(change.before)) → \(OutcomeChange.label(change.after))"
        }
        if changes.count > ReplSession.namedChanges { named.append("and \(changes.count - ReplSession.namedChanges) more; :diff lists them") }
        return "→ \(changes.count) outcome\(changes.count == 1 ? "" : "s") changed (" + named.joined(separator: ", ") + ")"
    }

    /// Undoes the last change, saying which it was and what that changes back.
    func undo() {
        guard let (previous, input) = undoStack.popLast() else {
            say("nothing to undo")
            return
        }
        let before = showsEffects ? currentResults() : []
        restore(previous)
        let left = undoStack.count
        say("undid `\(ReplSession.firstLine(of: input))`; \(left) change\(left == 1 ? "" : "s") left to undo")
        if showsEffects { say(effectLine(before: before, after: currentResults())) }
    }

    /// An input's first line, with "…" when it goes on.
    static func firstLine(of input: String) -> String {
        let lines = input.trimmingWhitespaceAndNewlines().split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines.first ?? "") + (lines.count > 1 ? " …" : "")
    }
}

extension String {
    func trimmingWhitespaceAndNewlines() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
