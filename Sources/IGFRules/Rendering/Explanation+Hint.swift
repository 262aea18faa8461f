/// What would make a failed result pass, for comparisons against a number, a count, a date, a
/// date-time or a duration: "would pass if `activity.draft_output.published` were 2020-09-21 or
/// earlier (10 days earlier)".
extension Explanation {
    /// The hint of the first comparison that decided this (failed) tree, if one can be given.
    package var hint: String? { hint(in: nil) }

    /// The hint, knowing which element of a list it is about (for the wording).
    func hint(in context: ElementContext?) -> String? {
        guard truth == .no || truth == nil && role == .element else { return nil }
        if let op, let hint = comparisonHint(op, context) { return hint }
        for child in children where child.truth == .no || child.role == .element {
            if let hint = child.hint(in: child.role == .element ? elementContext(of: child) ?? context : context) { return hint }
        }
        return nil
    }

    private func comparisonHint(_ op: String, _ context: ElementContext?) -> String? {
        let operands = children
        if op == "between", operands.count == 3, let value = operands[0].value, let low = operands[1].value,
            let high = operands[2].value
        {
            if let order = value.compare(low), order < 0 { return Explanation.hint(">=", operands[0], value, low, context) }
            if let order = value.compare(high), order > 0 { return Explanation.hint("<=", operands[0], value, high, context) }
            return nil
        }
        guard operands.count == 2, let a = operands[0].value, let b = operands[1].value else { return nil }
        if operands[0].role == .constant, operands[1].role != .constant {
            return Explanation.flipped[op].flatMap { Explanation.hint($0, operands[1], b, a, context) }
        }
        return Explanation.hint(op == "by" ? "<=" : op, operands[0], a, b, context)
    }

    /// The operator with its sides swapped: `3 < x` is `x > 3`.
    private static let flipped = [">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=", "!=": "!="]

    /// "would pass if `source` were TARGET or more (N more)"; for `=`, "were TARGET (N more)"; for
    /// `!=`, "were anything but TARGET". Nil when no value could pass (`x > ` the largest integer,
    /// a date before 0001-01-01) or the gap does not fit in 64 bits.
    private static func hint(_ op: String, _ subject: Explanation, _ value: Value, _ bound: Value, _ context: ElementContext?) -> String? {
        let source = subject.source
        if op == "!=" { return "would pass if `\(source)` were anything but \(bound.literal())" }
        guard let (target, difference, wording) = gap(op, subject, value, bound) else {
            if case (.dateTime(let y), true) = (bound, op == "<" || op == ">") {
                return "would pass if `\(source)` were \(op == "<" ? "before" : "after") \(y)"
            }
            if case (.duration(let y), true) = (bound, op == "<" || op == ">") {
                return "would pass if `\(source)` were \(op == "<" ? "shorter" : "longer") than \(y)"
            }
            return nil
        }
        let direction = op.hasPrefix(">") ? wording.more : wording.less
        return Explanation.wording(op, subject: subject, value: value, target: target, direction: direction, difference: difference, context: context)
    }

    /// The nearest passing value, how far it is from the value seen, and the words for the two
    /// directions. Nil when there is no such value or it cannot be computed without overflow.
    private static func gap(_ op: String, _ subject: Explanation, _ value: Value, _ bound: Value)
        -> (target: Value, difference: String?, wording: (more: String, less: String))?
    {
        switch (value, bound) {
        case let (.number(a), .number(b)):
            let wording = subject.source.hasPrefix("count(") ? ("more", "fewer") : ("more", "less")
            guard case (.integer(let x), .integer(let y)) = (a, b) else { return (bound, nil, wording) }
            let step = op == ">" ? 1 : op == "<" ? -1 : 0
            let (t, overflow) = y.addingReportingOverflow(step)
            guard !overflow else { return nil }
            // The gap as an unsigned magnitude: it always fits, even from the smallest to the largest integer.
            let size = t > x ? UInt(bitPattern: t &- x) : UInt(bitPattern: x &- t)
            return (.number(.integer(t)), "\(size) " + (t > x ? wording.0 : wording.1), wording)
        case (.date, .date), (.date, .dateTime), (.dateTime, .date):
            guard let x = utcDay(value), let y = utcDay(bound) else { return nil }
            let t = op == ">" ? y.adding(days: 1) : op == "<" ? y.adding(days: -1) : y
            guard t.isValidYear else { return nil }
            let days = abs(t.daysSinceEpoch - x.daysSinceEpoch)
            return (.date(t), Duration.count(days, "day") + (t > x ? " later" : " earlier"), ("later", "earlier"))
        case let (.dateTime(x), .dateTime(y)):
            guard op != "<", op != ">" else { return nil }
            // Both are within the years 1 to 9999, so the gap fits.
            let gap = Duration(milliseconds: abs(y.millisecondsSinceEpoch - x.millisecondsSinceEpoch))
            return (bound, gap.description + (y > x ? " later" : " earlier"), ("later", "earlier"))
        case let (.duration(x), .duration(y)) where x.months == 0 && y.months == 0:
            guard op != "<", op != ">" else { return nil }
            let (distance, overflow) = y.milliseconds.subtractingReportingOverflow(x.milliseconds)
            guard !overflow, distance != .min else { return (bound, nil, ("longer", "shorter")) }
            let gap = Duration(milliseconds: abs(distance), unit: y.unit)
            return (bound, gap.description + (y.milliseconds > x.milliseconds ? " longer" : " shorter"), ("longer", "shorter"))
        default:
            return nil
        }
    }

    private static func utcDay(_ value: Value) -> CivilDate? {
        switch value {
        case .date(let day): day
        case .dateTime(let instant): instant.utcDate
        default: nil
        }
    }
}
