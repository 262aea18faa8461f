/// The direct children of an expression, for walks over the syntax tree.
extension ExprKind {
    /// Calls `body` on each direct sub-expression, in source order.
    func forEachChild(_ body: (Expr) -> Void) {
        switch self {
        case .name, .number, .bool, .date, .dateTime, .duration, .missing, .today, .invalid:
            break
        case .text(let parts):
            for part in parts { part.shown.map(body) }
        case .field(let base, _): body(base)
        case .index(let base, let index): body(base); body(index)
        case .call(_, let arguments): arguments.forEach(body)
        case .unary(_, let operand): body(operand)
        case .binary(_, let left, let right): body(left); body(right)
        case .check(let operand, _): body(operand)
        case .between(let value, let low, let high, _): body(value); body(low); body(high)
        case .conditional(let condition, let a, let b): body(condition); body(a); body(b)
        case .quantifier(_, _, let list, let condition, let conclusion):
            body(list)
            if let condition { body(condition) }
            body(conclusion)
        case .comprehension(_, let list, let condition, let map):
            if let map { body(map) }
            body(list)
            if let condition { body(condition) }
        case .list(let elements): elements.forEach(body)
        case .record(let fields): fields.forEach { body($0.value) }
        case .pending(let due, let from): if let from { body(from) }; if let due { body(due) }
        case .group(let inner): body(inner)
        }
    }
}
