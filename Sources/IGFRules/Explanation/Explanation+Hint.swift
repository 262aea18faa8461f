/// What would make a failed result pass, for comparisons against a number, a count, a date, a
/// date-time or a duration: "would pass if `activity.draft_output.published` were 2020-09-21 or
/// earlier (10 days earlier)".
extension Explanation {
    /// The hint of the first comparison that decided this (failed) tree, if one can be given.
    public var hint: String? { hint(in: nil) }

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
            let flipped = [">=": "<=", ">": "<", "<=": ">=", "<": ">"][op]
            return flipped.flatMap { Explanation.hint($0, operands[1], b, a, context) }
        }
        return Explanation.hint(op == "by" ? "<=" : op, operands[0], a, b, context)
    }

    /// "would pass if `source` were TARGET or more (N more)".
    private static func hint(_ op: String, _ subject: Explanation, _ value: Value, _ bound: Value, _ context: ElementContext?) -> String? {
        let wording: (more: String, less: String)
        var target = bound
        var difference: String?
        switch (value, bound) {
        case let (.number(a), .number(b)):
            wording = subject.source.hasPrefix("count(") ? ("more", "fewer") : ("more", "less")
            if case (.integer(let x), .integer(let y)) = (a, b) {
                if op == ">" { target = .number(.integer(y + 1)) }
                if op == "<" { target = .number(.integer(y - 1)) }
                guard case .number(.integer(let t)) = target else { return nil }
                difference = String(abs(t - x)) + (t > x ? " more" : (subject.source.hasPrefix("count(") ? " fewer" : " less"))
            }
        case (.date, .date), (.date, .dateTime), (.dateTime, .date):
            let day = { (v: Value) -> CivilDate? in
                switch v {
                case .date(let d): d
                case .dateTime(let t): t.utcDate
                default: nil
                }
            }
            guard let x = day(value), let y = day(bound) else { return nil }
            wording = ("later", "earlier")
            let t = op == ">" ? y.adding(days: 1) : op == "<" ? y.adding(days: -1) : y
            target = .date(t)
            let days = abs(t.daysSinceEpoch - x.daysSinceEpoch)
            difference = Duration.count(days, "day") + (t > x ? " later" : " earlier")
        case let (.dateTime(x), .dateTime(y)):
            wording = ("later", "earlier")
            if op == "<" || op == ">" { return "would pass if `\(subject.source)` were \(op == "<" ? "before" : "after") \(y)" }
            let gap = Duration(milliseconds: abs(y.millisecondsSinceEpoch - x.millisecondsSinceEpoch))
            difference = gap.description + (y > x ? " later" : " earlier")
        case let (.duration(x), .duration(y)) where x.months == 0 && y.months == 0:
            wording = ("longer", "shorter")
            let gap = Duration(milliseconds: abs(y.milliseconds - x.milliseconds), unit: y.unit)
            difference = gap.description + (y.milliseconds > x.milliseconds ? " longer" : " shorter")
            if op == "<" || op == ">" { return "would pass if `\(subject.source)` were \(op == "<" ? "shorter" : "longer") than \(y)" }
        default:
            return nil
        }
        let direction = op.hasPrefix(">") ? wording.more : wording.less
        return Explanation.wording(op, subject: subject, value: value, target: target, direction: direction, difference: difference, context: context)
    }
}
