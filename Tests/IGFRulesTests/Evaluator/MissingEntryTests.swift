@testable import IGFRules
import Testing

/// A missing (`null`) entry of a list is no entry: `count` leaves it out, and so do `all`, `any`,
/// `none` and comprehensions, so that a rule's count and its verdict agree.
@Suite struct MissingEntryTests {
    @Test(arguments: [
        ("all x in [missing]: x > 1", "yes"), ("any x in [missing]: x is missing", "no"),
        ("none x in [missing, 3]: x is missing", "yes"), ("all x in [1, missing, 3]: x > 0", "yes"),
        ("all x in [missing, 0]: x > 0", "no"), ("count(x in [missing, 2] where x is missing)", "0"),
        ("[x for x in [missing, 2, missing]]", "[2]"), ("[x in [missing, 5] where not (x > 3)]", "[]"),
        ("count([missing])", "0"),
    ])
    func skipsAMissingEntryAsCountDoes(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }
}
