/// An instant, kept as milliseconds since 1970-01-01T00:00:00Z plus the nanoseconds past that
/// millisecond (so that a date-time written to the microsecond compares exactly), with the zone
/// offset it was written in (for display only: two date-times are equal when they are the same
/// instant). Durations, and so differences of date-times, are whole milliseconds.
///
/// The nanoseconds and the offset (at most 18 hours either way) are kept in 32 bits each, so that
/// a date-time takes 16 bytes: the size of a text, the largest payload a `Value` holds inline, so
/// that every value is 17 bytes to copy and return instead of 25.
package struct DateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let millisecondsSinceEpoch: Int
    private let storedNanoseconds: Int32
    private let storedOffsetMinutes: Int32

    /// The part of the instant below a millisecond, 0 ..< 1,000,000.
    package var nanoseconds: Int { Int(storedNanoseconds) }
    package var offsetMinutes: Int { Int(storedOffsetMinutes) }

    package init(millisecondsSinceEpoch: Int, offsetMinutes: Int = 0, nanoseconds: Int = 0) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
        storedOffsetMinutes = Int32(offsetMinutes)
        storedNanoseconds = Int32(nanoseconds)
    }

    /// The start of a date's UTC day.
    package init(startOf date: CivilDate) {
        self.init(millisecondsSinceEpoch: date.daysSinceEpoch * DateTime.millisecondsPerDay)
    }

    static let millisecondsPerDay = 86_400_000

    /// The calendar date of this instant in UTC.
    package var utcDate: CivilDate {
        CivilDate(daysSinceEpoch: floorDivide(millisecondsSinceEpoch, DateTime.millisecondsPerDay))
    }

    public static func == (a: DateTime, b: DateTime) -> Bool {
        a.millisecondsSinceEpoch == b.millisecondsSinceEpoch && a.nanoseconds == b.nanoseconds
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(millisecondsSinceEpoch)
        hasher.combine(nanoseconds)
    }
    public static func < (a: DateTime, b: DateTime) -> Bool {
        (a.millisecondsSinceEpoch, a.nanoseconds) < (b.millisecondsSinceEpoch, b.nanoseconds)
    }

    /// The same instant written in another offset.
    package func written(atOffset minutes: Int) -> DateTime {
        DateTime(millisecondsSinceEpoch: millisecondsSinceEpoch, offsetMinutes: minutes, nanoseconds: nanoseconds)
    }

    package func adding(milliseconds: Int) -> DateTime? {
        let (sum, overflow) = millisecondsSinceEpoch.addingReportingOverflow(milliseconds)
        guard !overflow else { return nil }
        let result = DateTime(millisecondsSinceEpoch: sum, offsetMinutes: offsetMinutes, nanoseconds: nanoseconds)
        return result.utcDate.isValidYear ? result : nil
    }

    /// Adds calendar months to the date as written (in its own offset), keeping the time of day;
    /// the day is clamped to the target month's last day.
    package func adding(months: Int) -> DateTime? {
        let local = millisecondsSinceEpoch + offsetMinutes * 60_000
        let day = floorDivide(local, DateTime.millisecondsPerDay)
        let timeOfDay = local - day * DateTime.millisecondsPerDay
        guard let moved = CivilDate(daysSinceEpoch: day).adding(months: months) else { return nil }
        let movedLocal = moved.daysSinceEpoch * DateTime.millisecondsPerDay + timeOfDay
        return DateTime(millisecondsSinceEpoch: movedLocal - offsetMinutes * 60_000, offsetMinutes: offsetMinutes, nanoseconds: nanoseconds)
    }

    /// ISO 8601 in the offset it was written in: `2020-11-10T16:30:00+02:00`, `…Z` for UTC.
    public var description: String {
        let local = millisecondsSinceEpoch + offsetMinutes * 60_000
        let day = floorDivide(local, DateTime.millisecondsPerDay)
        var rest = local - day * DateTime.millisecondsPerDay
        let millis = rest % 1000
        rest /= 1000
        var text = CivilDate(daysSinceEpoch: day).description + "T" + pad(rest / 3600, 2) + ":"
            + pad(rest / 60 % 60, 2) + ":" + pad(rest % 60, 2)
        if millis != 0 || nanoseconds != 0 { text += "." + pad(millis, 3) }
        if nanoseconds != 0 {
            var digits = pad(nanoseconds, 6)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += digits
        }
        if offsetMinutes == 0 { return text + "Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        return text + sign + pad(abs(offsetMinutes) / 60, 2) + ":" + pad(abs(offsetMinutes) % 60, 2)
    }

    /// Why a text is not a date-time.
    package enum ParseProblem: Error, Equatable, Sendable {
        case notADateTime
        case invalidDate
        case invalidTime
        /// An offset beyond ±18:00, or with 60 minutes or more.
        case invalidZone
        case missingZone
    }

    /// Parses `YYYY-MM-DDThh:mm[:ss[.fff]]` followed by `Z` or `±hh:mm` (or `±hhmm`). The
    /// fraction is kept to the nanosecond (digits beyond are dropped). A leap second (`:60`,
    /// RFC 3339) is read as the last nanosecond of the second before it.
    package static func parse(_ text: some StringProtocol) -> Result<DateTime, ParseProblem> {
        parse(bytes: Array(text.utf8))
    }

    static func parse(bytes: [UInt8]) -> Result<DateTime, ParseProblem> {
        guard let (year, month, day) = CivilDate.fields(bytes, 0), bytes.count > 10,
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t")
        else { return .failure(.notADateTime) }
        guard let date = CivilDate(year: year, month: month, day: day) else { return .failure(.invalidDate) }
        var index = 11
        guard let hour = CivilDate.digits(bytes, index, 2), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ":"),
            let minute = CivilDate.digits(bytes, index + 3, 2)
        else { return .failure(.notADateTime) }
        index += 5
        var second = 0
        var fraction = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let value = CivilDate.digits(bytes, index + 1, 2) else { return .failure(.notADateTime) }
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                var scale = 100_000_000
                let fractionStart = index
                while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                    fraction += Int(bytes[index] - UInt8(ascii: "0")) * scale
                    scale /= 10
                    index += 1
                }
                if index == fractionStart { return .failure(.notADateTime) }
            }
        }
        if second == 60 { (second, fraction) = (59, 999_999_999) }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.invalidTime) }
        guard index < bytes.count else { return .failure(.missingZone) }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            guard let hours = CivilDate.digits(bytes, index + 1, 2) else { return .failure(.notADateTime) }
            index += 3
            var minutes = 0
            if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
            if index < bytes.count {
                guard let value = CivilDate.digits(bytes, index, 2) else { return .failure(.notADateTime) }
                minutes = value
                index += 2
            }
            guard hours * 60 + minutes <= 18 * 60, minutes < 60 else { return .failure(.invalidZone) }
            offset = sign * (hours * 60 + minutes)
        default:
            return .failure(.notADateTime)
        }
        guard index == bytes.count else { return .failure(.notADateTime) }
        let localMillis = date.daysSinceEpoch * millisecondsPerDay + ((hour * 60 + minute) * 60 + second) * 1000 + fraction / 1_000_000
        return .success(DateTime(millisecondsSinceEpoch: localMillis - offset * 60_000, offsetMinutes: offset, nanoseconds: fraction % 1_000_000))
    }
}

func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
}
