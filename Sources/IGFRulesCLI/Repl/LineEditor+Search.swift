/// Ctrl-R: search back through the history for inputs that contain what is typed.
struct ReverseSearch {
    var query = ""
    /// The history entry shown, if any matches.
    var match: Int?
    let original: [Character]
    let originalCursor: Int
    /// Where the search started (one past the newest entry).
    let start: Int

    init(original: [Character], cursor: Int, start: Int) {
        self.original = original
        originalCursor = cursor
        self.start = start
    }

    var failing: Bool { !query.isEmpty && match == nil }

    var prompt: String { "(\(failing ? "failing " : "")reverse-i-search)`\(query)': " }

    /// The newest entry at or before `from` that contains the query.
    func find(in history: [String], from: Int) -> Int? {
        guard !query.isEmpty else { return nil }
        var index = min(from, history.count - 1)
        while index >= 0 {
            if history[index].contains(query) { return index }
            index -= 1
        }
        return nil
    }
}

extension LineEditor {
    /// Handles a key while searching; returns the line when the key ends it.
    func searchKey(_ key: EditorKey) -> Line? {
        guard var state = search else { return nil }
        switch key {
        case .text(let typed):
            state.query += typed
            state.match = state.find(in: history, from: state.match ?? state.start - 1)
        case .reverseSearch:
            if let match = state.match, let older = state.find(in: history, from: match - 1) { state.match = older }
        case .backspace:
            guard !state.query.isEmpty else { break }
            state.query.removeLast()
            state.match = state.find(in: history, from: state.start - 1)
        case .abort, .interrupt:
            changing(from: 0)
            text = state.original
            cursor = state.originalCursor
            search = nil
            return nil
        default:
            // Any other key takes the match into the line and then does what it does.
            search = nil
            return handle(key)
        }
        search = state
        changing(from: 0)
        text = state.match.map { Array(history[$0]) } ?? state.original
        cursor = state.match.map { _ in text.count } ?? state.originalCursor
        return nil
    }
}
