@testable import IGFRules
import Testing

/// The time axis of the HTML timeline: a step chosen from the span, never thousands of ticks.
@Suite struct HTMLTimelineTicksTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int { CivilDate(year: year, month: month, day: day)!.daysSinceEpoch }

    @Test func aYearIsTickedMonthlyWithTheYearOnJanuaryAndTheFirstTick() {
        let ticks = HTMLTimeline.ticks(from: Self.day(2021, 3, 20), to: Self.day(2022, 2, 10))
        #expect(ticks.map(\.label) == ["Apr 2021", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2022", "Feb"])
        #expect(ticks.first?.day == Self.day(2021, 4, 1))
    }

    @Test(arguments: [(1900, 2100, "1900"), (2000, 2030, "2000"), (1, 9999, "1000"), (2001, 2009, "Jan 2001")])
    func anySpanHasAtMostThreeDozenTicks(_ from: Int, _ to: Int, _ first: String) {
        let ticks = HTMLTimeline.ticks(from: Self.day(from, 1, 1), to: Self.day(to, 12, 30))
        #expect(ticks.count <= 37)
        #expect(ticks.count >= 8)
        #expect(ticks.first?.label == first)
    }
}
