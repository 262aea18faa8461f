@testable import IGFRules
import Testing

/// The words worked out from a rule's source are made once per key and run, nil ones included,
/// and the memo stays bounded.
@Suite struct WordingMemoTests {
    @Test func wordsAreMadeOnceForEachKeyAndGivenBackTheSame() {
        let memo = WordingMemo()
        var made: [String] = []
        let make: (String) -> String? = { key in
            made.append(key)
            return "words of \(key)"
        }
        #expect(memo.words("proposal.title", make) == "words of proposal.title")
        #expect(memo.words("proposal.title", make) == "words of proposal.title")
        #expect(memo.words("proposal.outreach.plan", make) == "words of proposal.outreach.plan")
        #expect(made == ["proposal.title", "proposal.outreach.plan"])
    }

    @Test func noWordsAreRememberedTooAndNotMadeAgain() {
        let memo = WordingMemo()
        var calls = 0
        let make: (String) -> String? = { _ in
            calls += 1
            return nil
        }
        #expect(memo.words("x", make) == nil)
        #expect(memo.words("x", make) == nil)
        #expect(calls == 1)
        #expect(memo.count == 1)
    }

    @Test func theMemoStartsAgainPastItsBoundSoMemoryStaysFlat() {
        let memo = WordingMemo()
        for index in 0..<(WordingMemo.maximumEntries + 10) { _ = memo.words("key \(index)") { $0 } }
        #expect(memo.count <= WordingMemo.maximumEntries)
        #expect(memo.words("key 3") { _ in "made again" } == "made again")
    }

    @Test func theSentenceOfAFailedIsNotEmptyIsTheSameWhenWordedAgain() {
        // The second wording comes from the memo and must read exactly as the first.
        let subject = Explanation(role: .value, range: 0..<0, value: .missing)
        var node = Explanation(role: .check, range: 0..<0, value: .bool(false), children: [subject], op: Check.notEmpty.rawValue)
        node.children[0].source = "proposal.outreach.organisations"
        let first = node.emptinessSentence([])
        #expect(first == "the proposal's outreach has no organisations")
        #expect(node.emptinessSentence([]) == first)
        #expect(node.emptinessSentence(["proposal"]) == nil)
    }
}
