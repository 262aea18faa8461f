import Testing
@testable import IGFRules

/// The recorder notes each obligation of a rule once per list element, and a repeat of the same
/// place and element is dropped, in constant work per note.
@Suite struct ObligationRecorderTests {
    @Test func notesOneObligationPerElementAndDropsRepeats() {
        let recorder = ObligationRecorder()
        let due = Value.date(CivilDate(daysSinceEpoch: 18_000))
        for index in 0..<100_000 {
            recorder.enter(list: 0..<5, index: index, element: .missing)
            recorder.note(range: 10..<20, done: .missing, due: due)
            recorder.note(range: 10..<20, done: .missing, due: due)
            recorder.leave()
        }
        recorder.note(range: 10..<20, done: .missing, due: due)
        #expect(recorder.obligations.count == 100_001)
        #expect(recorder.obligations[99_999].position == 100_000)
        #expect(recorder.obligations.last?.position == nil)
    }
}
