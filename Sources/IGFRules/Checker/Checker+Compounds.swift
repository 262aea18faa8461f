/// Resolving and kind-checking the compound expressions: text with holes, `-`, `between`, indexing, `if`, quantifiers,
/// comprehensions, list and record literals, and `pending`.
extension Checker {
    /// A text with holes; one with no holes is folded into a constant.
    mutating func compileText(_ parts: [TextPart], range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        var compiled: [Code.TextCode] = []
        for part in parts {
            switch part {
            case .literal(let text): compiled.append(.literal(text))
            case .expression(let inner): compiled.append(.value(compile(inner, &context)))
            case .counted(let inner, let noun): compiled.append(.value(counted(inner, noun: noun, &context)))
            }
        }
        if compiled.allSatisfy({ if case .literal = $0 { true } else { false } }) {
            let text = compiled.map { if case .literal(let piece) = $0 { piece } else { "" } }.joined()
            return Code(op: .constant(.text(text)), range: range, type: .text)
        }
        return Code(op: .text(compiled), range: range, type: .text)
    }

    /// `-x`: a number or a duration, negated.
    mutating func compileNegate(_ operand: Expr, range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        let code = compile(operand, &context)
        if !(code.type.fits(.number) || code.type.fits(.duration)) {
            problem(.wrongKind(context.file.text(operand.range), found: code.type, expected: "a number or a duration", role: "`-`", range: operand.range, file: context.file), &context)
        }
        return Code(op: .negate(code), range: range, type: code.type)
    }

    /// `x [not] between low and high`: both ends must compare with `x` in order.
    mutating func compileBetween(_ value: Expr, _ low: Expr, _ high: Expr, negated: Bool, range: Range<Int>,
                                 _ context: inout ExpressionContext) -> Code {
        let codes = [compile(value, &context), compile(low, &context), compile(high, &context)]
        for (code, source) in zip(codes.dropFirst(), [low, high]) {
            checkComparable(codes[0], value, code, source, ordered: true, &context)
        }
        return Code(op: .between(codes[0], codes[1], codes[2], negated: negated), range: range, type: .bool)
    }

    /// `list[position]`: the base must be a list, the position a number.
    mutating func compileIndex(_ base: Expr, _ index: Expr, range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        let compiledBase = compile(base, &context)
        let compiledIndex = compile(index, &context)
        expect(compiledIndex, fits: .number, role: "a position in a list", &context)
        var type = DataType.unknown
        switch compiledBase.type {
        case .list(let element): type = element
        case .unknown: break
        default: problem(.notAList(context.file.text(base.range), found: compiledBase.type, role: "`[…]`", range: base.range, file: context.file), &context)
        }
        return Code(op: .index(compiledBase, compiledIndex), range: range, type: type)
    }

    /// `if … then … else …`: a yes/no condition and two branches of one kind.
    mutating func compileConditional(_ condition: Expr, _ whenTrue: Expr, _ whenFalse: Expr, range: Range<Int>,
                                     _ context: inout ExpressionContext) -> Code {
        let compiledCondition = compile(condition, &context)
        expect(compiledCondition, fits: .bool, role: "the condition of `if`", &context)
        let a = compile(whenTrue, &context)
        let b = compile(whenFalse, &context)
        if !a.type.fits(b.type) {
            problem(.branchKinds(a.type, b.type, range: range, file: context.file), &context)
        }
        return Code(op: .conditional(compiledCondition, a, b), range: range, type: a.type == .unknown ? b.type : a.type)
    }

    /// `every`/`some`/`no x in list where …: …`, binding `x` while its condition and body are compiled.
    mutating func compileQuantifier(_ quantifier: Quantifier, _ variable: Name, _ list: Expr, _ condition: Expr?, _ body: Expr,
                                    range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        let compiledList = compile(list, &context)
        let element = elementType(of: compiledList, list, role: "`\(quantifier.rawValue)`", &context)
        let slot = bind(variable, type: element, &context)
        let compiledCondition = condition.map { compile($0, &context) }
        if let compiledCondition { expect(compiledCondition, fits: .bool, role: "`where`", &context) }
        let compiledBody = compile(body, &context)
        expect(compiledBody, fits: .bool, role: "the condition after `:`", &context)
        context.locals.removeLast()
        let op = Code.Op.quantifier(quantifier, local: slot, list: compiledList, filter: compiledCondition, body: compiledBody)
        return Code(op: op, range: range, type: .bool)
    }

    /// A filter (`where`) or map (`for`) over a list, binding its variable while the rest is compiled.
    mutating func compileComprehension(_ variable: Name, _ list: Expr, _ condition: Expr?, _ map: Expr?,
                                       range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        let compiledList = compile(list, &context)
        let element = elementType(of: compiledList, list, role: map == nil ? "`where`" : "`for`", &context)
        let slot = bind(variable, type: element, &context)
        let compiledCondition = condition.map { compile($0, &context) }
        if let compiledCondition { expect(compiledCondition, fits: .bool, role: "`where`", &context) }
        let compiledMap = map.map { compile($0, &context) }
        context.locals.removeLast()
        return Code(op: .comprehension(local: slot, list: compiledList, filter: compiledCondition, map: compiledMap),
                    range: range, type: .list(compiledMap?.type ?? element))
    }

    /// A list literal; its element kind is the kind its known elements share, else unknown.
    mutating func compileList(_ elements: [Expr], range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        let codes = elements.map { compile($0, &context) }
        let kinds = codes.map(\.type).filter { $0 != .unknown }
        let element = kinds.first.map { first in kinds.allSatisfy { $0.fits(first) } ? first : .unknown } ?? .unknown
        return Code(op: .list(codes), range: range, type: .list(element))
    }

    /// A record literal; a repeated field name is reported and its value left out.
    mutating func compileRecord(_ fields: [RecordField], range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        var names: [String] = []
        var codes: [Code] = []
        for field in fields {
            if names.contains(field.name.text) {
                problem(.duplicate("field", field.name.text, at: field.name.range, file: context.file, first: nil), &context)
                continue
            }
            names.append(field.name.text)
            codes.append(compile(field.value, &context))
        }
        let type = RecordType(name: nil, fields: Array(zip(names, codes.map(\.type))))
        return Code(op: .record(names, codes), range: range, type: .record(type))
    }

    /// `pending [from …] [until …]`: both ends, when given, must be dates or date-times.
    mutating func compilePending(_ due: Expr?, from: Expr?, range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        let compiledFrom = from.map { compile($0, &context) }
        if let compiledFrom, let from, !compiledFrom.type.isTemporal, compiledFrom.type != .unknown {
            problem(.wrongKind(context.file.text(from.range), found: compiledFrom.type, expected: "a date or a date-time", role: "`pending from`", range: from.range, file: context.file), &context)
        }
        let compiledDue = due.map { compile($0, &context) }
        if let compiledDue, let due, !compiledDue.type.isTemporal, compiledDue.type != .unknown {
            problem(.wrongKind(context.file.text(due.range), found: compiledDue.type, expected: "a date or a date-time", role: "`pending until`", range: due.range, file: context.file), &context)
        }
        return Code(op: .pending(compiledDue, from: compiledFrom), range: range, type: .bool)
    }
}
