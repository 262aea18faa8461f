import Foundation

/// Reads lines from a terminal with editing: arrows, Home/End, Backspace/Delete, Ctrl-A/E/K/U/W,
/// Alt-B/Alt-F (and Ctrl-arrows) by words, Tab completion, Ctrl-R reverse search, history with
/// Up/Down, Ctrl-C to cancel the line, Ctrl-D to end on an empty line. Only what changed is
/// redrawn (`LineRenderer`), and keys already waiting are handled before the next redraw, so a
/// long paste is shown once. The terminal is put in raw mode (through termios) only while a line
/// is being read, without discarding keys typed ahead.
final class LineEditor {
    enum Line: Equatable {
        case text(String)
        case cancelled
        case end
    }

    /// Completions for the word before the cursor: where that word starts, and what it may become.
    typealias Completer = (_ text: String, _ cursor: Int) -> (start: Int, candidates: [String])

    private(set) var history: [String]
    let output: (String) -> Void
    let continuation: String
    var completer: Completer?
    private let width: () -> Int
    var queue: ByteQueue

    // The line being edited.
    var text: [Character] = []
    var cursor = 0
    var historyIndex = 0
    var draft: [Character] = []
    var search: ReverseSearch?
    var renderer: LineRenderer
    /// The first position of `text` changed since the last redraw (nil when none was).
    var changedFrom: Int?
    var prompt = ""

    /// `input` and `width` default to the terminal's; tests give their own.
    init(history: [String], continuation: String = "", output: @escaping (String) -> Void,
         input: (() -> [UInt8]?)? = nil, width: (() -> Int)? = nil) {
        self.history = history
        self.output = output
        self.continuation = continuation
        self.width = width ?? LineEditor.terminalWidth
        queue = ByteQueue(fill: input ?? LineEditor.readChunk)
        renderer = LineRenderer(width: 80, continuation: continuation)
    }

    func remember(_ line: String) {
        guard !line.isEmpty, history.last != line else { return }
        history.append(line)
    }

    func read(prompt: String) -> Line {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return plainRead(prompt: prompt) }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &original) }
        return edit(prompt: prompt)
    }

    private func plainRead(prompt: String) -> Line {
        output(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .text(line)
    }

    private static func readChunk() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 { return Array(chunk[..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Edits one line from the keys in the queue.
    func edit(prompt: String) -> Line {
        self.prompt = prompt
        text = []
        cursor = 0
        historyIndex = history.count
        draft = []
        search = nil
        changedFrom = nil
        renderer = LineRenderer(width: width(), continuation: continuation)
        redraw()
        while let key = EditorKey.read(from: &queue) {
            if let line = search != nil ? searchKey(key) : handle(key) { return line }
            if !queue.hasWaiting { redraw() }
        }
        return .end
    }

    func redraw() {
        let out = renderer.update(prompt: search?.prompt ?? prompt, text: text, cursorIndex: cursor, unchangedBefore: changedFrom ?? text.count)
        changedFrom = nil
        if !out.isEmpty { output(out) }
    }

    /// Notes that `text` changes from `index` on, for the next redraw.
    func changing(from index: Int) {
        changedFrom = min(changedFrom ?? index, index)
    }

    /// Leaves the line: the cursor goes below it and `ending` is written.
    func finish(_ ending: String) {
        redraw()
        output(renderer.moveToEnd() + ending)
    }

    /// Applies an editing key; returns the line when the key ends it.
    func handle(_ key: EditorKey) -> Line? {
        switch key {
        case .enter:
            finish("\r\n")
            return .text(String(text))
        case .interrupt:
            finish("^C\r\n")
            return .cancelled
        case .endOfInput:
            if text.isEmpty {
                finish("\r\n")
                return .end
            }
            if cursor < text.count {
                changing(from: cursor)
                text.remove(at: cursor)
            }
        case .text(let typed):
            changing(from: cursor)
            text.insert(contentsOf: typed, at: cursor)
            cursor += typed.count
        case .tab: complete()
        case .reverseSearch: search = ReverseSearch(original: text, cursor: cursor, start: history.count)
        case .up, .down: recall(up: key == .up)
        case .clearScreen:
            output("\u{1B}[H\u{1B}[2J")
            renderer.reset()
        default: move(key)
        }
        return nil
    }

    /// Keys that move the cursor or delete without ending the line.
    private func move(_ key: EditorKey) {
        switch key {
        case .backspace where cursor > 0:
            changing(from: cursor - 1)
            text.remove(at: cursor - 1)
            cursor -= 1
        case .delete where cursor < text.count:
            changing(from: cursor)
            text.remove(at: cursor)
        case .deleteWordBefore:
            let start = WordMotion.start(before: cursor, in: text)
            changing(from: start)
            text.removeSubrange(start..<cursor)
            cursor = start
        case .killToEnd:
            changing(from: cursor)
            text.removeSubrange(cursor...)
        case .killToStart:
            changing(from: 0)
            text.removeSubrange(..<cursor)
            cursor = 0
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .wordLeft: cursor = WordMotion.start(before: cursor, in: text)
        case .wordRight: cursor = WordMotion.end(after: cursor, in: text)
        default: break
        }
    }

    private func recall(up: Bool) {
        if historyIndex == history.count { draft = text }
        historyIndex = up ? max(0, historyIndex - 1) : min(history.count, historyIndex + 1)
        changing(from: 0)
        text = historyIndex == history.count ? draft : Array(history[historyIndex])
        cursor = text.count
    }
}

/// Word motions for Ctrl-W and Alt-B/Alt-F: a word is a run of letters, digits and `_`.
enum WordMotion {
    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// The start of the word before `index` (skipping the spaces and punctuation before it).
    static func start(before index: Int, in text: [Character]) -> Int {
        var position = index
        while position > 0, !isWord(text[position - 1]) { position -= 1 }
        while position > 0, isWord(text[position - 1]) { position -= 1 }
        return position
    }

    /// The end of the word after `index`.
    static func end(after index: Int, in text: [Character]) -> Int {
        var position = index
        while position < text.count, !isWord(text[position]) { position += 1 }
        while position < text.count, isWord(text[position]) { position += 1 }
        return position
    }
}
