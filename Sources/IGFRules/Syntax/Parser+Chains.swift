/// Runs of one operator: `and`/`or` chains of any length, and the arithmetic chains whose
/// length is what makes an expression too deep.
extension Parser {
    /// The longest run of `and` (or `or`) kept as written, each operator taking the ones before
    /// it as its left side.
    static let flatChain = 16

    /// A run of operands joined by one `and` or `or`. A flat chain is not nesting: a run longer
    /// than `flatChain` is split in halves (runs of at most `flatChain` at the bottom), so that a
    /// chain of 100,000 conditions is a tree some 30 levels high, not 100,000. `and` and `or` are
    /// associative and both sides are evaluated from left to right, so the outcome, any error
    /// and the printed text are those of the chain as written.
    mutating func joined(_ operands: ArraySlice<Expr>, _ op: BinaryOperator) throws(ParseFailure) -> Expr {
        guard operands.count > Parser.flatChain else {
            var left = operands[operands.startIndex]
            for right in operands.dropFirst() {
                left = try node(.binary(op, left, right), left.range.lowerBound..<right.range.upperBound, left, right)
            }
            return left
        }
        let middle = operands.startIndex + operands.count / 2
        let left = try joined(operands[..<middle], op)
        let right = try joined(operands[middle...], op)
        return try node(.binary(op, left, right), left.range.lowerBound..<right.range.upperBound, left, right)
    }

    /// A node of an arithmetic chain (`a + b + …`), which is nested as written: when it is too
    /// deep because the chain is long (it has more terms than its deepest term has levels), the
    /// message says so, rather than speaking of nesting.
    mutating func chainNode(_ kind: ExprKind, _ left: Expr, _ right: Expr, terms: Int, deepest: inout Int,
                            operators: String) throws(ParseFailure) -> Expr {
        deepest = max(deepest, right.depth)
        let range = left.range.lowerBound..<right.range.upperBound
        if 1 + max(left.depth, right.depth) > Parser.maximumDepth, terms > deepest {
            report(.longChain(terms: terms - 1, operators: operators, range: range, file: file))
            throw ParseFailure()
        }
        return try node(kind, range, left, right)
    }
}
