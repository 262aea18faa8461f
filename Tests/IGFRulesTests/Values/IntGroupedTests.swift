@testable import IGFRules
import Testing

/// Counts and limits in messages read with their thousands set apart (`5,000,000`).
@Suite struct IntGroupedTests {
    @Test(arguments: [(0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (100_000, "100,000"),
                      (1_048_576, "1,048,576"), (-1_000, "-1,000"), (-999, "-999")])
    func thousandsAreSetApartByCommas(_ number: Int, _ expected: String) {
        #expect(number.grouped == expected)
    }

    @Test func theExtremesOfSixtyFourBitsDoNotTrap() {
        #expect(Int.max.grouped == "9,223,372,036,854,775,807")
        #expect(Int.min.grouped == "-9,223,372,036,854,775,808")
    }
}
