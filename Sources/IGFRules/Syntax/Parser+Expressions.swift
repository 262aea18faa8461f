import Foundation

/// Expressions, from the loosest binding to the tightest:
///
///     if … then … else …      all/any/none x in list [where c]: body
///     or   and   not
///     = != < <= > >= in, not in, by, is [not] empty|missing, is [not] between … and …
///     + - ++   * /   unary -   postfix . [ ]   primary
extension Parser {
    mutating func parseExpression() throws(ParseFailure) -> Expr {
        try nested { (parser: inout Parser) throws(ParseFailure) -> Expr in
            if parser.check(.if) { return try parser.parseConditional() }
            return try parser.parseOr()
        }
    }

    /// Runs `body` one level deeper, refusing input nested beyond `maximumDepth`.
    private mutating func nested(_ body: (inout Parser) throws(ParseFailure) -> Expr) throws(ParseFailure) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Parser.maximumDepth {
            throw fail(.tooDeep(limit: Parser.maximumDepth, range: current.range, file: file))
        }
        return try body(&self)
    }

    /// Builds a node over (up to three) children, checking the depth of the resulting tree. (Not
    /// variadic: that would make an array for every node.)
    mutating func node(_ kind: ExprKind, _ range: Range<Int>, _ a: Expr?, _ b: Expr? = nil, _ c: Expr? = nil) throws(ParseFailure) -> Expr {
        let depth = 1 + max(a?.depth ?? 0, b?.depth ?? 0, c?.depth ?? 0)
        if depth > Parser.maximumDepth {
            report(.tooDeep(limit: Parser.maximumDepth, range: range, file: file))
            throw ParseFailure()
        }
        return Expr(kind, range, depth: depth)
    }

    private mutating func parseConditional() throws(ParseFailure) -> Expr {
        let start = advance().range.lowerBound
        let condition = try parseExpression()
        try expect(.then, "after the condition of `if`")
        let whenTrue = try parseExpression()
        try expect(.else, "after `if … then …`: both outcomes must be given")
        let whenFalse = try parseExpression()
        return try node(.conditional(condition, whenTrue, whenFalse), start..<whenFalse.range.upperBound, condition, whenTrue, whenFalse)
    }

    private mutating func parseOr() throws(ParseFailure) -> Expr {
        let first = try parseAnd()
        guard check(.or) else { return first }  // the usual case: no list of operands is made
        var operands = [first]
        while accept(.or) { operands.append(try parseAnd()) }
        return try joined(operands[...], .or)
    }

    private mutating func parseAnd() throws(ParseFailure) -> Expr {
        let first = try parseNot()
        guard check(.and) else { return first }
        var operands = [first]
        while accept(.and) { operands.append(try parseNot()) }
        return try joined(operands[...], .and)
    }

    private mutating func parseNot() throws(ParseFailure) -> Expr {
        guard check(.not) else { return try parseComparison() }
        let start = advance().range.lowerBound
        let operand = try nested { (parser: inout Parser) throws(ParseFailure) -> Expr in try parser.parseNot() }
        return try node(.unary(.not, operand), start..<operand.range.upperBound, operand)
    }

    private static let comparisonSymbols: [Symbol: BinaryOperator] = [
        .equal: .equal, .notEqual: .notEqual, .less: .less, .lessOrEqual: .lessOrEqual,
        .greater: .greater, .greaterOrEqual: .greaterOrEqual,
    ]

    private mutating func parseComparison() throws(ParseFailure) -> Expr {
        let left = try parseAdditive()
        let result: Expr
        if case .symbol(let symbol) = current.kind, let op = Parser.comparisonSymbols[symbol] {
            _ = advance()
            let right = try parseAdditive()
            if let null = comparedWithNull(left, op, right) { return null }
            result = try node(.binary(op, left, right), left.range.lowerBound..<right.range.upperBound, left, right)
        } else if check(.in) || check(.by) {
            let op: BinaryOperator = advance().kind == .keyword(.in) ? .in : .by
            let right = try parseAdditive()
            result = try node(.binary(op, left, right), left.range.lowerBound..<right.range.upperBound, left, right)
        } else if check(.not), tokens[position + 1].kind == .keyword(.in) {
            _ = advance()
            _ = advance()
            let right = try parseAdditive()
            result = try node(.binary(.notIn, left, right), left.range.lowerBound..<right.range.upperBound, left, right)
        } else if accept(.is) {
            result = try parseIsCheck(left)
        } else if let mistake = try wordOperator(after: left) {
            return mistake
        } else {
            return left
        }
        if case .symbol(let symbol) = current.kind, Parser.comparisonSymbols[symbol] != nil {
            throw fail(.chainedComparison(range: current.range, file: file))
        }
        return result
    }

    private mutating func parseIsCheck(_ left: Expr) throws(ParseFailure) -> Expr {
        let negated = accept(.not)
        if let null = isNull(left, negated: negated) { return null }
        if accept(.empty) {
            return try node(.check(left, negated ? .notEmpty : .empty), left.range.lowerBound..<previous.range.upperBound, left)
        }
        if accept(.missing) {
            return try node(.check(left, negated ? .notMissing : .missing), left.range.lowerBound..<previous.range.upperBound, left)
        }
        if accept(.between) {
            let low = try parseAdditive()
            try expect(.and, "between the two bounds of `is between … and …`")
            let high = try parseAdditive()
            return try node(.between(left, low, high, negated: negated), left.range.lowerBound..<high.range.upperBound, left, low, high)
        }
        throw fail(expectedHere("`empty`, `missing` or `between` after `is\(negated ? " not" : "")`"))
    }

    private mutating func parseAdditive() throws(ParseFailure) -> Expr {
        var left = try parseMultiplicative()
        var (terms, deepest) = (1, left.depth)
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .symbol(.plus) where tokens[position + 1].kind != .symbol(.equal): op = .add
            case .symbol(.minus): op = .subtract
            case .symbol(.concat): op = .concat
            default: return left
            }
            _ = advance()
            let right = try parseMultiplicative()
            terms += 1
            left = try chainNode(.binary(op, left, right), left, right, terms: terms, deepest: &deepest, operators: "`+`, `-` or `++`")
        }
    }

    private mutating func parseMultiplicative() throws(ParseFailure) -> Expr {
        var left = try parseUnary()
        var (terms, deepest) = (1, left.depth)
        while check(.star) || check(.slash) {
            let op: BinaryOperator = advance().kind == .symbol(.star) ? .multiply : .divide
            let right = try parseUnary()
            terms += 1
            left = try chainNode(.binary(op, left, right), left, right, terms: terms, deepest: &deepest, operators: "`*` or `/`")
        }
        return left
    }

    private mutating func parseUnary() throws(ParseFailure) -> Expr {
        guard check(.minus) else { return try parsePostfix() }
        let start = advance().range.lowerBound
        let operand = try nested { (parser: inout Parser) throws(ParseFailure) -> Expr in try parser.parseUnary() }
        return try node(.unary(.negate, operand), start..<operand.range.upperBound, operand)
    }

    mutating func parsePostfix() throws(ParseFailure) -> Expr {
        var base = try parsePrimary()
        while true {
            if accept(.dot) {
                let field = try parseFieldName("a field name after `.`")
                base = try node(.field(base, field), base.range.lowerBound..<field.range.upperBound, base)
            } else if check(.leftBracket), !current.startsLine {
                _ = advance()
                let index = try parseExpression()
                try expect(.rightBracket, "to close the position opened with `[`")
                base = try node(.index(base, index), base.range.lowerBound..<previous.range.upperBound, base, index)
            } else {
                return base
            }
        }
    }

    // MARK: Primary expressions

    private mutating func parsePrimary() throws(ParseFailure) -> Expr {
        let token = current
        switch token.kind {
        case .number(let number):
            if let written = dateInWords() { return written }
            _ = advance()
            return Expr(.number(number), token.range)
        case .date(let date):
            _ = advance()
            return Expr(.date(date), token.range)
        case .dateTime(let dateTime):
            _ = advance()
            return Expr(.dateTime(dateTime), token.range)
        case .duration(let duration):
            _ = advance()
            return Expr(.duration(duration), token.range)
        case .text(let literal):
            _ = advance()
            return Expr(.text(try textParts(literal)), token.range)
        case .keyword(.true), .keyword(.yes):
            _ = advance()
            return Expr(.bool(true), token.range)
        case .keyword(.false), .keyword(.no):
            _ = advance()
            return Expr(.bool(false), token.range)
        case .keyword(.missing):
            _ = advance()
            return Expr(.missing, token.range)
        case .keyword(.today):
            _ = advance()
            return Expr(.today, token.range)
        case .keyword(.pending):
            return try parsePending()
        case .keyword(.if):
            return try parseExpression()
        case .keyword(.all), .keyword(.any), .keyword(.none):
            return try parseQuantifier()
        case .identifier(let name):
            _ = advance()
            if let words = numberInWords(name, token) { return words }
            if check(.leftParen), !current.startsLine {
                return try parseCall(Name(text: name, range: token.range))
            }
            return Expr(.name(name), token.range)
        case .symbol(.leftParen):
            _ = advance()
            let inner = try parseExpression()
            try expectClosing(.rightParen, "the `(`", openedAt: token.range.lowerBound)
            return try node(.group(inner), token.range.lowerBound..<previous.range.upperBound, inner)
        case .symbol(.leftBracket):
            return try parseListOrComprehension()
        case .symbol(.leftBrace):
            return try parseRecord()
        case .invalid:
            _ = advance()
            return Expr(.invalid, token.range)
        default:
            throw fail(expectedHere("a value or an expression"))
        }
    }

    /// `pending`, `pending until DUE` or `pending from START until DUE`.
    private mutating func parsePending() throws(ParseFailure) -> Expr {
        let token = advance()
        var from: Expr?
        if accept(.from) {
            from = try parseAdditive()
            guard check(.until) else { throw fail(expectedHere("`until` and the last day of the window after `pending from …`")) }
        }
        guard accept(.until) else { return Expr(.pending(nil), token.range) }
        let due = try parseAdditive()
        return try node(.pending(due, from: from), token.range.lowerBound..<due.range.upperBound, from, due)
    }

    private mutating func parseQuantifier() throws(ParseFailure) -> Expr {
        let keyword = advance()
        let quantifier = Quantifier(rawValue: file.text(keyword.range))!
        let variable = try parseName("a name for each element after `\(quantifier.rawValue)` (`\(quantifier.rawValue) p in list: …`)")
        try expect(.in, "after `\(quantifier.rawValue) \(variable.text)`, then the list")
        let list = try parseAdditive()
        var condition: Expr?
        if accept(.where) { condition = try parseExpression() }
        try expect(.colon, "before the condition each element is checked against (`\(quantifier.rawValue) \(variable.text) in list: condition`)")
        let body = try parseExpression()
        return try node(.quantifier(quantifier, variable, list, condition, body),
                        keyword.range.lowerBound..<body.range.upperBound, list, condition, body)
    }

    private mutating func parseCall(_ name: Name) throws(ParseFailure) -> Expr {
        _ = advance()
        var arguments: [Expr] = []
        if !check(.rightParen) {
            repeat {
                arguments.append(try parseElement().expression)
            } while accept(.comma)
        }
        try expectClosing(.rightParen, "the arguments of `\(name.text)(`", openedAt: name.range.upperBound)
        let range = name.range.lowerBound..<previous.range.upperBound
        let depth = 1 + arguments.reduce(0) { max($0, $1.depth) }
        return Expr(.call(name, arguments), range, depth: depth)
    }

    /// An element of a list or an argument: an expression, or a comprehension
    /// (`x in list where condition`, `expression for x in list [where condition]`).
    /// `bare` is true when the element itself is written as a comprehension (not a bracketed one).
    private mutating func parseElement() throws(ParseFailure) -> (expression: Expr, bare: Bool) {
        let first = try parseExpression()
        if check(.where), case .binary(.in, let variable, let list) = first.kind, case .name(let name) = variable.kind {
            _ = advance()
            let condition = try parseExpression()
            return (try node(.comprehension(Name(text: name, range: variable.range), list, condition, nil),
                             first.range.lowerBound..<condition.range.upperBound, list, condition), true)
        }
        if accept(.for) {
            let variable = try parseName("a name for each element after `for`")
            try expect(.in, "after `for \(variable.text)`, then the list")
            let list = try parseAdditive()
            var condition: Expr?
            if accept(.where) { condition = try parseExpression() }
            return (try node(.comprehension(variable, list, condition, first),
                             first.range.lowerBound..<previous.range.upperBound, list, condition, first), true)
        }
        return (first, false)
    }

    private mutating func parseListOrComprehension() throws(ParseFailure) -> Expr {
        let open = advance()
        var elements: [Expr] = []
        if !check(.rightBracket) {
            repeat {
                if check(.rightBracket) { break }  // a trailing comma
                let (element, bare) = try parseElement()
                if bare {
                    guard elements.isEmpty, check(.rightBracket) else {
                        throw fail(expectedHere("`]` after a comprehension: `[x in list where …]` stands alone in its brackets"))
                    }
                    _ = advance()
                    return Expr(element.kind, open.range.lowerBound..<previous.range.upperBound, depth: element.depth)
                }
                elements.append(element)
            } while accept(.comma)
        }
        try expectClosing(.rightBracket, "the list", openedAt: open.range.lowerBound)
        let depth = 1 + elements.reduce(0) { max($0, $1.depth) }
        return Expr(.list(elements), open.range.lowerBound..<previous.range.upperBound, depth: depth)
    }

    private mutating func parseRecord() throws(ParseFailure) -> Expr {
        let open = advance()
        var fields: [RecordField] = []
        while !check(.rightBrace) {
            if atEnd { throw fail(expectedHere("`}` to close the record opened at \(file.location(of: open.range.lowerBound))")) }
            let name: Name
            if case .text(let literal) = current.kind, let key = literal.plainText {
                name = Name(text: key, range: advance().range)
            } else {
                name = try parseFieldName("a field name in the record")
            }
            try expect(.colon, "after the field name `\(name.text)`")
            fields.append(RecordField(name: name, value: try parseExpression()))
            if !accept(.comma) { break }
        }
        try expectClosing(.rightBrace, "the record", openedAt: open.range.lowerBound)
        let depth = 1 + fields.reduce(0) { max($0, $1.value.depth) }
        return Expr(.record(fields), open.range.lowerBound..<previous.range.upperBound, depth: depth)
    }

    /// The parts of a quoted text, with each `{…}` read as an expression.
    mutating func textParts(_ literal: TextLiteral) throws(ParseFailure) -> [TextPart] {
        var parts: [TextPart] = []
        for part in literal.parts {
            switch part {
            case .literal(let text):
                parts.append(.literal(text))
            case .interpolation(let range):
                var lexer = Lexer(file: file, range: range)
                let tokens = lexer.tokenize()
                diagnostics += lexer.diagnostics
                var inner = Parser(file: file, tokens: tokens)
                inner.nesting = nesting + 1
                if tokens.count == 1 {
                    report(.emptyInterpolation(range: range.lowerBound - 1..<range.upperBound + 1, file: file))
                    continue
                }
                do {
                    let expression = try inner.parseExpression()
                    if let noun = inner.countedNoun() {
                        parts.append(.counted(expression, noun: noun))
                    } else {
                        if !inner.atEnd {
                            _ = inner.fail(.expected("`}` to end the value shown in the text", found: inner.current, file: file))
                        }
                        parts.append(.expression(expression))
                    }
                } catch {}
                // The inner tokens end with `.endOfInterpolation`, which messages call `}`.
                diagnostics += inner.diagnostics
            }
        }
        return parts
    }
}
