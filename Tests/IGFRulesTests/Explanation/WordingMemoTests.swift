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

    @Test func theSentenceOfAFailedAnyIsTheSameWhenWordedAgainWithEachCount() {
        // The words come from the memo after the first time; only the count is the node's own.
        func node(_ items: [Value]) -> Explanation {
            let list = Explanation(role: .value, range: 0..<0, value: .list(items))
            var node = Explanation(role: .quantifier, range: 0..<0, value: .bool(false), children: [list])
            node.source = "any f in proposal.facilitators: f.mag_member"
            node.children[0].source = "proposal.facilitators"
            return node
        }
        let two = node([.bool(false), .bool(false)])
        #expect(two.noneMarkedSentence == "no facilitator is marked as MAG member (2 listed)")
        #expect(two.noneMarkedSentence == "no facilitator is marked as MAG member (2 listed)")
        #expect(node([.bool(false)]).noneMarkedSentence == "no facilitator is marked as MAG member (1 listed)")
        #expect(node([]).noneMarkedSentence == "no facilitators are listed")
    }

    @Test func aCountedNounIsTheSameWhenWordedAgain() {
        let first = Explanation.countedNoun("count(f in proposal.facilitators where f.name is not empty)")
        let again = Explanation.countedNoun("count(f in proposal.facilitators where f.name is not empty)")
        #expect(first?.phrase(false) == "facilitators with a name")
        #expect(again?.phrase(true) == first?.phrase(true))
        #expect(Explanation.countedNoun("proposal.title") == nil)
    }
}
