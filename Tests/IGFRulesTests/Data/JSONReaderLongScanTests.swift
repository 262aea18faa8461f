@testable import IGFRules
import Testing

/// `JSONReader.plainTextEnd` reads sixteen bytes a turn, then eight, then one: over texts longer
/// than a few turns, a stopper anywhere (in either word of a turn, or in the tail) is found
/// where a byte-at-a-time scan finds it, and the ASCII answer covers only the bytes before it.
@Suite struct JSONReaderLongScanTests {
    func expected(_ bytes: [UInt8], from start: Int, to limit: Int) -> Int {
        (start..<limit).first { bytes[$0] == 0x22 || bytes[$0] == 0x5C || bytes[$0] < 0x20 } ?? limit
    }

    @Test func findsOneStopperAtEveryOffsetOfALongText() {
        for stopper: UInt8 in [0x22, 0x5C, 0x01] {
            for position in 0..<70 {
                var bytes = Array(repeating: UInt8(ascii: "b"), count: 80)
                bytes[position] = stopper
                for start in [0, 3, 9] where start <= position {
                    #expect(JSONReader.plainTextEnd(bytes, from: start, to: 80) == (position, true))
                }
                bytes[position / 2] = 0xC3
                let found = JSONReader.plainTextEnd(bytes, from: 0, to: 80)
                #expect(found.stop == (position / 2 == position ? 80 : position))
            }
        }
    }

    @Test func agreesWithAByteAtATimeScanOnLongSeededRandomTexts() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<400 {
            let count = Int.random(in: 0...120, using: &random)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<40, using: &random) == 0
                    ? [UInt8(0x22), 0x5C, 0x1F, 0xE2][Int.random(in: 0..<4, using: &random)]
                    : [UInt8(ascii: "a"), 0x20, 0xA2, 0xDC, 0x7E][Int.random(in: 0..<5, using: &random)]
            }
            let start = count == 0 ? 0 : Int.random(in: 0..<count, using: &random)
            let limit = Int.random(in: start...count, using: &random)
            let stop = expected(bytes, from: start, to: limit)
            let found = JSONReader.plainTextEnd(bytes, from: start, to: limit)
            #expect(found.stop == stop)
            #expect(found.isASCII == bytes[start..<stop].allSatisfy { $0 < 0x80 })
        }
    }
}
