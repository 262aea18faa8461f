/// Keeps a terminal in step with the line being edited, writing only what changed: the input from
/// the first character that changed, then a clear to the end of the screen when the old input was
/// longer. Typing or pasting at the end costs only the new characters, whatever the length of the
/// input. A new line in the input shows as a new line after `continuation`; lines longer than the
/// terminal's width wrap, and the cursor is moved by rows and columns.
struct LineRenderer {
    /// The terminal's width in columns (at least 2).
    let width: Int
    let continuation: String
    private var prompt: String?
    /// How many characters of the input are on the screen.
    private var shownCount = 0
    /// Where the input starts (after the prompt) and ends on the screen, relative to the start of
    /// the prompt. A column equal to `width` means the row is full and the terminal waits to wrap.
    private var origin = Position(row: 0, column: 0)
    private var end = Position(row: 0, column: 0)
    /// Where the terminal's cursor is (never past the last column).
    private var cursor = Position(row: 0, column: 0)

    struct Position: Equatable {
        var row: Int
        var column: Int
    }

    init(width: Int, continuation: String) {
        self.width = max(2, width)
        self.continuation = continuation
    }

    /// The output that shows `prompt` and `text` with the cursor before `text[cursorIndex]`,
    /// given that `text[..<unchangedBefore]` is what the screen already shows.
    mutating func update(prompt: String, text: [Character], cursorIndex: Int, unchangedBefore: Int) -> String {
        var out = ""
        var common = min(unchangedBefore, shownCount, text.count)
        if prompt != self.prompt {
            // A new prompt (entering or leaving a search): everything is drawn again.
            out += move(to: Position(row: 0, column: 0))
            var position = Position(row: 0, column: 0)
            out += write(Array(prompt)[...], from: &position)
            if self.prompt != nil {
                if position.column == width { out += "\r\n" }
                out += "\u{1B}[J"
            }
            cursor = normalized(position)
            (self.prompt, origin, end, common, shownCount) = (prompt, position, position, 0, 0)
        }
        var start = common == shownCount ? end : walk(text[..<common], from: origin)
        var cursorAt = cursorIndex < common ? walk(text[..<cursorIndex], from: origin) : nil
        if common < text.count || shownCount > text.count {
            out += move(to: normalized(start))
            if cursorIndex >= common { cursorAt = walk(text[common..<min(cursorIndex, text.count)], from: start) }
            out += write(text[common...], from: &start)
            end = start
            cursor = normalized(end)
            // A text that exactly fills its last row leaves the terminal waiting to wrap: go to the next row.
            if end.column == width { out += "\r\n" }
            if shownCount > common { out += "\u{1B}[J" }
        }
        shownCount = text.count
        out += move(to: normalized(cursorAt ?? walk(text[common..<cursorIndex], from: start)))
        return out
    }

    /// Forgets what is on the screen (after it was cleared, or output was written below it).
    mutating func reset() {
        prompt = nil
        shownCount = 0
        (origin, end, cursor) = (Position(row: 0, column: 0), Position(row: 0, column: 0), Position(row: 0, column: 0))
    }

    /// The output that moves the cursor to the end of the input, for writing below it.
    mutating func moveToEnd() -> String {
        move(to: normalized(end))
    }

    /// Writes characters from `position` (the terminal's cursor being at its normalized place),
    /// clearing the rest of each row a new line leaves.
    private func write(_ characters: ArraySlice<Character>, from position: inout Position) -> String {
        var out = ""
        var waitingToWrap = false
        for character in characters {
            if character == "\n" {
                // What was on the rest of this row before belongs to the old text.
                out += waitingToWrap ? "\r\n" : position.column == width ? "\u{1B}[K\r" : "\u{1B}[K\r\n"
                out += continuation
                position = Position(row: position.row + 1, column: continuation.count)
                waitingToWrap = false
                continue
            }
            if position.column == width { position = Position(row: position.row + 1, column: 0) }
            out.append(character)
            position.column += 1
            waitingToWrap = position.column == width
        }
        return out
    }

    /// Where the characters take the cursor from `start`, as `write` would.
    private func walk(_ characters: ArraySlice<Character>, from start: Position) -> Position {
        var position = start
        for character in characters {
            if character == "\n" {
                position = Position(row: position.row + 1, column: continuation.count)
            } else {
                if position.column == width { position = Position(row: position.row + 1, column: 0) }
                position.column += 1
            }
        }
        return position
    }

    private mutating func move(to target: Position) -> String {
        guard target != cursor else { return "" }
        var out = ""
        if target.row < cursor.row { out += "\u{1B}[\(cursor.row - target.row)A" }
        if target.row > cursor.row { out += "\u{1B}[\(target.row - cursor.row)B" }
        out += "\r"
        if target.column > 0 { out += "\u{1B}[\(target.column)C" }
        cursor = target
        return out
    }

    /// A position just past the last column is, for the cursor, the start of the next row.
    private func normalized(_ position: Position) -> Position {
        position.column >= width ? Position(row: position.row + 1, column: 0) : position
    }
}
