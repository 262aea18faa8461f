@testable import IGFRules
import Testing

/// A date-time keeps its nanoseconds and zone offset in 32 bits each: the extremes read back
/// unchanged, and a value stays as small as a text's.
@Suite struct DateTimeStorageTests {
    @Test func theLargestFractionAndOffsetsReadBack() throws {
        let east = try DateTime.parse("2020-11-11T23:59:59.999999999+18:00").get()
        #expect(east.offsetMinutes == 18 * 60)
        #expect(east.nanoseconds == 999_999)
        #expect(east.description == "2020-11-11T23:59:59.999999999+18:00")
        let west = try DateTime.parse("2020-11-11T00:00:00.000000001-18:00").get()
        #expect(west.offsetMinutes == -18 * 60)
        #expect(west.nanoseconds == 1)
        #expect(west.written(atOffset: -90).offsetMinutes == -90)
        #expect(west.written(atOffset: -90) == west)
    }

    @Test func aDateTimeIsAsLargeAsAText() {
        #expect(MemoryLayout<DateTime>.size == MemoryLayout<String>.size)
        #expect(MemoryLayout<Value>.size == MemoryLayout<String>.size + 1)
    }
}
