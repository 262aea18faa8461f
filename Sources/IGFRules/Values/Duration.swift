/// A length of time: calendar months (a year is 12) plus an exact number of milliseconds
/// (a day is 24 hours, a week 7 days). Months are applied first when added to a date.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
    public var months: Int
    public var milliseconds: Int

    public init(months: Int = 0, milliseconds: Int = 0) {
        self.months = months
        self.milliseconds = milliseconds
    }

    public static func days(_ count: Int) -> Duration { Duration(milliseconds: count * DateTime.millisecondsPerDay) }
    public static func hours(_ count: Int) -> Duration { Duration(milliseconds: count * 3_600_000) }

    /// The units a duration literal may use, singular and plural, and what one of each is.
    static let units: [String: Duration] = [
        "minute": Duration(milliseconds: 60_000), "minutes": Duration(milliseconds: 60_000),
        "hour": .hours(1), "hours": .hours(1),
        "day": .days(1), "days": .days(1),
        "week": .days(7), "weeks": .days(7),
        "month": Duration(months: 1), "months": Duration(months: 1),
        "year": Duration(months: 12), "years": Duration(months: 12),
    ]

    /// Whole days when the duration is an exact number of days with no months.
    public var wholeDays: Int? {
        months == 0 && milliseconds % DateTime.millisecondsPerDay == 0 ? milliseconds / DateTime.millisecondsPerDay : nil
    }

    func scaled(by factor: Int) -> Duration? {
        let (m, o1) = months.multipliedReportingOverflow(by: factor)
        let (s, o2) = milliseconds.multipliedReportingOverflow(by: factor)
        return o1 || o2 ? nil : Duration(months: m, milliseconds: s)
    }

    func adding(_ other: Duration) -> Duration? {
        let (m, o1) = months.addingReportingOverflow(other.months)
        let (s, o2) = milliseconds.addingReportingOverflow(other.milliseconds)
        return o1 || o2 ? nil : Duration(months: m, milliseconds: s)
    }

    var negated: Duration { Duration(months: -months, milliseconds: -milliseconds) }

    /// Reads as it would be written: `6 weeks`, `43 days`, `12 hours`, `1 year 2 months`, `-3 days`.
    public var description: String {
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
            } else if ms % 3_600_000 == 0 {
                parts.append(Duration.count(ms / 3_600_000, "hour"))
            } else if ms % 60_000 == 0 {
                let minutes = ms / 60_000
                if abs(minutes) > 60 {
                    parts.append(Duration.count(minutes / 60, "hour"))
                    parts.append(Duration.count(abs(minutes % 60), "minute"))
                } else {
                    parts.append(Duration.count(minutes, "minute"))
                }
            } else {
                parts.append(Number.normalized(Double(ms) / 1000).description + " seconds")
            }
        }
        return parts.joined(separator: " ")
    }

    static func count(_ value: Int, _ unit: String) -> String {
        "\(value) \(unit)\(abs(value) == 1 ? "" : "s")"
    }
}
