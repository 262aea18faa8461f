@testable import IGFRules
import Testing

/// Texts compare code point by code point once trimmed: canonically equivalent forms (NFC `é`,
/// NFD `e` + U+0301) are different texts, and white space around a text does not count, for `=`,
/// `in`, `distinct` and order alike; case and inner spaces matter.
@Suite struct TextExactnessTests {
    @Test(arguments: [
        ("\"Caf\u{e9}\" = \"Cafe\u{301}\"", "no"), ("\"Caf\u{e9}\" = \"Caf\u{e9}\"", "yes"),
        ("\"Cafe\u{301}\" in [\"Caf\u{e9}\"]", "no"), ("\"Caf\u{e9}\" in [\"Caf\u{e9}\"]", "yes"),
        ("count(distinct([\"\u{c1}\", \"A\u{301}\"]))", "2"), ("\"A\u{301}\" < \"\u{c1}\"", "yes"),
    ])
    func canonicallyEquivalentTextsAreDifferent(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }

    @Test(arguments: [
        ("\" Data \" = \"Data\"", "yes"), ("\"Data\\t\" = \"Data\"", "yes"), ("\"\u{a0}A\" = \"A\"", "yes"),
        ("\" Data\" in [\"Data \", \"Trust\"]", "yes"), ("count(distinct([\"A\", \" A\", \"A \"]))", "1"),
        ("\" b\" < \"a\"", "no"), ("\" a\" != \"a\"", "no"),
        ("\"Amina  K.\" = \"Amina K.\"", "no"), ("\"data\" = \"Data\"", "no"), ("\" \" = \"\"", "yes"),
        ("\" a\" = \"a \"", "yes"), ("\"\" = \"\"", "yes"), ("\"ab\" = \"ba\"", "no"),
    ])
    func whiteSpaceAroundATextDoesNotCountButCaseAndInnerSpacesDo(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }

    @Test func aLongListLookupAgreesWithTheShortOne() {
        let entries = (0..<40).map { "\"t\($0)\"" }.joined(separator: ", ")
        #expect(Support.show("\"Cafe\u{301}\" in [\(entries), \"Caf\u{e9}\"]") == "no")
        #expect(Support.show("\"Caf\u{e9}\" in [\(entries), \"Caf\u{e9}\"]") == "yes")
        #expect(Support.show("\" Caf\u{e9}\" in [\(entries), \"Caf\u{e9} \"]") == "yes")
    }
}
