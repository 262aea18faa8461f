import Foundation

/// Tab: completes the word before the cursor, or lists the choices when there are several.
extension LineEditor {
    /// How many choices a Tab lists at most.
    static let listedChoices = 60

    func complete() {
        guard let completer else { return }
        let (start, candidates) = completer(String(text), cursor)
        guard !candidates.isEmpty, start <= cursor else { return }
        let typed = String(text[start..<cursor])
        let common = LineEditor.commonPrefix(candidates)
        if common.count > typed.count || candidates.count == 1 {
            let replacement = candidates.count == 1 ? candidates[0] : common
            changing(from: start)
            text.replaceSubrange(start..<cursor, with: replacement)
            cursor = start + replacement.count
            return
        }
        list(candidates)
    }

    /// Writes the choices below the line, in columns, and draws the line again under them.
    private func list(_ candidates: [String]) {
        finish("\r\n")
        let shown = candidates.prefix(LineEditor.listedChoices)
        let columnWidth = (shown.map(\.count).max() ?? 0) + 2
        let perRow = max(1, renderer.width / max(1, columnWidth))
        var out = ""
        for (index, candidate) in shown.enumerated() {
            out += candidate.padding(toLength: columnWidth, withPad: " ", startingAt: 0)
            if index % perRow == perRow - 1 || index == shown.count - 1 { out += "\r\n" }
        }
        if candidates.count > shown.count { out += "… and \(candidates.count - shown.count) more\r\n" }
        output(out)
        renderer.reset()
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }
}
