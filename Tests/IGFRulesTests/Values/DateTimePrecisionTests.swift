@testable import IGFRules
import Testing

/// Date-times keep their fraction to the nanosecond (1 µs late is late) and read a leap second.
@Suite struct DateTimePrecisionTests {
    private func instant(_ text: String) throws -> DateTime {
        try DateTime.parse(text).get()
    }

    @Test func aMicrosecondLaterIsLater() throws {
        let due = try instant("2020-11-11T02:30:00Z")
        let late = try instant("2020-11-11T02:30:00.000001Z")
        #expect(due < late)
        #expect(due != late)
        let same = try instant("2020-11-11T02:30:00.000000Z")
        #expect(same == due)
    }

    @Test func keepsTheFractionWhenWrittenAndMoved() throws {
        let late = try instant("2020-11-11T04:30:00.0000015+02:00")
        #expect(late.description == "2020-11-11T04:30:00.0000015+02:00")
        #expect(late.inUTC.hasPrefix("2020-11-11T02:30:00.0000015Z"))
        #expect(late.adding(milliseconds: 1_000)?.description == "2020-11-11T04:30:01.0000015+02:00")
        let half = try instant("2020-11-11T02:30:00.5Z")
        #expect(half.description == "2020-11-11T02:30:00.500Z")
    }

    @Test func readsALeapSecondAsTheEndOfTheSecondBeforeIt() throws {
        let leap = try instant("2016-12-31T23:59:60Z")
        let before = try instant("2016-12-31T23:59:59.999999Z")
        let after = try instant("2017-01-01T00:00:00Z")
        #expect(leap > before)
        #expect(leap < after)
        #expect(DateTime.parse("2016-12-31T23:59:61Z") == .failure(.invalidTime))
    }
}
