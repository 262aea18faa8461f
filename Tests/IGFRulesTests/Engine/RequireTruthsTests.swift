@testable import IGFRules
import Testing

/// The truths of a rule's conditions, kept in one word for the first sixteen.
@Suite struct RequireTruthsTests {
    @Test func eachTruthRecordedIsReadBackAtItsPosition() {
        var truths = RequireTruths()
        let recorded: [Truth] = [.yes, .no, .unknown, .pending, .no, .yes]
        for (index, truth) in recorded.enumerated() { truths.record(truth, at: index) }
        #expect((0..<recorded.count).map { truths[$0] } == recorded)
        #expect(truths[recorded.count] == nil)
    }

    @Test func conditionsPastTheCapacityAreNotKnown() {
        var truths = RequireTruths()
        for index in 0..<(RequireTruths.capacity + 2) { truths.record(.pending, at: index) }
        #expect(truths[RequireTruths.capacity - 1] == .pending)
        #expect(truths[RequireTruths.capacity] == nil)
        #expect(truths[RequireTruths.capacity + 1] == nil)
    }

    @Test func nothingRecordedIsNotKnown() {
        #expect(RequireTruths()[0] == nil)
    }
}
