/// A length of time: calendar months (a year is 12) plus an exact number of milliseconds
/// (a day is 24 hours, a week 7 days). Months are applied first when added to a date.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
    public var months: Int
    public var milliseconds: Int
    /// The unit it was written in (`35 days` stays "35 days", not "5 weeks"), for display only.
    public var unit: String?

    public init(months: Int = 0, milliseconds: Int = 0, unit: String? = nil) {
        self.months = months
        self.milliseconds = milliseconds
        self.unit = unit
    }

    public static func == (a: Duration, b: Duration) -> Bool { a.months == b.months && a.milliseconds == b.milliseconds }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(months)
        hasher.combine(milliseconds)
    }

    public static func days(_ count: Int) -> Duration { Duration(milliseconds: count * DateTime.millisecondsPerDay) }
    public static func hours(_ count: Int) -> Duration { Duration(milliseconds: count * 3_600_000) }

    /// The units a duration literal may use, singular and plural, and what one of each is.
    static let units: [String: Duration] = [
        "minute": Duration(milliseconds: 60_000, unit: "minute"), "minutes": Duration(milliseconds: 60_000, unit: "minute"),
        "hour": Duration(milliseconds: 3_600_000, unit: "hour"), "hours": Duration(milliseconds: 3_600_000, unit: "hour"),
        "day": Duration(milliseconds: 86_400_000, unit: "day"), "days": Duration(milliseconds: 86_400_000, unit: "day"),
        "week": Duration(milliseconds: 7 * 86_400_000, unit: "week"), "weeks": Duration(milliseconds: 7 * 86_400_000, unit: "week"),
        "month": Duration(months: 1, unit: "month"), "months": Duration(months: 1, unit: "month"),
        "year": Duration(months: 12, unit: "year"), "years": Duration(months: 12, unit: "year"),
    ]

    /// Whole days when the duration is an exact number of days with no months.
    public var wholeDays: Int? {
        months == 0 && milliseconds % DateTime.millisecondsPerDay == 0 ? milliseconds / DateTime.millisecondsPerDay : nil
    }

    func scaled(by factor: Int) -> Duration? {
        let (m, o1) = months.multipliedReportingOverflow(by: factor)
        let (s, o2) = milliseconds.multipliedReportingOverflow(by: factor)
        return o1 || o2 ? nil : Duration(months: m, milliseconds: s, unit: unit)
    }

    func adding(_ other: Duration) -> Duration? {
        let (m, o1) = months.addingReportingOverflow(other.months)
        let (s, o2) = milliseconds.addingReportingOverflow(other.milliseconds)
        return o1 || o2 ? nil : Duration(months: m, milliseconds: s, unit: unit == other.unit ? unit : nil)
    }

    var negated: Duration { Duration(months: -months, milliseconds: -milliseconds, unit: unit) }

    /// Reads as it would be written: `6 weeks`, `43 days`, `12 hours`, `1 year 2 months`, `-3 days`.
    public var description: String {
        if let unit, let one = Duration.units[unit] {
            if one.months != 0, milliseconds == 0, months % one.months == 0 { return Duration.count(months / one.months, unit) }
            if one.milliseconds != 0, months == 0, milliseconds % one.milliseconds == 0 {
                return Duration.count(milliseconds / one.milliseconds, unit)
            }
        }
        var parts: [String] = []
        if months != 0 {
            let years = months / 12
            let rest = months % 12
            if years != 0 { parts.append(Duration.count(years, "year")) }
            if rest != 0 { parts.append(Duration.count(rest, "month")) }
        }
        if milliseconds != 0 || parts.isEmpty {
            let ms = milliseconds
            let day = DateTime.millisecondsPerDay
            if ms % (7 * day) == 0, ms != 0 {
                parts.append(Duration.count(ms / (7 * day), "week"))
            } else if ms % day == 0 {
                parts.append(Duration.count(ms / day, "day"))
            } else {
                // Days, hours, minutes and seconds, leaving out those that are zero.
                let sign = ms < 0 ? -1 : 1
                var rest = abs(ms)
                for (size, unit) in [(day, "day"), (3_600_000, "hour"), (60_000, "minute"), (1000, "second")] where rest >= size {
                    parts.append(Duration.count(sign * (rest / size), unit))
                    rest %= size
                }
                if rest > 0 { parts.append("\(sign * rest) ms") }
            }
        }
        return parts.joined(separator: " ")
    }

    static func count(_ value: Int, _ unit: String) -> String {
        "\(value) \(unit)\(abs(value) == 1 ? "" : "s")"
    }
}
