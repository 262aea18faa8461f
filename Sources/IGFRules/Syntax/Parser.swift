/// Reads a rule file into its syntax tree by recursive descent (expressions by precedence).
/// It reports every mistake in a file, not only the first: after an error it resumes at the next
/// clause or declaration keyword that starts a line.
package struct Parser {
    /// How deeply expressions may nest (parentheses, operators, lists). Deeper input is a
    /// diagnostic, never a stack overflow.
    package static let maximumDepth = 100

    let file: SourceFile
    var tokens: [Token]
    var position = 0
    var diagnostics: [Diagnostic] = []
    /// Nesting of the expression being read, against `maximumDepth`.
    var nesting = 0

    init(file: SourceFile, tokens: [Token]) {
        self.file = file
        self.tokens = tokens
    }

    /// Parses a whole rule file. The tree holds every declaration that could be read.
    package static func parse(_ file: SourceFile) -> (RuleFile, [Diagnostic]) {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var parser = Parser(file: file, tokens: tokens)
        parser.diagnostics = lexer.diagnostics
        let declarations = parser.parseDeclarations()
        let ruleFile = RuleFile(file: file, declarations: declarations, comments: lexer.comments)
        return (ruleFile, parser.diagnostics.sorted { ($0.range?.lowerBound ?? 0) < ($1.range?.lowerBound ?? 0) })
    }

    /// Parses a single `set`, `unset`, `given`, `each`, `today` or `expect` line (the REPL's
    /// commands that change the data are the `set` and `unset` of tests).
    package static func parseStatement(_ file: SourceFile) -> (TestClause?, [Diagnostic]) {
        parseWhole(file, what: "the end of the line") { (parser: inout Parser) throws(ParseFailure) in try parser.parseTestClause() }
    }

    /// Parses a file holding a single expression (a `--param` value, a REPL line).
    package static func parseExpression(_ file: SourceFile) -> (Expr?, [Diagnostic]) {
        parseWhole(file, what: "the end of the expression") { (parser: inout Parser) throws(ParseFailure) in try parser.parseExpression() }
    }

    /// Parses one thing that must take up the whole file; nil when anything is wrong.
    private static func parseWhole<T>(_ file: SourceFile, what: String,
                                      _ body: (inout Parser) throws(ParseFailure) -> T) -> (T?, [Diagnostic]) {
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var parser = Parser(file: file, tokens: tokens)
        parser.diagnostics = lexer.diagnostics
        guard parser.diagnostics.isEmpty else { return (nil, parser.diagnostics) }
        do {
            let result = try body(&parser)
            if !parser.atEnd { parser.report(.expected(what, found: parser.current, file: file)) }
            return (parser.diagnostics.isEmpty ? result : nil, parser.diagnostics)
        } catch {
            return (nil, parser.diagnostics)
        }
    }

    // MARK: Token access

    var current: Token { tokens[position] }
    var previous: Token { tokens[max(0, position - 1)] }
    var atEnd: Bool { current.kind == .endOfFile || current.kind == .endOfInterpolation }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    // Matched in place: comparing `current.kind` with `==` would copy the token.
    func check(_ keyword: Keyword) -> Bool {
        if case .keyword(let found) = tokens[position].kind { return found == keyword }
        return false
    }

    func check(_ symbol: Symbol) -> Bool {
        if case .symbol(let found) = tokens[position].kind { return found == symbol }
        return false
    }

    mutating func accept(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        _ = advance()
        return true
    }

    mutating func accept(_ symbol: Symbol) -> Bool {
        guard check(symbol) else { return false }
        _ = advance()
        return true
    }

    mutating func expect(_ keyword: Keyword, _ context: @autoclosure () -> String) throws(ParseFailure) {
        guard accept(keyword) else { throw fail(expectedHere("`\(keyword.rawValue)` \(context())")) }
    }

    mutating func expect(_ symbol: Symbol, _ context: @autoclosure () -> String) throws(ParseFailure) {
        guard accept(symbol) else { throw fail(expectedHere("`\(symbol.rawValue)` \(context())")) }
    }

    /// The bracket that closes `what`, opened at `offset` ("expected `)` to close the `(` opened at 3:14").
    mutating func expectClosing(_ symbol: Symbol, _ what: @autoclosure () -> String, openedAt offset: Int) throws(ParseFailure) {
        guard accept(symbol) else {
            throw fail(expectedHere("`\(symbol.rawValue)` to close \(what()) opened at \(file.location(of: offset))"))
        }
    }

    /// "expected …, found …" at the current token; when that token starts the next line (the
    /// line ended too soon), at the end of the line instead, where the mistake is.
    func expectedHere(_ what: String) -> Diagnostic {
        if current.startsLine, position > 0, !atEnd {
            let end = previous.range.upperBound
            return Diagnostic(.error, code: "expected", message: "expected \(what), found the end of the line",
                              file: file, range: end..<end + 1, notes: ["the next line starts with \(current.kind.described)"])
        }
        return .expected(what, found: current, file: file)
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reports a diagnostic and returns the marker error that unwinds to the nearest recovery point.
    mutating func fail(_ diagnostic: Diagnostic) -> ParseFailure {
        // An invalid token was already reported by the lexer: say nothing more about it.
        if current.kind != .invalid { diagnostics.append(diagnostic) }
        return ParseFailure()
    }

    /// Whether the current token can start a new declaration: a declaration keyword at the start of a line.
    var atDeclarationStart: Bool {
        if case .keyword(let keyword) = current.kind, Keyword.declarationStarts.contains(keyword), current.startsLine {
            return true
        }
        return atEnd
    }

    /// Skips to the next line that starts with one of `keywords` or with a declaration keyword
    /// (staying put if the current token is one).
    mutating func recover(toLineStarting keywords: Set<Keyword>) {
        while !atEnd {
            if current.startsLine, case .keyword(let keyword) = current.kind,
                keywords.contains(keyword) || Keyword.declarationStarts.contains(keyword)
            {
                return
            }
            _ = advance()
        }
    }

    // MARK: Names

    /// A plain name: letters, digits and `_`.
    mutating func parseName(_ what: @autoclosure () -> String) throws(ParseFailure) -> Name {
        guard case .identifier(let text) = current.kind else {
            if case .keyword(let keyword) = current.kind {
                throw fail(.keywordAsName(keyword.rawValue, what: what(), range: current.range, file: file))
            }
            throw fail(expectedHere(what()))
        }
        let token = advance()
        return Name(text: text, range: token.range)
    }

    /// A name that may be a keyword: a field after `.`, a key in a record or schema.
    mutating func parseFieldName(_ what: @autoclosure () -> String) throws(ParseFailure) -> Name {
        switch current.kind {
        case .identifier(let text):
            let token = advance()
            return Name(text: text, range: token.range)
        case .keyword(let keyword):
            let token = advance()
            return Name(text: keyword.rawValue, range: token.range)
        default:
            throw fail(expectedHere(what()))
        }
    }

    /// A rule or ruleset id: words joined by `.` or `-` with no spaces (`bpf.proposal`,
    /// `sponsors-facilitate`, `pn.mwg.size`).
    mutating func parseDottedName(_ what: @autoclosure () -> String) throws(ParseFailure) -> Name {
        let first = try parseName(what())
        // The id is its source text, but for a number part, which is written by its value (`07`
        // as `7`): `text` holds the id up to `copied`, the source is copied once at the end.
        var text = ""
        var copied = first.range.lowerBound
        var end = first.range.upperBound
        while current.range.lowerBound == end, check(.dot) || check(.minus) {
            let separator = tokens[position]
            let next = tokens[min(position + 1, tokens.count - 1)]
            guard next.range.lowerBound == separator.range.upperBound else { break }
            switch next.kind {
            case .identifier, .keyword: break
            case .number(.integer(let value)):
                text += file.text(copied..<next.range.lowerBound) + String(value)
                copied = next.range.upperBound
            default: throw fail(.expected("a word after `\(file.text(separator.range))` in \(what())", found: next, file: file))
            }
            _ = advance()
            _ = advance()
            end = next.range.upperBound
        }
        if copied == first.range.lowerBound, end == first.range.upperBound { return first }
        return Name(text: text + file.text(copied..<end), range: first.range.lowerBound..<end)
    }

    /// One quoted text, or several on consecutive lines (joined with a space). Interpolations
    /// are not allowed here.
    mutating func parseTextClause(_ what: String) throws(ParseFailure) -> TextClause {
        guard case .text(let only) = current.kind else { throw fail(expectedHere(what)) }
        // The usual clause: one text with no interpolation, and no other text after it to join.
        var followedByText = false
        if case .text = tokens[min(position + 1, tokens.count - 1)].kind { followedByText = true }
        if !followedByText, let plain = only.plainText {
            let token = advance()
            return TextClause(text: plain, range: token.range)
        }
        var pieces: [String] = []
        let start = current.range.lowerBound
        var end = start
        while case .text(let literal) = current.kind {
            let token = advance()
            guard let plain = literal.plainText else {
                report(.interpolationNotAllowed(what: what, range: token.range, file: file))
                continue
            }
            pieces.append(plain)
            end = token.range.upperBound
        }
        return TextClause(text: pieces.joined(separator: " "), range: start..<end)
    }

    mutating func parseOptionalTitle() throws(ParseFailure) -> TextClause? {
        guard case .text = current.kind else { return nil }
        return try parseTextClause("a title")
    }
}

/// The marker a parse function throws after reporting a diagnostic; the caller recovers.
struct ParseFailure: Error {}
