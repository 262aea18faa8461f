/// A length of time: calendar months (a year is 12) plus an exact number of milliseconds
/// (a day is 24 hours, a week 7 days). Months are applied first when added to a date.
package struct Duration: Sendable, Hashable, CustomStringConvertible {
    package var months: Int
    package var milliseconds: Int
    /// The unit it was written in (`35 days` stays "35 days", not "5 weeks"), for display only.
    package var unit: String?

    package init(months: Int = 0, milliseconds: Int = 0, unit: String? = nil) {
        self.months = months
        self.milliseconds = milliseconds
        self.unit = unit
    }

    public static func == (a: Duration, b: Duration) -> Bool { a.months == b.months && a.milliseconds == b.milliseconds }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(months)
        hasher.combine(milliseconds)
    }

    package static func days(_ count: Int) -> Duration { Duration(milliseconds: count * DateTime.millisecondsPerDay) }
    package static func hours(_ count: Int) -> Duration { Duration(milliseconds: count * 3_600_000) }

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
    package var wholeDays: Int? {
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

    /// The opposite duration; nil when a part is the one 64-bit value with no opposite.
    var negated: Duration? {
        guard months != .min, milliseconds != .min else { return nil }
        return Duration(months: -months, milliseconds: -milliseconds, unit: unit)
    }

    /// Divided exactly by a whole number; nil when it does not divide evenly, or for `/ 0`, or
    /// when the quotient does not fit (the smallest duration divided by -1).
    func divided(by divisor: Int) -> Duration? {
        guard divisor != 0 else { return nil }
        let (m, o1) = months.dividedReportingOverflow(by: divisor)
        let (s, o2) = milliseconds.dividedReportingOverflow(by: divisor)
        guard !o1, !o2, m * divisor == months, s * divisor == milliseconds else { return nil }
        return Duration(months: m, milliseconds: s)
    }

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
                // On the magnitude, which exists for every 64-bit value (the smallest has no opposite).
                let sign = ms < 0 ? "-" : ""
                var rest = ms.magnitude
                for (size, unit) in [(UInt(day), "day"), (3_600_000, "hour"), (60_000, "minute"), (1000, "second")] where rest >= size {
                    parts.append(Duration.count(sign, rest / size, unit))
                    rest %= size
                }
                if rest > 0 { parts.append("\(sign)\(rest) ms") }
            }
        }
        return parts.joined(separator: " ")
    }

    static func count(_ value: Int, _ unit: String) -> String {
        "\(value) \(unit)\(value.magnitude == 1 ? "" : "s")"
    }

    private static func count(_ sign: String, _ magnitude: UInt, _ unit: String) -> String {
        "\(sign)\(magnitude) \(unit)\(magnitude == 1 ? "" : "s")"
    }
}
