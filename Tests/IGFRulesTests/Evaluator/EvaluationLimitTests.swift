@testable import IGFRules
import Testing

/// The bounds on what one evaluation builds and does: list length, text size, steps in
/// proportion to work, and `in` / `distinct` by hashing with the same answers as before.
@Suite struct EvaluationLimitTests {
    /// A definition that doubles `start` `times` times with `++`, and the expression `use` of it.
    func doubled(_ start: String, _ times: Int, _ use: String) -> String {
        var extra = "define d0 = \(start)\n"
        for n in 1...times { extra += "define d\(n) = d\(n - 1) ++ d\(n - 1)\n" }
        return Support.show(use.replacingOccurrences(of: "D", with: "d\(times)"), extra: extra)
    }

    @Test func aListLongerThanTheLimitIsAnError() {
        #expect(doubled("[1, 2, 3, 4, 5, 6, 7]", 17, "count(D)") == "917504")
        #expect(doubled("[1, 2, 3, 4, 5, 6, 7, 8]", 17, "count(D)")
            == "error: this rule builds a list of 1,048,576 entries; an evaluation may build lists of at most 1,000,000 entries")
    }

    @Test func aTextLargerThanTheLimitIsAnError() {
        #expect(doubled("\"0123456789abcdef\"", 18, "length(D)") == "4194304")
        #expect(doubled("\"0123456789abcdefg\"", 18, "length(D)")
            == "error: this rule builds a text of 4,456,448 bytes; an evaluation may build texts of at most 4 MB")
    }

    @Test func aMessageShowingAHugeListNamesTwentyEntriesAndCountsTheRest() {
        let shown = doubled("[\"ab\"]", 19, "\"{D}\"")
        #expect(shown == "\"" + Array(repeating: "ab", count: 20).joined(separator: ", ") + " and 524,268 more\"")
    }

    @Test func aMessageShowingHugeTextsStopsAtTheTextLimit() {
        #expect(doubled("\"0123456789abcdef\"", 18, "\"{D}{D}\"").hasPrefix("error: this rule builds a text of"))
    }

    /// The definition `name` among `definitions`, evaluated with at most `stepLimit` steps.
    func evaluated(_ definitions: String, _ name: String, stepLimit: Int) throws -> Result<Value, EvaluationError> {
        let checked = try #require(Support.program(definitions).0)
        let evaluator = Evaluator(program: checked, data: DataBindings(program: checked).values, today: CivilDate(daysSinceEpoch: 0))
        evaluator.stepLimit = stepLimit
        let code = try #require(checked.definitions.first { $0.name == name }).code
        return Result { () throws(EvaluationError) in try evaluator.evaluate(code) }
    }

    @Test func workIsCountedPerElementSoTheStepLimitStopsQuadraticWork() throws {
        // Three joins copy 20, 30 and 40 entries: more than 100 steps with the evaluation of each part.
        let joined = try evaluated("define xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\ndefine big = xs ++ xs ++ xs ++ xs\n", "big", stepLimit: 100)
        #expect(throws: EvaluationError.self) { try joined.get() }
    }

    @Test func theStepLimitIsNamedWithItsThousandsSetApart() throws {
        let cubed = try evaluated("define xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
                                  + "define pairs = count(x in xs where all y in xs: all z in xs: y = z or x = x)\n", "pairs", stepLimit: 1_000)
        guard case .failure(let error) = cubed else {
            Issue.record("10 × 10 × 10 comparisons stayed within 1,000 steps")
            return
        }
        #expect(error.message == "stopped after 1,000 evaluation steps: this rule does too much work for one subject")
    }

    @Test(arguments: [
        ("2021-02-23 in [2021-02-23T10:00:00Z, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]", "yes"),
        ("2 in [2.0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]", "yes"),
        ("\"e\u{301}\" in [\"\u{e9}\", \"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\", \"m\", \"n\", \"o\"]", "no"),
        ("[1, 2] in [[1, 2], [3], [4], [5], [6], [7], [8], [9], [10], [11], [12], [13], [14], [15], [16], [17]]", "yes"),
        ("{a: 1, b: 2} in [{b: 2, a: 1}, {a: 2}, {a: 3}, {a: 4}, {a: 5}, {a: 6}, {a: 7}, {a: 8}, {a: 9}, {a: 10}, {a: 11}, {a: 12}, {a: 13}, {a: 14}, {a: 15}, {a: 16}]", "yes"),
        ("18 in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]", "no"),
        ("1 day in [24 hours, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]", "yes"),
    ])
    func hashedMembershipAgreesWithEquality(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }

    @Test func distinctKeepsTheFirstOfEachEqualGroupInOrder() {
        #expect(Support.show("distinct([3, 1, 3.0, 2, 1, 2021-02-23, 2021-02-23T09:00:00Z])") == "[3, 1, 2, 2021-02-23]")
    }

    @Test func aListInALongerListIsFoundThroughTheSameTableEachTime() {
        let extra = "define names = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\", \"m\", \"n\", \"o\", \"p\", \"q\"]\n"
        #expect(Support.show("count(x in names where x in names)", extra: extra) == "17")
    }
}

/// `part in text` in linear time, with the answers of a plain search.
@Suite struct TextSearchTests {
    @Test(arguments: [
        ("abc", "b", true), ("abc", "", false), ("", "", false), ("abc", "abcd", false), ("aaab", "aab", true),
        ("abababc", "ababc", true), ("caf\u{e9}", "e\u{301}", true), ("cafe\u{301}", "e", false), ("Hello", "hello", false),
    ])
    func findsWhatAPlainSearchFinds(_ text: String, _ part: String, _ found: Bool) {
        #expect(text.containsText(part) == found)
    }

    @Test func aWorstCaseForNaiveSearchIsLinear() {
        let text = String(repeating: "a", count: 1_000_000)
        let part = String(repeating: "a", count: 50_000) + "b"
        #expect(!text.containsText(part))
        #expect((text + "b").containsText(part))
    }
}
