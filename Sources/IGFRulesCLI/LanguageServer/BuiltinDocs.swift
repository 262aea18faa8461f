import IGFRules

/// What each built-in function does, for hover and completion.
enum BuiltinDocs {
    static func describe(_ builtin: Builtin) -> (signature: String, summary: String) {
        switch builtin {
        case .count: ("count(list)", "The number of entries of a list; blank texts and missing values do not count. `count(x in list where …)` counts those that meet a condition.")
        case .sum: ("sum(list of numbers)", "The sum of the numbers in a list; missing entries are left out.")
        case .mean: ("mean(list of numbers)", "The mean of the numbers in a list; missing entries are left out.")
        case .min: ("min(list) or min(a, b, …)", "The smallest entry.")
        case .max: ("max(list) or max(a, b, …)", "The largest entry.")
        case .distinct: ("distinct(list)", "The entries without repeats, in first-seen order.")
        case .sort: ("sort(list)", "The entries in ascending order.")
        case .length: ("length(text)", "The number of characters of a text.")
        case .abs: ("abs(number or duration)", "The value without its sign.")
        case .round: ("round(number) or round(number, digits)", "Rounded half away from zero, to whole numbers or to `digits` decimals.")
        case .days: ("days(duration)", "A duration as a number of days.")
        case .hours: ("hours(duration)", "A duration as a number of hours.")
        case .date: ("date(date-time)", "The calendar date of an instant, in UTC.")
        case .lower: ("lower(text)", "The text in lower case.")
        case .upper: ("upper(text)", "The text in upper case.")
        case .trim: ("trim(text)", "The text without white space at its ends.")
        case .consecutive: ("consecutive(list)", "Each entry with the one after it, as records `{before, after}`: `all p in consecutive(sort(dates)): p.after - p.before <= 35 days`.")
        }
    }
}
