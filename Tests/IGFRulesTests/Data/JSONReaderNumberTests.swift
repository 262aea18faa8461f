@testable import IGFRules
import Testing

/// `JSONReader` reads an integer of at most 18 digits from its bytes; longer ones, and numbers
/// with a fraction or an exponent, through their text. Both must give what `Int(_:)` and
/// `Double(_:)` give for the literal.
@Suite struct JSONReaderNumberTests {
    func number(_ text: String) -> Number? {
        var reader = JSONReader(bytes: Array(text.utf8))
        guard case .number(let number)? = try? reader.readDocument() else { return nil }
        return number
    }

    @Test func readsIntegersOfUpToEighteenDigitsAsTheirTextSays() {
        var digits = ""
        for digit in 1...18 {
            digits += String((digit * 7) % 10 == 0 ? 1 : (digit * 7) % 10)
            #expect(number(digits) == .integer(Int(digits)!))
            #expect(number("-" + digits) == .integer(-Int(digits)!))
        }
        #expect(number("0") == .integer(0))
        #expect(number("-0") == .integer(0))
        #expect(number("999999999999999999") == .integer(999_999_999_999_999_999))
        #expect(number("-999999999999999999") == .integer(-999_999_999_999_999_999))
    }

    @Test func readsLongerIntegersAtTheEdgesOfIntAndPastThem() {
        #expect(number("9223372036854775807") == .integer(Int.max))
        #expect(number("-9223372036854775808") == .integer(Int.min))
        #expect(number("1000000000000000000") == .integer(1_000_000_000_000_000_000))
        #expect(number("9223372036854775808") == .real(9_223_372_036_854_775_808))
    }

    @Test func leavesFractionsAndExponentsToTheirText() {
        #expect(number("12.5") == .real(12.5))
        #expect(number("-3e2") == .integer(-300))
        #expect(number("2.0") == .integer(2))
    }

    @Test func readsAnIntegerInARecordAndAListLikeAnyOther() {
        var reader = JSONReader(bytes: Array(#"{"a": [1, -20, 300], "b": 4000}"#.utf8))
        let value = try? reader.readDocument()
        #expect(value?.literal(limit: 100) == "{a: [1, -20, 300], b: 4000}")
    }
}
