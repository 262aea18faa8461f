/// Keeps a terminal in step with the line being edited, writing only what changed: the text from
/// the first character that differs, then a clear to the end of the screen when the old text was
/// longer. Typing at the end writes one character; a paste writes itself once. The display is the
/// prompt and the input, a new line in the input showing as a new line after `continuation`;
/// lines longer than the terminal's width wrap, and the cursor is moved by rows and columns.
struct LineRenderer {
    /// The terminal's width in columns (at least 2).
    let width: Int
    let continuation: String
    /// What is on the screen now, from the start of the prompt.
    private(set) var shown: [Character] = []
    /// Where the cursor is, relative to the start of the prompt.
    private var cursor = Position(row: 0, column: 0)

    struct Position: Equatable {
        var row: Int
        var column: Int
    }

    init(width: Int, continuation: String) {
        self.width = max(2, width)
        self.continuation = continuation
    }

    /// The characters shown for a prompt and an input, and where the input's `index` falls in them.
    func display(prompt: String, text: [Character], index: Int) -> (characters: [Character], cursor: Int) {
        var characters = Array(prompt)
        var cursorAt = characters.count
        characters.reserveCapacity(characters.count + text.count)
        for (offset, character) in text.enumerated() {
            if offset == index { cursorAt = characters.count }
            characters.append(character)
            if character == "\n" { characters += continuation }
        }
        if index >= text.count { cursorAt = characters.count }
        return (characters, cursorAt)
    }

    /// The output that turns the screen from what it shows into `display`, with the cursor before
    /// `display[cursorIndex]`.
    mutating func update(to display: [Character], cursorIndex: Int) -> String {
        var common = 0
        let limit = min(shown.count, display.count)
        while common < limit, shown[common] == display[common] { common += 1 }
        var positions = LineRenderer.positions(of: display, width: width, upTo: [common, cursorIndex, display.count])
        var out = ""
        if common < display.count || shown.count > display.count {
            let start = LineRenderer.normalized(positions[0], width: width)
            out += move(to: start)
            var column = start.column
            for character in display[common...] {
                if character == "\n" {
                    // What was on the rest of this row before belongs to the old text.
                    out += "\u{1B}[K\r\n"
                    column = 0
                } else {
                    if column == width { column = 0 }
                    out.append(character)
                    column += 1
                }
            }
            cursor = LineRenderer.normalized(positions[2], width: width)
            // A text that exactly fills its last row leaves the terminal waiting to wrap: go to the next row.
            if column == width { out += "\r\n" }
            if shown.count > common { out += "\u{1B}[J" }
        }
        positions[1] = LineRenderer.normalized(positions[1], width: width)
        out += move(to: positions[1])
        shown = display
        return out
    }

    /// Forgets what is on the screen (after it was cleared, or output was written below it).
    mutating func reset() {
        shown = []
        cursor = Position(row: 0, column: 0)
    }

    /// The output that moves the cursor to the end of the display, for writing below it.
    mutating func moveToEnd() -> String {
        let end = LineRenderer.positions(of: shown, width: width, upTo: [shown.count])[0]
        return move(to: LineRenderer.normalized(end, width: width))
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

    /// Where the terminal puts each of `indices` (before that character), in one pass.
    static func positions(of display: [Character], width: Int, upTo indices: [Int]) -> [Position] {
        let last = indices.max() ?? 0
        var results = [Position](repeating: Position(row: 0, column: 0), count: indices.count)
        var position = Position(row: 0, column: 0)
        for index in 0...min(last, display.count) {
            for (slot, wanted) in indices.enumerated() where wanted == index { results[slot] = position }
            guard index < display.count else { break }
            if display[index] == "\n" {
                position = Position(row: position.row + 1, column: 0)
            } else {
                if position.column == width { position = Position(row: position.row + 1, column: 0) }
                position.column += 1
            }
        }
        return results
    }

    /// A position just past the last column is, for the cursor, the start of the next row.
    static func normalized(_ position: Position, width: Int) -> Position {
        position.column >= width ? Position(row: position.row + 1, column: 0) : position
    }
}
