/// A small terminal emulator for tests of the line editor: printable characters, `\r`, `\n`,
/// cursor moves (`ESC [ n A/B/C/D`), clears (`ESC [ J`, `ESC [ K`, `ESC [ 2 J`, `ESC [ H`), and
/// wrapping at the width with the pending wrap real terminals have.
struct TerminalScreen {
    let width: Int
    private(set) var rows: [[Character]] = [[]]
    private(set) var row = 0
    private(set) var column = 0
    private var pendingWrap = false

    init(width: Int) { self.width = width }

    /// The screen's rows as text, trailing spaces removed.
    var lines: [String] {
        rows.map { String($0).replacingOccurrences(of: "\u{0}", with: " ") }.map { line in
            var text = Substring(line)
            while text.last == " " { text.removeLast() }
            return String(text)
        }
    }

    mutating func feed(_ output: String) {
        var characters = Array(output)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\r":
                column = 0
                pendingWrap = false
            case "\n", "\r\n":
                if character == "\r\n" { column = 0 }
                moveDown()
                pendingWrap = false
            case "\u{1B}": escape(&characters)
            default: put(character)
            }
        }
    }

    private mutating func moveDown() {
        row += 1
        while rows.count <= row { rows.append([]) }
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            column = 0
            moveDown()
            pendingWrap = false
        }
        while rows[row].count <= column { rows[row].append(" ") }
        rows[row][column] = character
        if column == width - 1 { pendingWrap = true } else { column += 1 }
    }

    private mutating func escape(_ characters: inout ArraySlice<Character>) {
        guard characters.popFirst() == "[" else { return }
        var parameter = ""
        while let next = characters.popFirst() {
            if next.isNumber || next == ";" {
                parameter.append(next)
                continue
            }
            let count = Int(parameter) ?? 1
            pendingWrap = false
            switch next {
            case "A": row = max(0, row - count)
            case "B": for _ in 0..<count { moveDown() }
            case "C": column = min(width - 1, column + count)
            case "D": column = max(0, column - count)
            case "K": if rows[row].count > column { rows[row].removeSubrange(column...) }
            case "J" where parameter == "2":
                rows = [[]]
                (row, column) = (0, 0)
            case "J":
                if rows[row].count > column { rows[row].removeSubrange(column...) }
                rows.removeSubrange((row + 1)...)
            case "H": (row, column) = (0, 0)
            default: break
            }
            return
        }
    }
}
