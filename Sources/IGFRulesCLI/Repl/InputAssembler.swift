/// Gathers typed lines into complete inputs. A `rule`, `ruleset`, `test`, `data`, `type` or
/// `clause` declaration continues over the following indented lines and ends at an empty line
/// (or at the next line that is not indented); any input continues while a bracket, brace,
/// parenthesis is left open or it ends with an operator. An empty line, a `:command` and an
/// unindented statement (`set`, `define`, …) always end an input. An input that would grow past
/// `maximumLines` ends there, marked `cut`, and the rest of it (up to the next empty line, or the
/// next unindented line after a declaration) is skipped.
struct InputAssembler {
    /// One complete input; `cut` when it reached `maximumLines` and the rest of it was skipped.
    struct Input: Equatable, ExpressibleByStringLiteral {
        var text: String
        var cut = false
        init(_ text: String, cut: Bool = false) {
            self.text = text
            self.cut = cut
        }
        init(stringLiteral text: String) { self.init(text) }
    }

    private(set) var lines: [String] = []
    private var block = false
    /// While the rest of a cut input is skipped: whether an unindented line ends it too.
    private var skipping: Bool?
    /// Whether a complete-looking input still lacks its end (`define x = 1 +`).
    var isUnfinished: (String) -> Bool = { _ in false }

    static let blockKeywords: Set<String> = ["rule", "ruleset", "test", "data", "type", "clause"]
    static let maximumLines = 200

    /// What a cut input is told, `line` being where it ended (in the input, or in its file).
    static func cutNotice(endedAt line: Int) -> String {
        "this input is longer than \(maximumLines) lines; it ended at line \(line) and the rest of it was skipped"
    }

    var isContinuing: Bool { !lines.isEmpty }
    /// Whether the lines read now are the skipped rest of a cut input.
    var isSkipping: Bool { skipping != nil }

    /// Adds a line; returns the inputs it completes (none, one, or two when an unindented line
    /// both ends a declaration and is an input of its own).
    mutating func add(_ line: String) -> [Input] {
        if let untilUnindented = skipping { return skip(line, untilUnindented: untilUnindented) }
        if lines.isEmpty {
            // Blank lines and whole-line comments are not inputs.
            let content = line.drop { $0 == " " || $0 == "\t" }
            if content.isEmpty || content.hasPrefix("#") { return [] }
            let firstWord = String(line.drop { $0 == " " || $0 == "\t" }.prefix { $0.isLetter })
            block = InputAssembler.blockKeywords.contains(firstWord)
            lines = [line]
            if !block, InputAssembler.isBalanced(line), !isUnfinished(line) { return [take()] }
            return []
        }
        if InputAssembler.isBlank(line) || InputAssembler.startsInput(line) { return [take()] + add(line) }
        let full = lines.count >= InputAssembler.maximumLines
        let sofar = lines.joined(separator: "\n")
        if !InputAssembler.isBalanced(sofar) || !block && isUnfinished(sofar) {
            if full { return [cut(untilUnindented: false)] }
            lines.append(line)
            let text = lines.joined(separator: "\n")
            if !block, InputAssembler.isBalanced(text), !isUnfinished(text) { return [take()] }
            return []
        }
        if line.first == " " || line.first == "\t" {
            if full { return [cut(untilUnindented: true)] }
            lines.append(line)
            return []
        }
        return [take()] + add(line)
    }

    /// A line of the rest of a cut input: skipped, until the line that ends that input.
    private mutating func skip(_ line: String, untilUnindented: Bool) -> [Input] {
        if InputAssembler.isBlank(line) {
            skipping = nil
            return []
        }
        if untilUnindented, line.first != " ", line.first != "\t" {
            skipping = nil
            return add(line)
        }
        return []
    }

    /// Ends the input at its last line, marked cut, and skips what follows of it.
    private mutating func cut(untilUnindented: Bool) -> Input {
        var input = take()
        input.cut = true
        skipping = untilUnindented
        return input
    }

    /// The words an unindented statement or declaration starts with.
    static let statementKeywords: Set<String> = blockKeywords.union(["set", "unset", "param", "define", "include"])

    /// Whether a line starts an input of its own even while the one before it is unfinished: a
    /// `:command`, or an unindented statement (`set x = …`, `define …`). Without this, an
    /// unclosed `(` would swallow the rest of a script, line after line, without a word.
    static func startsInput(_ line: String) -> Bool {
        if line.hasPrefix(":") { return true }
        let word = line.prefix { $0.isLetter }
        let after = line.dropFirst(word.count).first
        return statementKeywords.contains(String(word)) && (after == " " || after == "\t")
    }

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// What is left at the end of the input.
    mutating func finish() -> String? {
        defer { cancel() }
        return lines.isEmpty ? nil : take().text
    }

    mutating func cancel() {
        lines = []
        block = false
        skipping = nil
    }

    private mutating func take() -> Input {
        defer { cancel() }
        return Input(lines.joined(separator: "\n"))
    }

    /// Whether every `(`, `[` and `{` outside texts and comments is closed, and no text is open.
    static func isBalanced(_ text: String) -> Bool {
        var depth = 0
        var inText = false
        var escaped = false
        var inComment = false
        for character in text {
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if inText {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" || character == "\n" {
                    inText = false
                }
                continue
            }
            switch character {
            case "\"": inText = true
            case "#": inComment = true
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
        }
        // A text ends with its line (the language has no text over several lines), so a quote
        // left open at the end is the parser's to report, not a reason to read the next line.
        return depth <= 0
    }
}
