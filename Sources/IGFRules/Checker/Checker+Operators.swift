/// Kind rules for operators and function calls.
extension Checker {
    mutating func compileBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, range: Range<Int>,
                                _ context: inout ExpressionContext) -> Code {
        let a = compile(left, &context)
        let b = compile(right, &context)
        func make(_ code: Code.Op, _ type: DataType) -> Code { Code(op: code, range: range, type: type) }
        switch op {
        case .and, .or:
            expect(a, fits: .bool, role: "`\(op.rawValue)`", &context)
            expect(b, fits: .bool, role: "`\(op.rawValue)`", &context)
            return make(op == .and ? .and(a, b) : .or(a, b), .bool)
        case .equal, .notEqual:
            checkComparable(a, left, b, right, ordered: false, &context)
            return make(.compare(op, a, b), .bool)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            checkComparable(a, left, b, right, ordered: true, &context)
            return make(.compare(op, a, b), .bool)
        case .in, .notIn:
            switch b.type {
            case .list(let element):
                if !a.type.fits(element) {
                    problem(.incomparable(context.file.text(left.range), a.type, "the entries of `\(context.file.text(right.range))`", element,
                                          range: range, file: context.file), &context)
                }
            case .text:
                expect(a, fits: .text, role: "`in` a text", &context)
            case .unknown:
                break
            default:
                problem(.notAList(context.file.text(right.range), found: b.type, role: "`in`", range: right.range, file: context.file), &context)
            }
            return make(.membership(a, b, negated: op == .notIn), .bool)
        case .by:
            for (code, source) in [(a, left), (b, right)] where !(code.type.isTemporal || code.type == .unknown) {
                problem(.wrongKind(context.file.text(source.range), found: code.type, expected: "a date or a date-time",
                                   role: "`by`", range: source.range, file: context.file), &context)
            }
            return make(.by(a, b), .bool)
        case .add, .subtract, .multiply, .divide, .concat:
            guard let type = OperatorTable.resultType(op, a.type, b.type) else {
                problem(.badArithmetic(op.rawValue, context.file.text(left.range), a.type, context.file.text(right.range), b.type,
                                       range: range, file: context.file), &context)
                return make(.arithmetic(op, a, b), .unknown)
            }
            return make(.arithmetic(op, a, b), op == .concat ? Checker.joinedType(a.type, b.type) : type)
        }
    }

    /// The kind of `a ++ b`, which the table allows: two lists join into a list of their entries'
    /// kind; a side of unknown kind takes the other side's.
    static func joinedType(_ a: DataType, _ b: DataType) -> DataType {
        switch (a, b) {
        case (.list(let x), .list(let y)): .list(x.fits(y) ? (x == .unknown ? y : x) : .unknown)
        case (.unknown, let other), (let other, .unknown): other
        default: a
        }
    }

    mutating func compileCall(_ name: Name, _ arguments: [Expr], range: Range<Int>, _ context: inout ExpressionContext) -> Code {
        if let builtin = Builtin(rawValue: name.text), let mistake = elementWithoutWhere(builtin, arguments, context) {
            problem(mistake, &context)
            return Code(op: .constant(.missing), range: range, type: .unknown)
        }
        let codes = arguments.map { compile($0, &context) }
        guard let builtin = Builtin(rawValue: name.text) else {
            let isName = parameterSlots[name.text] != nil || definitionSlots[name.text] != nil || dataSlots[name.text] != nil
            let functions = Builtin.allCases.map(\.rawValue)
            problem(.unknownFunction(name.text, suggestion: Suggestions.closest(to: name.text, among: functions),
                                     isName: isName, functions: functions, range: name.range, file: context.file), &context)
            return Code(op: .constant(.missing), range: range, type: .unknown)
        }
        if constantOnlyCheck(&context, name) { return Code(op: .constant(.missing), range: range, type: .unknown) }
        guard builtin.arity.contains(codes.count) else {
            problem(.wrongArgumentCount(builtin, given: codes.count, range: range, file: context.file), &context)
            return Code(op: .call(builtin, codes), range: range, type: .unknown)
        }
        let type = callType(builtin, codes, arguments, &context)
        return Code(op: .call(builtin, codes), range: range, type: type)
    }

    /// `count(f in proposal.facilitators)`: an element name with `in` but no `where`, which reads as
    /// "is f in the list" with an unknown `f`. The diagnostic offers the two forms meant.
    private func elementWithoutWhere(_ builtin: Builtin, _ arguments: [Expr], _ context: ExpressionContext) -> Diagnostic? {
        guard arguments.count == 1, case .binary(.in, let element, let list) = arguments[0].kind, case .name(let variable) = element.kind,
            !context.locals.contains(where: { $0.name == variable }), parameterSlots[variable] == nil,
            definitionSlots[variable] == nil, dataSlots[variable] == nil
        else { return nil }
        return .elementWithoutWhere(builtin.rawValue, element: variable, list: context.file.text(list.range),
                                    range: arguments[0].range, file: context.file)
    }

    private mutating func constantOnlyCheck(_ context: inout ExpressionContext, _ name: Name) -> Bool {
        guard context.constantOnly else { return false }
        problem(.notConstant("\(name.text)(…)", range: name.range, file: context.file), &context)
        return true
    }

    private mutating func callType(_ builtin: Builtin, _ codes: [Code], _ arguments: [Expr], _ context: inout ExpressionContext) -> DataType {
        let first = codes[0]
        func listElement(_ expected: DataType?) -> DataType {
            switch first.type {
            case .list(let element):
                if let expected, !element.fits(expected) {
                    problem(.wrongKind(context.file.text(arguments[0].range), found: first.type, expected: "a list of \(expected)s",
                                       role: "`\(builtin.rawValue)`", range: arguments[0].range, file: context.file), &context)
                }
                return element
            case .unknown:
                return .unknown
            default:
                problem(.notAList(context.file.text(arguments[0].range), found: first.type, role: "`\(builtin.signature)`",
                                  range: arguments[0].range, file: context.file), &context)
                return .unknown
            }
        }
        switch builtin {
        case .count:
            _ = listElement(nil)
            return .number
        case .sum, .mean:
            _ = listElement(.number)
            return .number
        case .min, .max:
            if codes.count == 1 { return listElement(nil) }
            for (code, argument) in zip(codes.dropFirst(), arguments.dropFirst()) {
                checkComparable(first, arguments[0], code, argument, ordered: true, &context)
            }
            return first.type
        case .distinct, .sort:
            return .list(listElement(nil))
        case .consecutive:
            let element = listElement(nil)
            return .list(.record(RecordType(name: "consecutive pair", fields: [("before", element), ("after", element)])))
        case .length, .lower, .upper, .trim:
            expect(first, fits: .text, role: "`\(builtin.signature)`", &context)
            return builtin == .length ? .number : .text
        case .abs:
            if !(first.type.fits(.number) || first.type.fits(.duration)) {
                expect(first, fits: .number, role: "`abs`", &context)
            }
            return first.type
        case .round:
            for code in codes { expect(code, fits: .number, role: "`round`", &context) }
            return .number
        case .days, .hours:
            expect(first, fits: .duration, role: "`\(builtin.signature)`", &context)
            return .number
        case .date:
            if !first.type.isTemporal { expect(first, fits: .dateTime, role: "`date`", &context) }
            return .date
        }
    }
}
