/// Resolving and kind-checking expressions, producing `Code`.
struct ExpressionContext {
    let file: SourceFile
    /// Parameter values must be written out: no data, no other names, no `today`.
    var constantOnly = false
    /// Variables bound by enclosing quantifiers and comprehensions; a variable's slot is its index.
    var locals: [(name: String, type: DataType)] = []
    /// Set once an error was reported for this expression, so that follow-on errors are not.
    var failed = false

    init(file: SourceFile, constantOnly: Bool = false) {
        self.file = file
        self.constantOnly = constantOnly
    }
}

extension Checker {
    mutating func compile(_ expression: Expr, _ context: inout ExpressionContext) -> Code {
        let range = expression.range
        func make(_ op: Code.Op, _ type: DataType) -> Code { Code(op: op, range: range, type: type) }
        switch expression.kind {
        case .number(let number): return make(.constant(.number(number)), .number)
        case .bool(let value): return make(.constant(.bool(value)), .bool)
        case .date(let date): return make(.constant(.date(date)), .date)
        case .dateTime(let dateTime): return make(.constant(.dateTime(dateTime)), .dateTime)
        case .duration(let duration): return make(.constant(.duration(duration)), .duration)
        case .missing: return make(.constant(.missing), .unknown)
        case .invalid:
            context.failed = true
            return make(.constant(.missing), .unknown)
        case .today:
            if context.constantOnly { problem(.notConstant("today", range: range, file: context.file), &context) }
            return make(.today, .date)
        case .name(let name):
            return compileName(name, range: range, &context)
        case .text(let parts):
            return compileText(parts, range: range, &context)
        case .field(let base, let field):
            let compiledBase = compile(base, &context)
            let type = fieldType(of: compiledBase.type, field: field, base: base, &context)
            let name = Code.fieldName(field.text, in: compiledBase.type)
            return make(.field(compiledBase, name, hint: Code.fieldHint(name, in: compiledBase.type)), type)
        case .index(let base, let index):
            return compileIndex(base, index, range: range, &context)
        case .call(let name, let arguments):
            return compileCall(name, arguments, range: range, &context)
        case .unary(.not, let operand):
            let code = compile(operand, &context)
            expect(code, fits: .bool, role: "`not`", &context)
            return make(.not(code), .bool)
        case .unary(.negate, let operand):
            return compileNegate(operand, range: range, &context)
        case .binary(let op, let left, let right):
            return compileBinary(op, left, right, range: range, &context)
        case .check(let operand, let check):
            return make(.check(compile(operand, &context), check), .bool)
        case .between(let value, let low, let high, let negated):
            return compileBetween(value, low, high, negated: negated, range: range, &context)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return compileConditional(condition, whenTrue, whenFalse, range: range, &context)
        case .quantifier(let quantifier, let variable, let list, let condition, let body):
            return compileQuantifier(quantifier, variable, list, condition, body, range: range, &context)
        case .comprehension(let variable, let list, let condition, let map):
            return compileComprehension(variable, list, condition, map, range: range, &context)
        case .list(let elements):
            return compileList(elements, range: range, &context)
        case .record(let fields):
            return compileRecord(fields, range: range, &context)
        case .pending(let due, let from):
            return compilePending(due, from: from, range: range, &context)
        case .group(let inner):
            let code = compile(inner, &context)
            return make(.group(code), code.type)
        }
    }

    // MARK: Names

    private mutating func compileName(_ name: String, range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        if let slot = context.locals.lastIndex(where: { $0.name == name }) {
            return Code(op: .local(slot), range: range, type: context.locals[slot].type)
        }
        if context.constantOnly {
            problem(.notConstant(name, range: range, file: context.file), &context)
            return Code(op: .constant(.missing), range: range, type: .unknown)
        }
        if let slot = parameterSlots[name] {
            return Code(op: .param(slot), range: range, type: parameters[slot].type)
        }
        if let slot = definitionSlots[name] {
            return Code(op: .definition(slot), range: range, type: definitionTypes[slot])
        }
        if let slot = dataSlots[name] {
            return Code(op: .data(slot), range: range, type: dataNames[slot].type)
        }
        let candidates = context.locals.map(\.name) + Array(globalNames.keys) + dataNames.map(\.name)
        problem(.unknownName(name, suggestion: Checker.yesNoSpelling(name) ?? Suggestions.closest(to: name, among: candidates),
                             isFunction: Builtin(rawValue: name) != nil, noDataDeclared: dataDeclarations.isEmpty,
                             range: range, file: context.file), &context)
        return Code(op: .constant(.missing), range: range, type: .unknown)
    }

    /// Binds a quantifier's variable, refusing one that hides another name.
    mutating func bind(_ variable: Name, type: DataType, _ context: inout ExpressionContext) -> Int {
        if let other = globalNames[variable.text], !Checker.mayShadow(other, in: context.file) {
            problem(.variableHides(variable.text, kind: other.kind, range: variable.range, file: context.file), &context)
        } else if context.locals.contains(where: { $0.name == variable.text }) {
            problem(.variableHides(variable.text, kind: "an enclosing element name", range: variable.range, file: context.file), &context)
        } else if dataSlots[variable.text] != nil {
            problem(.variableHides(variable.text, kind: "a data name", range: variable.range, file: context.file), &context)
        }
        context.locals.append((variable.text, type))
        return context.locals.count - 1
    }

    // MARK: Fields and lists

    private mutating func fieldType(of baseType: DataType, field: Name, base: Expr, _ context: inout ExpressionContext) -> DataType {
        switch baseType {
        case .unknown:
            return .unknown
        case .record(let record):
            if let type = record.type(of: field.text) { return type }
            problem(.unknownField(field.text, on: record.name ?? context.file.text(base.range),
                                  suggestion: Suggestions.closest(to: field.text, among: record.fieldNames),
                                  known: record.fieldNames, range: field.range, file: context.file), &context)
            return .unknown
        case .list(let element):
            // A path through a list: `proposal.facilitators.name` is the list of names; lists of
            // lists are joined (`output.sections.covers` is a list of texts).
            let inner = fieldType(of: element, field: field, base: base, &context)
            if case .list = inner { return inner }
            return element == .unknown ? .list(.unknown) : .list(inner)
        default:
            problem(.noFields(context.file.text(base.range), kind: baseType, field: field.text, range: field.range, file: context.file), &context)
            return .unknown
        }
    }

    mutating func elementType(of code: Code, _ source: Expr, role: String, _ context: inout ExpressionContext) -> DataType {
        switch code.type {
        case .list(let element): return element
        case .unknown: return .unknown
        default:
            problem(.notAList(context.file.text(source.range), found: code.type, role: role, range: source.range, file: context.file), &context)
            return .unknown
        }
    }

    // MARK: Kind checks

    mutating func expect(_ code: Code, fits expected: DataType, role: String, _ context: inout ExpressionContext) {
        guard !code.type.fits(expected) else { return }
        let source = context.file.text(code.range)
        problem(.wrongKind(source, found: code.type, expected: Checker.article(expected), role: role, range: code.range, file: context.file), &context)
    }

    mutating func checkComparable(_ a: Code, _ aSource: Expr, _ b: Code, _ bSource: Expr, ordered: Bool, _ context: inout ExpressionContext) {
        if !a.type.fits(b.type) {
            var diagnostic = Diagnostic.incomparable(context.file.text(aSource.range), a.type, context.file.text(bSource.range), b.type,
                                                     range: aSource.range.lowerBound..<bSource.range.upperBound, file: context.file)
            diagnostic.notes += quotedNumberNotes(a, b)
            problem(diagnostic, &context)
            return
        }
        guard ordered else { return }
        for (code, source) in [(a, aSource), (b, bSource)] {
            switch code.type {
            case .bool, .list, .record:
                problem(.unordered(context.file.text(source.range), code.type, range: source.range, file: context.file), &context)
                return
            default: break
            }
        }
    }

    /// Reports a problem once per expression: later problems in the same expression are often
    /// consequences of the first.
    mutating func problem(_ diagnostic: Diagnostic, _ context: inout ExpressionContext) {
        if !context.failed || diagnostic.code == "unknown-name" || diagnostic.code == "unknown-field" {
            report(diagnostic)
        }
        context.failed = true
    }

    /// A kind with its article ("a date"), as messages name it.
    static func article(_ type: DataType) -> String {
        type.kindWithArticle
    }
}

