/// A period that ends before it starts (an annual meeting from 17 to 2 November) is almost always
/// a typing mistake in one of its dates, and every rule that compares a date with the period would
/// be judged against it. A record type declares a period when it has dated `start` and `end`
/// fields (`RecordType.period`); the rules still read the dates as they are.
extension DataValidation {
    /// The record's start and end when both are dated and the end is earlier.
    static func endsBeforeStart(_ record: Record, shape: RecordType) -> (start: Value, end: Value)? {
        guard let period = shape.period else { return nil }
        let start = record.value(of: shape.fieldNames[period.start], hint: period.start)
        let end = record.value(of: shape.fieldNames[period.end], hint: period.end)
        guard start.isDated, end.isDated, let order = end.compare(start), order < 0 else { return nil }
        return (start, end)
    }

    /// "calendar.annual_meeting: ends on 2020-11-02, before it starts on 2020-11-17: …" (date-times
    /// end and start "at"), for the record at `path`.
    static func reversedPeriod(_ record: Record, shape: RecordType, path: [Conformance.Step]) -> Finding? {
        guard let (start, end) = endsBeforeStart(record, shape: shape) else { return nil }
        let on = if case .dateTime = end { "at" } else { "on" }
        return Finding(path: Conformance.pathText(path), steps: path,
                       message: "ends \(on) \(end.plain), before it starts \(on) \(start.plain): is one of the dates wrong?", kind: .doubtful)
    }
}

extension Value {
    /// A date or a date-time.
    fileprivate var isDated: Bool {
        switch self {
        case .date, .dateTime: true
        default: false
        }
    }
}
