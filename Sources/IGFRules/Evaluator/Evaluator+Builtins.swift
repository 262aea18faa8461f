import Foundation

/// What the built-in functions compute. Over a list, missing entries and blank texts are left
/// out; over a missing list, `count` is 0 and the others are missing.
extension Evaluator {
    /// A text built by a function (`upper` may lengthen it), refused beyond the size limit.
    static func sized(_ text: String, at range: Range<Int>) throws(EvaluationError) -> String {
        try checkSize(text.utf8.count, at: range)
        return text
    }

    func call(_ builtin: Builtin, _ arguments: [Code], range: Range<Int>) throws(EvaluationError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments {
            let value = try evaluate(argument)
            try Evaluator.readable(value, argument.range)
            values.append(value)
        }
        switch builtin {
        case .count, .sum, .mean, .min, .max, .distinct, .sort, .consecutive:
            return try callOnList(builtin, values, range: range)
        case .length, .lower, .upper, .trim:
            return try callOnText(builtin, values[0], range: range)
        case .abs, .round, .days, .hours, .date:
            return try callOnValue(builtin, values, range: range)
        }
    }

    /// The entries of a list argument (missing entries and blank texts left out), a step each;
    /// nil for a missing list.
    private func entries(_ builtin: Builtin, _ value: Value, range: Range<Int>) throws(EvaluationError) -> [Value]? {
        switch value {
        case .list(let items):
            try charge(items.count, at: range)
            for item in items { try Evaluator.readable(item, range) }
            return items.filter(\.isEntry)
        case .missing: return nil
        default: throw EvaluationError("`\(builtin.signature)` needs a list, found \(value.kindName) \(value.literal())", at: range)
        }
    }

    private func numbers(_ builtin: Builtin, _ value: Value, range: Range<Int>) throws(EvaluationError) -> [Number]? {
        guard let items = try entries(builtin, value, range: range) else { return nil }
        var numbers: [Number] = []
        for item in items {
            guard case .number(let number) = item else {
                throw EvaluationError("`\(builtin.rawValue)` adds up numbers, but the list holds \(item.kindName) \(item.literal())", at: range)
            }
            numbers.append(number)
        }
        return numbers
    }

    /// `count sum mean min max distinct sort consecutive`.
    private func callOnList(_ builtin: Builtin, _ values: [Value], range: Range<Int>) throws(EvaluationError) -> Value {
        let first = values[0]
        switch builtin {
        case .count:
            return .number(.integer(try entries(builtin, first, range: range)?.count ?? 0))
        case .sum:
            guard let numbers = try numbers(builtin, first, range: range) else { return .missing }
            return .number(numbers.reduce(Number.integer(0)) { $0.adding($1) })
        case .mean:
            guard let numbers = try numbers(builtin, first, range: range), !numbers.isEmpty else { return .missing }
            let total = numbers.reduce(Number.integer(0)) { $0.adding($1) }
            return .number(total.dividing(by: .integer(numbers.count))!)
        case .min, .max:
            let candidates: [Value]
            if values.count == 1 {
                guard let items = try entries(builtin, first, range: range) else { return .missing }
                candidates = items
            } else {
                candidates = values.filter(\.isEntry)
            }
            guard var best = candidates.first else { return .missing }
            for candidate in candidates.dropFirst() {
                guard let order = candidate.compare(best) else {
                    throw EvaluationError("cannot order \(candidate.kindName) \(candidate.literal()) and \(best.kindName) \(best.literal())", at: range)
                }
                if builtin == .min ? order < 0 : order > 0 { best = candidate }
            }
            return best
        case .distinct:
            guard let items = try entries(builtin, first, range: range) else { return .missing }
            // A hash table of the entries seen: a step per entry, not per pair of entries.
            var seen = Set<ValueKey>(minimumCapacity: items.count)
            return .list(items.filter { seen.insert(ValueKey(value: $0)).inserted })
        case .sort:
            guard let items = try entries(builtin, first, range: range) else { return .missing }
            try charge(items.count * (Int.bitWidth - items.count.leadingZeroBitCount), at: range)
            var failure: EvaluationError?
            let sorted = items.sorted { a, b in
                guard let order = a.compare(b) else {
                    failure = EvaluationError("cannot order \(a.kindName) \(a.literal()) and \(b.kindName) \(b.literal())", at: range)
                    return false
                }
                return order < 0
            }
            if let failure { throw failure }
            return .list(sorted)
        case .consecutive:
            guard let items = try entries(builtin, first, range: range) else { return .missing }
            return .list(zip(items, items.dropFirst()).map { .record(Record([("before", $0), ("after", $1)])) })
        default:
            preconditionFailure("\(builtin) is not a function of a list")
        }
    }

    /// `length lower upper trim`: a step per 64 bytes of the text.
    private func callOnText(_ builtin: Builtin, _ value: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        let text: String
        switch value {
        case .text(let found):
            try charge(textBytes: found.utf8.count, at: range)
            text = found
        case .missing: return .missing
        default: throw EvaluationError("`\(builtin.signature)` needs a text, found \(value.kindName) \(value.literal())", at: range)
        }
        switch builtin {
        case .length: return .number(.integer(text.count))
        case .lower: return .text(try Evaluator.sized(text.lowercased(), at: range))
        case .upper: return .text(try Evaluator.sized(text.uppercased(), at: range))
        default:
            let scalars = text.unicodeScalars
            return .text(String(String.UnicodeScalarView(scalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed())))
        }
    }

    /// `abs round days hours date`.
    private func callOnValue(_ builtin: Builtin, _ values: [Value], range: Range<Int>) throws(EvaluationError) -> Value {
        let first = values[0]
        switch builtin {
        case .abs:
            switch first {
            case .number(let number): return .number(number.doubleValue < 0 ? number.negated : number)
            case .duration(let duration):
                guard duration.milliseconds < 0 || duration.months < 0 else { return first }
                guard let opposite = duration.negated else { throw .outOfRange("abs(\(duration))", at: range) }
                return .duration(opposite)
            case .missing: return .missing
            default: throw EvaluationError("`abs` needs a number or a duration, found \(first.kindName)", at: range)
            }
        case .round:
            guard case .number(let number) = first else {
                if first.isMissing { return .missing }
                throw EvaluationError("`round` needs a number, found \(first.kindName)", at: range)
            }
            var digits = 0
            if values.count == 2 {
                guard case .number(.integer(let places)) = values[1], (0...15).contains(places) else {
                    throw EvaluationError("`round` keeps 0 to 15 digits after the point, not \(values[1].literal())", at: range)
                }
                digits = places
            }
            if case .integer = number { return first }
            let scale = pow(10.0, Double(digits))
            return .number(.normalized((number.doubleValue * scale).rounded(.toNearestOrAwayFromZero) / scale))
        case .days, .hours:
            switch first {
            case .duration(let duration):
                guard duration.months == 0 else {
                    throw EvaluationError("\(duration) has no fixed number of \(builtin.rawValue): months differ in length", at: range)
                }
                let unit = builtin == .days ? DateTime.millisecondsPerDay : 3_600_000
                return .number(Number.integer(duration.milliseconds).dividing(by: .integer(unit))!)
            case .missing: return .missing
            default: throw EvaluationError("`\(builtin.signature)` needs a duration, found \(first.kindName)", at: range)
            }
        case .date:
            switch first {
            case .dateTime(let instant): return .date(instant.utcDate)
            case .date, .missing: return first
            default: throw EvaluationError("`date` needs a date-time, found \(first.kindName)", at: range)
            }
        default:
            preconditionFailure("\(builtin) is not a function of one value")
        }
    }
}
