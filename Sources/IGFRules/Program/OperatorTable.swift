/// The one table of what the arithmetic operators (`+ - * /`) and `++` compute: for each operator
/// and pair of kinds, the kind of the result. The checker derives an expression's kind from it
/// (also when one side's kind is unknown) and the evaluator refuses every pair it does not list,
/// so that the two cannot disagree about which expressions make sense.
package enum OperatorTable {
    /// The kinds of values, as the table distinguishes them.
    package enum Kind: String, CaseIterable, Sendable {
        case text, number, bool, date, dateTime, duration, list, record
    }

    /// `a op b`'s kind, or nil when the operator does not apply to those kinds. A date plus a
    /// duration of hours or minutes is a date-time; the table says `date`, and the two stand for
    /// each other wherever a kind is expected.
    package static func result(_ op: BinaryOperator, _ a: Kind, _ b: Kind) -> Kind? {
        entries[Key(op: op, a: a, b: b)]
    }

    /// The operators the table describes.
    package static let operators: [BinaryOperator] = [.add, .subtract, .multiply, .divide, .concat]

    private struct Key: Hashable {
        let op: BinaryOperator
        let a: Kind
        let b: Kind
    }

    private static let entries: [Key: Kind] = {
        var table: [Key: Kind] = [:]
        func add(_ op: BinaryOperator, _ a: Kind, _ b: Kind, _ result: Kind) { table[Key(op: op, a: a, b: b)] = result }
        for op in [BinaryOperator.add, .subtract, .multiply, .divide] { add(op, .number, .number, .number) }
        for instant in [Kind.date, .dateTime] {
            add(.add, instant, .duration, instant)
            add(.add, .duration, instant, instant)
            add(.subtract, instant, .duration, instant)
            for other in [Kind.date, .dateTime] { add(.subtract, instant, other, .duration) }
        }
        add(.add, .duration, .duration, .duration)
        add(.subtract, .duration, .duration, .duration)
        add(.multiply, .duration, .number, .duration)
        add(.multiply, .number, .duration, .duration)
        add(.divide, .duration, .number, .duration)
        add(.concat, .text, .text, .text)
        add(.concat, .list, .list, .list)
        return table
    }()
}

extension OperatorTable.Kind {
    /// The kind of a checked type; nil for `.unknown`, which may be any kind.
    init?(_ type: DataType) {
        switch type {
        case .unknown: return nil
        case .text: self = .text
        case .number: self = .number
        case .bool: self = .bool
        case .date: self = .date
        case .dateTime: self = .dateTime
        case .duration: self = .duration
        case .list: self = .list
        case .record: self = .record
        }
    }

    /// The kind of a value; nil for missing and malformed values, which have none.
    init?(_ value: Value) {
        switch value {
        case .missing, .malformed: return nil
        case .bool, .pending: self = .bool
        case .number: self = .number
        case .text: self = .text
        case .date: self = .date
        case .dateTime: self = .dateTime
        case .duration: self = .duration
        case .list: self = .list
        case .record: self = .record
        }
    }

    /// The checked type of a scalar kind; lists and records stay `.unknown` in their parts.
    var type: DataType {
        switch self {
        case .text: .text
        case .number: .number
        case .bool: .bool
        case .date: .date
        case .dateTime: .dateTime
        case .duration: .duration
        case .list: .list(.unknown)
        case .record: .unknown
        }
    }
}

extension OperatorTable {
    /// The checked type of `a op b` from the table, or nil when no kinds of the operands make
    /// sense together. Where a side's kind is unknown, every kind it could have is tried: the
    /// expression is accepted when one of them works, with the result's kind when they agree.
    static func resultType(_ op: BinaryOperator, _ a: DataType, _ b: DataType) -> DataType? {
        let left = Kind(a).map { [$0] } ?? Kind.allCases
        let right = Kind(b).map { [$0] } ?? Kind.allCases
        var results: Set<Kind> = []
        for x in left {
            for y in right {
                if let kind = result(op, x, y) { results.insert(kind) }
            }
        }
        guard let first = results.first else { return nil }
        return results.count == 1 ? first.type : .unknown
    }
}
