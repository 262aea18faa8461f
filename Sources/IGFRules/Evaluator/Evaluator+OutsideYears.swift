extension Evaluator {
    /// A date or date-time moved past the years 0001–9999, worded with what was computed:
    /// "9999-12-31 + 4 weeks is after 9999-12-31, outside the years 0001–9999".
    static func outsideYears(_ op: BinaryOperator, _ a: Value, _ b: Value, at range: Range<Int>) -> EvaluationError {
        var forward = true
        if case .duration(let duration) = (a.isDuration ? a : b) {
            let sign = duration.months != 0 ? duration.months.signum() : duration.milliseconds.signum()
            forward = (sign >= 0) == (op == .add)
        }
        let limit = forward ? "after 9999-12-31" : "before 0001-01-01"
        return EvaluationError("\(a.plain) \(op.rawValue) \(b.plain) is \(limit), outside the years 0001–9999", at: range)
    }
}

extension Value {
    fileprivate var isDuration: Bool {
        if case .duration = self { return true }
        return false
    }
}
