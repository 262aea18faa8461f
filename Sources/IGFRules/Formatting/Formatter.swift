/// Writes a rule file in the one canonical layout: declarations as written, clauses on their own
/// lines indented by two spaces, expressions spaced the same way everywhere and broken over lines
/// only when longer than `width`. Every comment is kept, and so is every group of blank lines
/// (as one blank line). Formatting a formatted file changes nothing.
package enum Formatter {
    /// The line length beyond which expressions are broken over lines.
    package static let width = 100

    /// The canonical text of a rule file; a failure, with the diagnostics, when it does not parse.
    package static func format(_ file: SourceFile) -> Result<String, DiagnosticList> {
        let (ruleFile, diagnostics) = Parser.parse(file)
        if diagnostics.contains(where: { $0.severity == .error }) { return .failure(DiagnosticList(diagnostics)) }
        var printer = Printer(file: file, comments: ruleFile.comments)
        for declaration in ruleFile.declarations {
            printer.declaration(declaration)
        }
        return .success(printer.finish())
    }
}

/// Emits formatted lines, placing comments and blank lines by their position in the source.
struct Printer {
    let file: SourceFile
    let comments: [Range<Int>]
    private var nextComment = 0
    private var lines: [String] = []
    /// Where in the source the last emitted item or comment ended.
    private var lastEnd: Int?
    /// Whether the last line written is a comment moved out of an item (a comment cannot follow it on its line).
    private var lastLineIsMovedComment = false

    init(file: SourceFile, comments: [Range<Int>]) {
        self.file = file
        self.comments = comments
    }

    mutating func finish() -> String {
        flushComments(before: Int.max, indent: nil)
        while lines.last == "" { lines.removeLast() }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Emits one item (a declaration line, a clause, a field of a schema). `text` holds its lines,
    /// the first without indentation, the others already indented. Own-line comments before a
    /// clause take the clause's indentation; before a declaration, none if they start the line
    /// in the source, two spaces otherwise (they belong to the declaration above).
    mutating func item(_ text: [String], range: Range<Int>, indent: Int, clause: Bool) {
        flushComments(before: range.lowerBound, indent: clause ? indent : nil)
        if let lastEnd, newlines(from: lastEnd, to: range.lowerBound) >= 2, !lines.isEmpty, lines.last != "" {
            lines.append("")
        }
        lines.append(String(repeating: " ", count: indent) + (text.first ?? ""))
        lines += text.dropFirst()
        lastEnd = max(lastEnd ?? 0, range.upperBound)
        lastLineIsMovedComment = false
        // Comments written inside the item's own lines follow it.
        while nextComment < comments.count, comments[nextComment].lowerBound < range.upperBound {
            let comment = comments[nextComment]
            lines.append(String(repeating: " ", count: clause ? indent : 2) + file.text(comment).trimmingWhitespace())
            lastLineIsMovedComment = true
            nextComment += 1
        }
    }

    private mutating func flushComments(before offset: Int, indent: Int?) {
        while nextComment < comments.count, comments[nextComment].lowerBound < offset {
            let comment = comments[nextComment]
            let text = file.text(comment).trimmingWhitespace()
            if let lastEnd, !lines.isEmpty, lines.last != "", !lastLineIsMovedComment, newlines(from: lastEnd, to: comment.lowerBound) == 0 {
                lines[lines.count - 1] += "  " + text
            } else if lastLineIsMovedComment, let lastEnd, newlines(from: lastEnd, to: comment.lowerBound) == 0 {
                // It followed code whose own comments were moved below it: it goes with them.
                lines.append(String(repeating: " ", count: indent ?? 2) + text)
            } else {
                if let lastEnd, !lines.isEmpty, lines.last != "", newlines(from: lastEnd, to: comment.lowerBound) >= 2 {
                    lines.append("")
                }
                let startsLine = file.location(of: comment.lowerBound).column == 1
                let columns = indent ?? (startsLine ? 0 : 2)
                lines.append(String(repeating: " ", count: columns) + text)
            }
            lastEnd = max(lastEnd ?? 0, comment.upperBound)
            nextComment += 1
        }
    }

    private func newlines(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return file.bytes[start..<min(end, file.bytes.count)].count { $0 == UInt8(ascii: "\n") }
    }

    // MARK: Declarations

    mutating func declaration(_ declaration: Declaration) {
        switch declaration {
        case .ruleset(let d):
            var header = "ruleset \(d.id.text)"
            if let title = d.title { header += " " + Printer.quoted(title.text) }
            header += " for \(d.subject.text)"
            item([header], range: d.range.lowerBound..<d.subject.range.upperBound, indent: 0, clause: false)
            var clauses: [(Range<Int>, [String])] = []
            if let source = d.source { clauses.append((source.range, wrapped("source ", source.text, indent: 2))) }
            if let when = d.when { clauses.append((when.range, expressionClause("when ", when))) }
            emitClauses(clauses)
        case .rule(let d):
            var header = "rule \(d.name.text)"
            if let title = ruleTitle(d) { header += " " + title }
            if d.severityWritten { header += " " + d.severity.rawValue }
            item([header], range: d.range.lowerBound..<(d.title?.range.upperBound ?? d.name.range.upperBound), indent: 0, clause: false)
            var clauses: [(Range<Int>, [String])] = []
            if let cite = d.cite {
                var line = "cite"
                if let clause = cite.clause { line += " " + clause.text }
                clauses.append((cite.range, cite.quote.map { wrapped(line + " ", $0.text, indent: 2) } ?? [line]))
            }
            if let when = d.when { clauses.append((when.range, expressionClause("when ", when))) }
            for require in d.requires { clauses.append((require.range, expressionClause("require ", require))) }
            if let message = d.message { clauses.append((message.range, ["message " + printed(message)])) }
            for messageCase in d.messageCases { clauses.append((messageCase.range, messageCaseLines(messageCase))) }
            emitClauses(clauses)
        case .param(let d):
            var head = "param \(d.name.text)"
            if let type = d.declaredType { head += ": " + inlineType(type) }
            head += " = "
            item(layoutTop(head, d.value), range: d.range, indent: 0, clause: false)
        case .define(let d):
            item(layoutTop("define \(d.name.text) = ", d.value), range: d.range, indent: 0, clause: false)
        case .include(let d):
            item(["include " + Printer.quoted(d.path.text)], range: d.range, indent: 0, clause: false)
        case .clause(let d):
            item(["clause \(d.id.text) " + Printer.quoted(d.heading.text)], range: d.range.lowerBound..<d.heading.range.upperBound,
                 indent: 0, clause: false)
            if let quote = d.quote { item(wrapped("quote ", quote.text, indent: 2), range: quote.range, indent: 2, clause: true) }
            if let reason = d.unchecked { item(wrapped("unchecked ", reason.text, indent: 2), range: reason.range, indent: 2, clause: true) }
        case .data(let d):
            schema("data \(d.name.text) ", d.type, start: d.range.lowerBound)
        case .type(let d):
            schema("type \(d.name.text) ", d.type, start: d.range.lowerBound)
        case .test(let d):
            item(["test " + Printer.quoted(d.name.text)], range: d.range.lowerBound..<d.name.range.upperBound, indent: 0, clause: false)
            for clause in d.clauses {
                let (range, text) = testClause(clause)
                item(text, range: range, indent: 2, clause: true)
            }
        case .scoring(let d):
            item([scoringHeader(d)], range: d.range.lowerBound..<d.subject.range.upperBound, indent: 0, clause: false)
            emitClauses(scoringClauses(d))
        }
    }

    /// Clauses in the order they were written.
    private mutating func emitClauses(_ clauses: [(Range<Int>, [String])]) {
        for (range, text) in clauses.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            item(text, range: range, indent: 2, clause: true)
        }
    }

    /// `require …`, `when …`: the expression after the keyword, broken over lines if long.
    /// A rule's title: a plain text, or a text that shows values (`"At least {min_facilitators} …"`).
    private func ruleTitle(_ d: RuleDeclaration) -> String? {
        if let template = d.titleTemplate { return printed(template) }
        return d.title.map { Printer.quoted($0.text) }
    }

    /// `message when CONDITION "…"`: the text follows the condition, or goes on the next line when
    /// that would be too long.
    private func messageCaseLines(_ messageCase: MessageCase) -> [String] {
        var lines = messageCase.condition.map { expressionClause("message when ", $0) } ?? ["message when met"]
        let text = printed(messageCase.text)
        if lines.count == 1, 2 + lines[0].count + 1 + text.count <= Formatter.width {
            lines[0] += " " + text
        } else {
            lines.append("    " + text)
        }
        return lines
    }

    private func expressionClause(_ keyword: String, _ expression: Expr) -> [String] {
        var lines = layout(expression, column: 2 + keyword.count, lineIndent: 2)
        lines[0] = keyword + lines[0]
        return lines
    }

    private func layoutTop(_ head: String, _ expression: Expr) -> [String] {
        var lines = layout(expression, column: head.count, lineIndent: 0)
        lines[0] = head + lines[0]
        return lines
    }

    private func testClause(_ clause: TestClause) -> (Range<Int>, [String]) {
        switch clause {
        case .givenFile(let path):
            return (path.range, ["given " + Printer.quoted(path.text)])
        case .givenNameFromFile(let name, let path):
            return (name.range.lowerBound..<path.range.upperBound, ["given \(name.text) from " + Printer.quoted(path.text)])
        case .givenValue(let name, let value):
            var lines = layout(value, column: 2 + 9 + name.text.count, lineIndent: 2)
            lines[0] = "given \(name.text) = " + lines[0]
            return (name.range.lowerBound..<value.range.upperBound, lines)
        case .each(let name, let path):
            return (name.range.lowerBound..<path.range.upperBound, ["each \(name.text) from " + Printer.quoted(path.text)])
        case .today(let value):
            return (value.range, ["today " + printed(value)])
        case .set(let target, let operation, let value):
            let head = "set \(printed(target)) \(operation.rawValue) "
            var lines = layout(value, column: 2 + head.count, lineIndent: 2)
            lines[0] = head + lines[0]
            return (target.range.lowerBound..<value.range.upperBound, lines)
        case .unset(let target):
            return (target.range, ["unset " + printed(target)])
        case .expect(let subject, let rule, let outcome):
            let start = subject?.range.lowerBound ?? rule.range.lowerBound
            let line = "expect " + (subject.map { Printer.quoted($0.text) + " " } ?? "") + "\(rule.text) \(outcome.text)"
            return (start..<outcome.range.upperBound, [line])
        case .expectScore(let subject, let scoring, let measure, let value):
            let start = subject?.range.lowerBound ?? scoring.range.lowerBound
            let line = "expect " + (subject.map { Printer.quoted($0.text) + " " } ?? "") + "\(scoring.text) \(measure.text) \(printed(value))"
            return (start..<value.range.upperBound, [line])
        }
    }

    // MARK: Schemas

    /// A `data` or `type` declaration: a record kind with one field per line, nested records
    /// inline when short.
    private mutating func schema(_ head: String, _ type: TypeExpr, start: Int) {
        guard case .record(let fields) = type.kind else {
            item([head + inlineType(type)], range: start..<type.range.upperBound, indent: 0, clause: false)
            return
        }
        item([head + "{"], range: start..<type.range.lowerBound + 1, indent: 0, clause: false)
        self.fields(fields, indent: 2)
        item(["}"], range: type.range.upperBound - 1..<type.range.upperBound, indent: 0, clause: true)
    }

    private mutating func fields(_ fields: [FieldType], indent: Int) {
        for field in fields {
            let head = field.name.text + ": "
            if let (prefix, inner) = Printer.multilineRecord(field.type, width: Formatter.width - indent - head.count, printer: self) {
                item([head + prefix + "{"], range: field.name.range.lowerBound..<inner.range.lowerBound + 1, indent: indent, clause: true)
                if case .record(let innerFields) = inner.kind { self.fields(innerFields, indent: indent + 2) }
                item(["}"], range: inner.range.upperBound - 1..<inner.range.upperBound, indent: indent, clause: true)
            } else {
                item([head + inlineType(field.type)], range: field.name.range.lowerBound..<field.type.range.upperBound, indent: indent, clause: true)
            }
        }
    }

    /// For a record kind (or a list of one) that is too big to write on one line: the words
    /// before its `{` and the record itself.
    static func multilineRecord(_ type: TypeExpr, width: Int, printer: Printer) -> (String, TypeExpr)? {
        switch type.kind {
        case .list(let element):
            return multilineRecord(element, width: width - 8, printer: printer).map { ("list of " + $0.0, $0.1) }
        case .record(let fields):
            func scalar(_ kind: TypeExpr.Kind) -> Bool {
                switch kind {
                case .named: true
                case .list(let element): scalar(element.kind)
                case .record: false
                }
            }
            let simple = fields.count <= 4 && fields.allSatisfy { scalar($0.type.kind) }
            return simple && printer.inlineType(type).count <= width ? nil : ("", type)
        case .named:
            return nil
        }
    }

    func inlineType(_ type: TypeExpr) -> String {
        switch type.kind {
        case .named(let name): name
        case .list(let element): "list of " + inlineType(element)
        case .record(let fields): "{ " + fields.map { "\($0.name.text): \(inlineType($0.type))" }.joined(separator: ", ") + " }"
        }
    }

    /// `head` and a quoted text, broken into pieces on following lines (which the parser joins
    /// with a space) when too long: a break goes only where the text has a single space.
    func wrapped(_ head: String, _ text: String, indent: Int) -> [String] {
        let room = Formatter.width - indent - head.count - 2
        guard Printer.quoted(text).count > room + 2 else { return [head + Printer.quoted(text)] }
        var pieces: [String] = []
        var current = ""
        var word = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let breakable = character == " " && index > 0 && index < characters.count - 1
                && characters[index - 1] != " " && characters[index + 1] != " "
            guard breakable else {
                word.append(character)
                continue
            }
            if !current.isEmpty, current.count + 1 + word.count > room {
                pieces.append(current)
                current = word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
            word = ""
        }
        if !current.isEmpty, current.count + 1 + word.count > room {
            pieces.append(current)
            current = word
        } else {
            current += (current.isEmpty ? "" : " ") + word
        }
        pieces.append(current)
        let pad = String(repeating: " ", count: indent + head.count)
        return [head + Printer.quoted(pieces[0])] + pieces.dropFirst().map { pad + Printer.quoted($0) }
    }

    /// A text in double quotes, with `"`, `\`, `{`, `}`, new lines and tabs escaped.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            out += TextLiteral.escape(character) ?? String(character)
        }
        return out
    }
}
