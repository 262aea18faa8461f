/// Gathers typed lines into complete inputs. A `rule`, `ruleset`, `test`, `data`, `type` or
/// `clause` declaration continues over the following indented lines and ends at an empty line
/// (or at the next line that is not indented); any input continues while a bracket, brace,
/// parenthesis or text is left open or it ends with an operator. An empty line always ends an
/// input, and so does reaching `maximumLines`.
struct InputAssembler {
    private(set) var lines: [String] = []
    private var block = false
    /// Whether a complete-looking input still lacks its end (`define x = 1 +`).
    var isUnfinished: (String) -> Bool = { _ in false }

    static let blockKeywords: Set<String> = ["rule", "ruleset", "test", "data", "type", "clause"]
    static let maximumLines = 200

    var isContinuing: Bool { !lines.isEmpty }

    /// Adds a line; returns the inputs it completes (none, one, or two when an unindented line
    /// both ends a declaration and is an input of its own).
    mutating func add(_ line: String) -> [String] {
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
        if line.allSatisfy({ $0 == " " || $0 == "\t" }) || lines.count >= InputAssembler.maximumLines { return [take()] }
        let sofar = lines.joined(separator: "\n")
        if !InputAssembler.isBalanced(sofar) || !block && isUnfinished(sofar) {
            lines.append(line)
            let text = lines.joined(separator: "\n")
            if !block, InputAssembler.isBalanced(text), !isUnfinished(text) { return [take()] }
            return []
        }
        if line.first == " " || line.first == "\t" {
            lines.append(line)
            return []
        }
        return [take()] + add(line)
    }

    /// What is left at the end of the input.
    mutating func finish() -> String? {
        lines.isEmpty ? nil : take()
    }

    mutating func cancel() {
        lines = []
        block = false
    }

    private mutating func take() -> String {
        defer { cancel() }
        return lines.joined(separator: "\n")
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
        return depth <= 0 && !inText
    }
}
