/// One zone for every time in a report: UTC, with the local time beside it when the data gave
/// another offset.
extension DateTime {
    /// `2020-11-24T07:50:00Z`, or `2020-11-24T07:50:00Z (15:50 at +08:00)` for a time written
    /// with an offset, with the local date when it is another day:
    /// `2020-11-10T18:00:00Z (2020-11-11 08:00 at +14:00)`.
    package var inUTC: String {
        let utc = written(atOffset: 0).description
        guard offsetMinutes != 0 else { return utc }
        let local = description
        guard let t = local.firstIndex(of: "T") else { return utc }
        let clock = local[local.index(after: t)...].prefix(5)
        let day = local[..<t]
        let date = day == utc.prefix { $0 != "T" } ? "" : "\(day) "
        return "\(utc) (\(date)\(clock) at \(local.suffix(6)))"
    }
}
