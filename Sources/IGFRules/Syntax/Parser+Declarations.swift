/// Declarations: `ruleset`, `rule`, `param`, `define`, `data`, `type`, `include`, `test`.
extension Parser {
    mutating func parseDeclarations() -> [Declaration] {
        var declarations: [Declaration] = []
        while !atEnd {
            if skipDecimalComma() { continue }
            guard case .keyword(let keyword) = current.kind, Keyword.declarationStarts.contains(keyword) else {
                _ = fail(.expectedDeclaration(found: current, file: file))
                _ = advance()
                recover(toLineStarting: [])
                continue
            }
            do {
                declarations.append(try parseDeclaration(keyword))
            } catch {
                recover(toLineStarting: [])
            }
        }
        return declarations
    }

    private mutating func parseDeclaration(_ keyword: Keyword) throws(ParseFailure) -> Declaration {
        let start = advance().range.lowerBound
        switch keyword {
        case .ruleset: return .ruleset(try parseRuleset(start))
        case .rule: return .rule(try parseRule(start))
        case .param:
            let name = try parseName("a parameter name after `param`")
            var declaredType: TypeExpr?
            if accept(.colon) { declaredType = try parseType() }
            try expect(.equal, "after the parameter's name, then its value (`param min_facilitators = 2`)")
            let value = try parseExpression()
            return .param(ParamDeclaration(name: name, declaredType: declaredType, value: value, range: start..<value.range.upperBound))
        case .define:
            let name = try parseName("a name after `define`")
            try expect(.equal, "after the name, then its value (`define mag_sponsors = …`)")
            let value = try parseExpression()
            return .define(DefineDeclaration(name: name, value: value, range: start..<value.range.upperBound))
        case .data:
            let name = try parseName("a data name after `data`")
            let type = try parseType()
            return .data(DataDeclaration(name: name, type: type, range: start..<type.range.upperBound))
        case .type:
            let name = try parseName("a type name after `type`")
            let type = try parseType()
            return .type(TypeDeclaration(name: name, type: type, range: start..<type.range.upperBound))
        case .include:
            let path = try parseTextClause("the path of a rule file in quotes after `include`")
            return .include(IncludeDeclaration(path: path, range: start..<path.range.upperBound))
        case .test:
            return .test(try parseTest(start))
        case .scoring:
            return .scoring(try parseScoring(start))
        case .clause:
            let id = try parseDottedName("a clause id after `clause` (such as `modalities.iii.proposals.title`)")
            let heading = try parseTextClause("the clause's place in its document, in quotes (such as \"Modalities §III Proposals for BPF topics\")")
            var quote: TextClause?
            if accept(.quote) { quote = try parseTextClause("the clause's words in quotes after `quote`") }
            var unchecked: TextClause?
            if accept(.unchecked) { unchecked = try parseTextClause("why no rule can check the clause, in quotes after `unchecked`") }
            if !atDeclarationStart {
                throw fail(.expectedClause(["quote", "unchecked"], in: "a clause", found: current, file: file))
            }
            return .clause(ClauseDeclaration(id: id, heading: heading, quote: quote, range: start..<previous.range.upperBound,
                                             unchecked: unchecked))
        default:
            throw fail(.expectedDeclaration(found: previous, file: file))
        }
    }

    private static let rulesetClauses: Set<Keyword> = [.source, .when]

    private mutating func parseRuleset(_ start: Int) throws(ParseFailure) -> RulesetDeclaration {
        let id = try parseDottedName("a ruleset id after `ruleset` (such as `bpf.proposal`)")
        let title = try parseOptionalTitle()
        try expect(.for, "and the data name the ruleset checks (`ruleset \(id.text) for proposal`)")
        let subject = try parseName("the data name the ruleset checks, after `for`")
        var ruleset = RulesetDeclaration(id: id, title: title, subject: subject, source: nil, when: nil, range: start..<subject.range.upperBound)
        while !atDeclarationStart {
            do {
                switch current.kind {
                case .keyword(.source):
                    let keyword = advance()
                    let text = try parseTextClause("the source document in quotes after `source`")
                    if ruleset.source != nil { report(.duplicateClause("source", range: keyword.range, file: file)) }
                    ruleset.source = text
                case .keyword(.when):
                    let keyword = advance()
                    let condition = try parseExpression()
                    if ruleset.when != nil { report(.duplicateClause("when", range: keyword.range, file: file)) }
                    ruleset.when = condition
                default:
                    throw fail(.expectedClause(["source", "when"], in: "a ruleset", found: current, file: file))
                }
            } catch {
                recover(toLineStarting: Parser.rulesetClauses)
            }
        }
        return RulesetDeclaration(id: ruleset.id, title: ruleset.title, subject: ruleset.subject, source: ruleset.source,
                                  when: ruleset.when, range: start..<previous.range.upperBound)
    }

    private static let ruleClauses: Set<Keyword> = [.cite, .when, .require, .message]

    private mutating func parseRule(_ start: Int) throws(ParseFailure) -> RuleDeclaration {
        let name = try parseDottedName("a rule name after `rule` (such as `facilitators`)")
        let (title, titleTemplate) = try parseRuleTitle()
        var severity = Severity.required
        var severityWritten = false
        if accept(.recommended) {
            severity = .recommended
            severityWritten = true
        } else if accept(.required) {
            severityWritten = true
        }
        var cite: Citation?
        var when: Expr?
        var requires: [Expr] = []
        var sawRequire = false
        var message: Expr?
        var messageCases: [MessageCase] = []
        while !atDeclarationStart {
            if skipDecimalComma() { continue }
            do {
                switch current.kind {
                case .keyword(.cite):
                    try parseCite(&cite)
                case .keyword(.when):
                    let keyword = advance()
                    let condition = try parseExpression()
                    if when != nil { report(.duplicateClause("when", range: keyword.range, file: file)) }
                    when = condition
                case .keyword(.require):
                    _ = advance()
                    sawRequire = true
                    requires.append(try parseExpression())
                case .keyword(.message):
                    try parseMessageClause(&message, &messageCases)
                case .keyword(.recommended), .keyword(.required):
                    throw fail(.severityPlacement(range: current.range, file: file))
                default:
                    throw fail(.expectedClause(["cite", "when", "require", "message"], in: "a rule", found: current, file: file,
                                               otherWords: ["recommended", "required"]))
                }
            } catch {
                sawRequire = true  // the mistake may be a misspelt `require`: say nothing more
                recover(toLineStarting: Parser.ruleClauses)
            }
        }
        let range = start..<previous.range.upperBound
        if !sawRequire {
            report(.ruleWithoutRequire(name.text, range: name.range, file: file))
        }
        return RuleDeclaration(name: name, title: title, severity: severity, severityWritten: severityWritten, cite: cite,
                               when: when, requires: requires, message: message, range: range, titleTemplate: titleTemplate,
                               messageCases: messageCases)
    }

    /// `cite CLAUSE-ID`, `cite "words"` or both; a second `cite` in the same rule is reported.
    private mutating func parseCite(_ cite: inout Citation?) throws(ParseFailure) {
        let keyword = advance()
        var clause: Name?
        if case .identifier = current.kind {
            clause = try parseDottedName("a clause id after `cite`")
        }
        var quote: TextClause?
        if case .text = current.kind { quote = try parseTextClause("the words of the clause, in quotes") }
        guard clause != nil || quote != nil else {
            throw fail(expectedHere("a clause id or the clause's words in quotes after `cite`"))
        }
        if cite != nil { report(.duplicateClause("cite", range: keyword.range, file: file)) }
        cite = Citation(clause: clause, quote: quote, range: keyword.range.lowerBound..<previous.range.upperBound)
    }

    /// A rule's title: quoted pieces joined with a space, which may show constant values with
    /// `{…}` (the checker makes sure they need no data). The template is nil for a plain title.
    private mutating func parseRuleTitle() throws(ParseFailure) -> (TextClause?, Expr?) {
        if case .identifier = current.kind, !current.startsLine { return (unquotedTitle(), nil) }
        guard case .text = current.kind else { return (nil, nil) }
        var pieces: [String] = []
        var parts: [TextPart] = []
        var templated = false
        let start = current.range.lowerBound
        var end = start
        while case .text(let literal) = current.kind {
            let token = advance()
            if !pieces.isEmpty { parts.append(.literal(" ")) }
            templated = templated || literal.plainText == nil
            pieces.append(literal.parts.map { part in
                switch part {
                case .literal(let text): text
                case .interpolation(let range): "{" + file.text(range) + "}"
                }
            }.joined())
            parts += try textParts(literal)
            end = token.range.upperBound
        }
        let title = TextClause(text: pieces.joined(separator: " "), range: start..<end)
        return (title, templated ? Expr(.text(parts), start..<end) : nil)
    }

    /// `message "…"` (once) or `message when CONDITION "…"` (any number, in order).
    private mutating func parseMessageClause(_ message: inout Expr?, _ cases: inout [MessageCase]) throws(ParseFailure) {
        let keyword = advance()
        if accept(.when) {
            let met = atWhenMet
            if met { _ = advance() }
            let condition = met ? nil : try parseExpression()
            let text = try parseMessage()
            if met, cases.contains(where: { $0.condition == nil }) { report(.duplicateClause("message when met", range: keyword.range, file: file)) }
            cases.append(MessageCase(condition: condition, text: text, range: keyword.range.lowerBound..<text.range.upperBound))
            return
        }
        let text = try parseMessage()
        if message != nil { report(.duplicateClause("message", range: keyword.range, file: file)) }
        message = text
    }

    /// Whether `met` and then a quoted text follow `message when`: the message of a pass. (A
    /// condition that reads a definition named `met` goes on with more than a text after it.)
    private var atWhenMet: Bool {
        guard case .identifier("met") = current.kind, position + 1 < tokens.count, case .text = tokens[position + 1].kind else { return false }
        return true
    }

    /// A message: one or more quoted texts (joined with a space) that may hold `{expression}`s.
    private mutating func parseMessage() throws(ParseFailure) -> Expr {
        guard case .text = current.kind else {
            if let unopened = messageWithoutOpeningQuote() { return unopened }
            throw fail(expectedHere("the message in quotes after `message`"))
        }
        var parts: [TextPart] = []
        let start = current.range.lowerBound
        var end = start
        var first = true
        while case .text(let literal) = current.kind {
            let token = advance()
            if !first { parts.append(.literal(" ")) }
            first = false
            parts += try textParts(literal)
            end = token.range.upperBound
        }
        return Expr(.text(parts), start..<end)
    }

    // MARK: Tests

    private static let testClauses: Set<Keyword> = [.given, .each, .today, .set, .unset, .expect]

    private mutating func parseTest(_ start: Int) throws(ParseFailure) -> TestDeclaration {
        let name = try parseTextClause("the test's name in quotes after `test`")
        var clauses: [TestClause] = []
        while !atDeclarationStart {
            do {
                clauses.append(try parseTestClause())
            } catch {
                recover(toLineStarting: Parser.testClauses)
            }
        }
        return TestDeclaration(name: name, clauses: clauses, range: start..<previous.range.upperBound)
    }

    mutating func parseTestClause() throws(ParseFailure) -> TestClause {
        switch current.kind {
        case .keyword(.given):
            _ = advance()
            if case .text = current.kind {
                return .givenFile(try parseTextClause("a data file"))
            }
            let name = try parseName("a data or parameter name after `given` (or a file in quotes)")
            if accept(.from) {
                return .givenNameFromFile(name, try parseTextClause("the data file in quotes after `from`"))
            }
            try expect(.equal, "or `from` after `given \(name.text)`")
            return .givenValue(name, try parseExpression())
        case .keyword(.each):
            _ = advance()
            let name = try parseName("a data name after `each`")
            try expect(.from, "after `each \(name.text)`, then a file of records in quotes")
            return .each(name, try parseTextClause("the file of records in quotes after `from`"))
        case .keyword(.today):
            _ = advance()
            if let written = dateInWords() { return .today(written) }
            return .today(try parseExpression())
        case .keyword(.set):
            _ = advance()
            let target = try parsePostfix()
            let operation: SetOperation
            if accept(.equal) {
                operation = .assign
            } else if check(.plus), tokens[position + 1].kind == .symbol(.equal) {
                _ = advance()
                _ = advance()
                operation = .append
            } else {
                throw fail(expectedHere("`=` or `+=` after the path to set"))
            }
            return .set(target, operation, try parseExpression())
        case .keyword(.unset):
            _ = advance()
            return .unset(try parsePostfix())
        case .keyword(.expect):
            _ = advance()
            var subject: TextClause?
            if case .text = current.kind { subject = try parseTextClause("a subject id") }
            let rule = try parseDottedName("a rule id after `expect`")
            let outcome = try parseFieldName("an outcome (pass, fail, warn, skip, error or pending)")
            if let score = try parseScoreExpectation(subject: subject, scoring: rule, measure: outcome) { return score }
            return .expect(subject: subject, rule: rule, outcome: outcome)
        default:
            throw fail(.expectedClause(["given", "each", "today", "set", "unset", "expect"], in: "a test", found: current, file: file))
        }
    }

    // MARK: Types

    /// `text`, `number`, `yes/no`, `date`, `date-time`, `duration`, `list of T`, `{ field: T … }`, or a type name.
    mutating func parseType() throws(ParseFailure) -> TypeExpr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maximumDepth {
            throw fail(.tooDeep(limit: Parser.maximumDepth, range: current.range, file: file))
        }
        let start = current.range.lowerBound
        if accept(.leftBrace) {
            var fields: [FieldType] = []
            while !check(.rightBrace) {
                if atEnd || atDeclarationStart && tokens[position + 1].kind != .symbol(.colon) {
                    throw fail(expectedHere("`}` to close the record type opened at \(file.location(of: start))"))
                }
                let name = try parseFieldName("a field name")
                try expect(.colon, "after the field name `\(name.text)`, then its kind")
                fields.append(FieldType(name: name, type: try parseType()))
                _ = accept(.comma)
            }
            let close = advance()
            return TypeExpr(kind: .record(fields), range: start..<close.range.upperBound)
        }
        if check(.any) {
            let token = advance()
            return TypeExpr(kind: .named("any"), range: token.range)
        }
        if accept(.yes) {
            try expect(.slash, "in `yes/no`")
            let no = current
            try expect(.no, "in `yes/no`")
            return TypeExpr(kind: .named("yes/no"), range: start..<no.range.upperBound)
        }
        let name = try parseName("a kind (text, number, yes/no, date, date-time, duration, list of …, { … }) or a type name")
        if name.text == "list", case .identifier("of") = current.kind {
            _ = advance()
            let element = try parseType()
            return TypeExpr(kind: .list(element), range: start..<element.range.upperBound)
        }
        if name.text == "date", check(.minus), current.range.lowerBound == name.range.upperBound,
            case .identifier("time") = tokens[position + 1].kind
        {
            _ = advance()
            let time = advance()
            return TypeExpr(kind: .named("date-time"), range: start..<time.range.upperBound)
        }
        return TypeExpr(kind: .named(name.text), range: name.range)
    }
}
