/// Turns the bytes of a rule file into tokens. Works on UTF-8 bytes with integer offsets;
/// Unicode matters only inside texts and comments. Every problem becomes a located diagnostic
/// and lexing goes on, so that one run reports all of a file's mistakes.
package struct Lexer {
    package let file: SourceFile
    private let bytes: [UInt8]
    private var index: Int
    private let end: Int
    /// The last token: the end of the file, or of the interpolation whose range is lexed.
    private let last: Token.Kind
    private var sawLineBreak = true
    /// Whether a carriage return without a line feed (old Mac line ends) has been reported.
    private var reportedBareCarriageReturn = false
    package private(set) var diagnostics: [Diagnostic] = []
    /// Byte ranges of `#` comments, for the formatter.
    package private(set) var comments: [Range<Int>] = []

    /// Lexes the whole file, or only `range` of it (an interpolation inside a text).
    package init(file: SourceFile, range: Range<Int>? = nil) {
        self.file = file
        bytes = file.bytes
        index = range?.lowerBound ?? 0
        end = range?.upperBound ?? file.bytes.count
        last = range == nil ? .endOfFile : .endOfInterpolation
        if range == nil, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// All tokens, ending with `.endOfFile` (`.endOfInterpolation` for a range). A file that is not
    /// UTF-8 gives one diagnostic and no tokens.
    package mutating func tokenize() -> [Token] {
        if let bad = SourceBytes.firstInvalidUTF8(bytes, from: index, to: end) {
            diagnostics.append(.notUTF8(file: file, at: bad, byte: bytes[bad]))
            return [Token(kind: last, range: end..<end, startsLine: true)]
        }
        var tokens: [Token] = []
        tokens.reserveCapacity((end - index) / 4)
        while let token = next() { tokens.append(token) }
        tokens.append(Token(kind: last, range: end..<end, startsLine: true))
        return tokens
    }

    private mutating func next() -> Token? {
        skipSpaceAndComments()
        guard index < end else { return nil }
        let start = index
        let startsLine = sawLineBreak
        sawLineBreak = false
        let kind = readToken()
        return Token(kind: kind, range: start..<index, startsLine: startsLine)
    }

    private mutating func readToken() -> Token.Kind {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return readWord()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return readNumberOrDate()
        case UInt8(ascii: "\""):
            return readText()
        default:
            return readSymbol()
        }
    }

    private mutating func skipSpaceAndComments() {
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\r") where index + 1 >= end || bytes[index + 1] != UInt8(ascii: "\n"):
                if !reportedBareCarriageReturn {
                    reportedBareCarriageReturn = true
                    diagnostics.append(Diagnostic(.error, code: "carriage-return-line-end", message: "this line ends with a carriage return alone (CR, as old Mac files do), which does not end a line here",
                                                  file: file, range: index..<index + 1,
                                                  notes: ["save the file with LF line ends (or CRLF); most editors offer this as \"line endings\""]))
                }
                index += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "\n"):
                sawLineBreak = true
                index += 1
            case UInt8(ascii: "#"):
                let start = index
                while index < end, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                comments.append(start..<index)
            default:
                return
            }
        }
    }

    // MARK: Words

    private mutating func readWord() -> Token.Kind {
        let start = index
        while index < end, SourceBytes.isWordByte(bytes[index]) { index += 1 }
        if let keyword = Keyword.spelled(by: bytes, start..<index) { return .keyword(keyword) }
        return .identifier(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    // MARK: Numbers, dates, date-times, durations

    private mutating func readNumberOrDate() -> Token.Kind {
        let start = index
        if let (year, month, day) = CivilDate.fields(bytes, start), start + 10 <= end,
            start + 10 == end || !SourceBytes.isWordByte(bytes[start + 10]) || bytes[start + 10] == UInt8(ascii: "T")
        {
            index = start + 10
            if index < end, bytes[index] == UInt8(ascii: "T"), index + 1 < end, SourceBytes.isDigit(bytes[index + 1]) {
                return readDateTime(from: start)
            }
            guard let date = CivilDate(year: year, month: month, day: day) else {
                diagnostics.append(.invalidDate(file: file, range: start..<index, year: year, month: month, day: day))
                return .invalid
            }
            return .date(date)
        }
        while index < end, SourceBytes.isDigit(bytes[index]) { index += 1 }
        if index + 1 < end, bytes[index] == UInt8(ascii: "."), SourceBytes.isDigit(bytes[index + 1]) {
            index += 1
            while index < end, SourceBytes.isDigit(bytes[index]) { index += 1 }
        }
        if index < end, SourceBytes.isWordByte(bytes[index]) {
            while index < end, SourceBytes.isWordByte(bytes[index]) { index += 1 }
            diagnostics.append(.malformedNumber(file: file, range: start..<index))
            return .invalid
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        let number: Number
        if let integer = Int(text) {
            number = .integer(integer)
        } else if let real = Double(text), real.isFinite {
            number = .normalized(real)
        } else {
            diagnostics.append(.numberTooLarge(file: file, range: start..<index))
            return .invalid
        }
        return durationAfter(number, start: start) ?? .number(number)
    }

    /// `12 hours`, `6 weeks`: a number, spaces on the same line, and a unit word.
    private mutating func durationAfter(_ number: Number, start: Int) -> Token.Kind? {
        var probe = index
        while probe < end, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") { probe += 1 }
        let wordStart = probe
        while probe < end, SourceBytes.isWordByte(bytes[probe]) { probe += 1 }
        guard probe > wordStart else { return nil }
        let word = String(decoding: bytes[wordStart..<probe], as: UTF8.self)
        guard let unit = Duration.units[word] else { return nil }
        index = probe
        guard case .integer(let count) = number else {
            diagnostics.append(.durationNotWhole(file: file, range: start..<index))
            return .invalid
        }
        guard let duration = unit.scaled(by: count) else {
            diagnostics.append(.durationTooLong(file: file, range: start..<index))
            return .invalid
        }
        return .duration(duration)
    }

    private mutating func readDateTime(from start: Int) -> Token.Kind {
        index += 1  // T
        while index < end, SourceBytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: ".") {
            index += 1
        }
        if index < end, bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            index += 1
        } else if index + 2 < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
            SourceBytes.isDigit(bytes[index + 1]), SourceBytes.isDigit(bytes[index + 2])
        {
            index += 3
            if index + 2 < end, bytes[index] == UInt8(ascii: ":"), SourceBytes.isDigit(bytes[index + 1]) { index += 3 }
        }
        switch DateTime.parse(bytes: Array(bytes[start..<index])) {
        case .success(let dateTime):
            return .dateTime(dateTime)
        case .failure(let problem):
            var diagnostic = Diagnostic.invalidDateTime(file: file, range: start..<index, problem: problem)
            if problem == .invalidDate, let (year, month, day) = CivilDate.fields(bytes, start) {
                diagnostic.notes = [Diagnostic.dateProblem(year: year, month: month, day: day)]
            }
            diagnostics.append(diagnostic)
            return .invalid
        }
    }


    // MARK: Texts

    /// A text between straight double quotes, on one line; `{expression}` interpolates, and
    /// `\"`, `\\`, `\{`, `\}`, `\n`, `\t` are escapes.
    private mutating func readText() -> Token.Kind {
        let start = index
        index += 1
        var parts: [TextLiteral.Part] = []
        // The literal piece read so far: the bytes of escapes and of the runs before them, then
        // the plain run from `runStart` (a piece without escapes is made from the source's bytes).
        var pending: [UInt8] = []
        var runStart = index
        func flush() {
            if pending.isEmpty {
                if runStart < index { parts.append(.literal(String(decoding: bytes[runStart..<index], as: UTF8.self))) }
            } else {
                pending.append(contentsOf: bytes[runStart..<index])
                parts.append(.literal(String(decoding: pending, as: UTF8.self)))
                pending.removeAll()
            }
        }
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                flush()
                index += 1
                return .text(TextLiteral(parts: parts))
            case UInt8(ascii: "\n"):
                diagnostics.append(unclosedText(start..<index))
                flush()
                return .text(TextLiteral(parts: parts))
            case UInt8(ascii: "\\"):
                pending.append(contentsOf: bytes[runStart..<index])
                readEscape(into: &pending)
                runStart = index
            case UInt8(ascii: "{"):
                flush()
                let open = index
                guard let close = matchingBrace(from: open) else {
                    diagnostics.append(.unterminatedInterpolation(file: file, range: open..<open + 1))
                    while index < end, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                    return .text(TextLiteral(parts: parts))
                }
                parts.append(.interpolation(open + 1..<close))
                index = close + 1
                runStart = index
            default:
                index += 1
            }
        }
        diagnostics.append(unclosedText(start..<index))
        flush()
        return .text(TextLiteral(parts: parts))
    }

    /// The escape at `index` (a backslash): its character added to `pending`, and `index` past it.
    private mutating func readEscape(into pending: inout [UInt8]) {
        guard index + 1 < end else {
            index += 1  // a backslash that ends the file stands for nothing
            return
        }
        let escaped = bytes[index + 1]
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"): pending.append(escaped)
        case UInt8(ascii: "n"): pending.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): pending.append(UInt8(ascii: "\t"))
        default:
            diagnostics.append(.unknownEscape(file: file, range: index..<index + 2))
        }
        index += 2
    }

    /// The `}` that closes the `{` at `open`, skipping nested braces and quoted texts; nil if the
    /// line ends first.
    private func matchingBrace(from open: Int) -> Int? {
        var depth = 0
        var probe = open
        var inText = false
        while probe < end, bytes[probe] != UInt8(ascii: "\n") {
            let byte = bytes[probe]
            if inText {
                if byte == UInt8(ascii: "\\") { probe += 1 } else if byte == UInt8(ascii: "\"") { inText = false }
            } else if byte == UInt8(ascii: "\"") {
                inText = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return probe }
            }
            probe += 1
        }
        return nil
    }

    // MARK: Symbols

    private mutating func readSymbol() -> Token.Kind {
        let start = index
        let byte = bytes[index]
        let following: UInt8? = index + 1 < end ? bytes[index + 1] : nil
        switch byte {
        case UInt8(ascii: "("): return take(.leftParen)
        case UInt8(ascii: ")"): return take(.rightParen)
        case UInt8(ascii: "["): return take(.leftBracket)
        case UInt8(ascii: "]"): return take(.rightBracket)
        case UInt8(ascii: "{"): return take(.leftBrace)
        case UInt8(ascii: "}"): return take(.rightBrace)
        case UInt8(ascii: ","): return take(.comma)
        case UInt8(ascii: ":"): return take(.colon)
        case UInt8(ascii: "."): return take(.dot)
        case UInt8(ascii: "*"): return take(.star)
        case UInt8(ascii: "/"): return take(.slash)
        case UInt8(ascii: "-"): return take(.minus)
        case UInt8(ascii: "+"): return following == UInt8(ascii: "+") ? take(.concat, 2) : take(.plus)
        case UInt8(ascii: "<"): return following == UInt8(ascii: "=") ? take(.lessOrEqual, 2) : take(.less)
        case UInt8(ascii: ">"): return following == UInt8(ascii: "=") ? take(.greaterOrEqual, 2) : take(.greater)
        case UInt8(ascii: "="):
            if following == UInt8(ascii: ">") || following == UInt8(ascii: "<") {
                diagnostics.append(.reversedOperator(file: file, range: start..<start + 2))
                return take(following == UInt8(ascii: ">") ? .greaterOrEqual : .lessOrEqual, 2)
            }
            if following == UInt8(ascii: "=") {
                diagnostics.append(.doubleEqual(file: file, range: start..<start + 2))
                return take(.equal, 2)
            }
            return take(.equal)
        case UInt8(ascii: "!"):
            if following == UInt8(ascii: "=") { return take(.notEqual, 2) }
            diagnostics.append(.unexpectedCharacter(file: file, range: start..<start + 1, character: "!"))
            index += 1
            return .keyword(.not)
        case UInt8(ascii: "&"), UInt8(ascii: "|"):
            // Read as `and` / `or`, so that this is the only error the mistake gives.
            let length = following == byte ? 2 : 1
            let character = String(decoding: bytes[start..<start + length], as: UTF8.self)
            diagnostics.append(.unexpectedCharacter(file: file, range: start..<start + length, character: character))
            index += length
            return .keyword(byte == UInt8(ascii: "&") ? .and : .or)
        case UInt8(ascii: "'"):
            return readMisquotedText(closing: [UInt8(ascii: "'")])
        default:
            return readOtherSymbol(byte)
        }
    }

    /// Moves past a symbol of `length` bytes.
    private mutating func take(_ symbol: Symbol, _ length: Int = 1) -> Token.Kind {
        index += length
        return .symbol(symbol)
    }

    /// A symbol outside ASCII: curly quotes (a misquoted text), `≤ ≥ ≠`, or a character that has no
    /// place in rule text.
    private mutating func readOtherSymbol(_ byte: UInt8) -> Token.Kind {
        let start = index
        // “…” and ‘…’ (E2 80 9C/9D, E2 80 98/99): read as a text, with one error.
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98 {
            return readMisquotedText(closing: [0xE2, 0x80, bytes[index + 2] + 1])
        }
        // ≤ ≥ ≠ (E2 89 A4 / A5 / A0)
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x89 {
            switch bytes[index + 2] {
            case 0xA4: return take(.lessOrEqual, 3)
            case 0xA5: return take(.greaterOrEqual, 3)
            case 0xA0: return take(.notEqual, 3)
            default: break
            }
        }
        let length = SourceBytes.scalarLength(byte)
        index = min(end, index + length)
        let character = String(decoding: bytes[start..<index], as: UTF8.self)
        diagnostics.append(.unexpectedCharacter(file: file, range: start..<index, character: character))
        return .invalid
    }

    /// A text written with other quotes than `"`: read up to the closing quote (or the end of the
    /// line) as a text, with one diagnostic saying how to write it.
    private mutating func readMisquotedText(closing: [UInt8]) -> Token.Kind {
        let start = index
        let open = SourceBytes.scalarLength(bytes[index])
        index += open
        let contentStart = index
        while index < end, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index...].starts(with: closing) {
                let content = String(decoding: bytes[contentStart..<index], as: UTF8.self)
                index += closing.count
                diagnostics.append(.misquotedText(file: file, range: start..<index))
                return .text(TextLiteral(parts: [.literal(content)]))
            }
            index += 1
        }
        index = start + open
        let character = String(decoding: bytes[start..<index], as: UTF8.self)
        diagnostics.append(.unexpectedCharacter(file: file, range: start..<index, character: character))
        return .invalid
    }
}
