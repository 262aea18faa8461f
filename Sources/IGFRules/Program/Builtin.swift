/// The functions rules may call. Each checks its arguments' kinds in the checker and computes
/// in `Evaluator+Builtins.swift`.
package enum Builtin: String, CaseIterable, Sendable {
    /// `count(list)`: the entries of a list (blank texts and missing values do not count).
    case count
    /// `sum(list)`, `mean(list)`: of the numbers in a list (missing entries are left out).
    case sum, mean
    /// `min(list)`, `max(list)`, or `min(a, b, …)`: the smallest or largest entry.
    case min, max
    /// `distinct(list)`: the entries without repeats, in first-seen order.
    case distinct
    /// `sort(list)`: the entries in ascending order.
    case sort
    /// `length(text)`: the number of characters.
    case length
    case abs
    /// `round(number)` or `round(number, digits)`: half away from zero.
    case round
    /// `days(duration)`, `hours(duration)`: a duration as a number of days or hours.
    case days, hours
    /// `date(date-time)`: the calendar date of an instant in UTC.
    case date
    case lower, upper, trim
    /// `consecutive(list)`: each entry with the one after it, as records `{before, after}`
    /// (`all p in consecutive(sort(dates)): p.after - p.before <= 35 days`).
    case consecutive

    /// How many arguments the function takes.
    var arity: ClosedRange<Int> {
        switch self {
        case .min, .max: 1...Int.max
        case .round: 1...2
        default: 1...1
        }
    }

    /// How the function is written, for messages.
    var signature: String {
        switch self {
        case .count: "count(list)"
        case .sum: "sum(list of numbers)"
        case .mean: "mean(list of numbers)"
        case .min: "min(list) or min(a, b, …)"
        case .max: "max(list) or max(a, b, …)"
        case .distinct: "distinct(list)"
        case .sort: "sort(list)"
        case .length: "length(text)"
        case .abs: "abs(number or duration)"
        case .round: "round(number) or round(number, digits)"
        case .days: "days(duration)"
        case .hours: "hours(duration)"
        case .date: "date(date-time)"
        case .lower: "lower(text)"
        case .upper: "upper(text)"
        case .trim: "trim(text)"
        case .consecutive: "consecutive(list)"
        }
    }
}
