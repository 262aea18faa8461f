@testable import IGFRulesCLI
import Testing

/// The file name after `:save`: the rest of the line, or a quoted name.
@Suite struct ReplFileNameTests {
    @Test(arguments: [
        (":save out.json", "out.json"),
        (":save out with space.json", "out with space.json"),
        (":save   padded.json  ", "padded.json"),
        (":save \"q.json\"", "q.json"),
        (":save \"my \\\"quoted\\\" file.json\"", "my \"quoted\" file.json"),
    ])
    func theNameIsTheRestOfTheLine(_ line: String, _ name: String) {
        #expect(ReplFileName.parse(afterCommandIn: line) == .success(name))
    }

    @Test func problemsAreNamed() {
        #expect(ReplFileName.parse(afterCommandIn: ":save") == .failure(.none))
        #expect(ReplFileName.parse(afterCommandIn: ":save \"open.json") == .failure(.unclosedQuote))
        #expect(ReplFileName.parse(afterCommandIn: ":save \"a.json\" b") == .failure(.textAfterQuote(" b")))
    }
}
