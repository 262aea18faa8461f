@testable import IGFRules
import Testing

/// Arithmetic at the 64-bit limits gives a value or an `error` result ("out of range"), never a trap.
@Suite struct ArithmeticLimitTests {
    /// The smallest number of months a duration can hold, written so that the lexer accepts it.
    let smallestMonths = "(-9223372036854775807 months - 1 month)"

    @Test(arguments: [
        "-(-9223372036854775807 months - 1 month)",
        "abs(-9223372036854775807 months - 1 month)",
        "1 month - (-9223372036854775807 months - 1 month)",
        "9223372036854775807 months + 1 month",
        "4611686018427387904 months * 2",
    ])
    func durationsBeyondTheLimitAreOutOfRange(_ expression: String) {
        #expect(Support.show(expression).hasPrefix("error: out of range"))
    }

    @Test(arguments: ["2021-01-01 - (-9223372036854775807 months - 1 month)", "2021-01-01T00:00:00Z - (-9223372036854775807 months - 1 month)"])
    func subtractingTheSmallestDurationFromADateIsOutsideTheYears(_ expression: String) {
        #expect(Support.show(expression).hasPrefix("error: \(expression.prefix(10))"))
        #expect(Support.show(expression).hasSuffix("is after 9999-12-31, outside the years 0001–9999"))
    }

    @Test func theSmallestDurationDividedByMinusOneIsAnErrorNotATrap() {
        #expect(Support.show("\(smallestMonths) / -1").hasPrefix("error:"))
        #expect(Support.show("\(smallestMonths) / 2") == "-384307168202282325 years -4 months")
    }

    @Test func theSmallestDurationPrintsWithoutTrapping() {
        #expect(Support.show(smallestMonths) == "-9223372036854775808 months")
        #expect(Duration(months: Int.min).description == "-768614336404564650 years -8 months")
        #expect(Duration(months: Int.min, unit: "month").description == "-9223372036854775808 months")
        #expect(Duration(milliseconds: Int.min).description.hasPrefix("-106751991167 days"))
    }

    @Test func theSmallestIntegerNegatesToAReal() {
        #expect(Support.show("-(-9223372036854775807 - 1)") == "9.22337203685478e+18")
        #expect(Support.show("abs(-9223372036854775807 - 1)") == "9.22337203685478e+18")
        #expect(Support.show("(-9223372036854775807 - 1) / -1") == "9.22337203685478e+18")
        #expect(Support.show("9223372036854775807 + 1") == "9.22337203685478e+18")
    }
}

/// Hints computed at the limits: a hint that cannot be computed is left out, never a trap.
@Suite struct HintLimitTests {
    func hint(_ condition: String, _ json: String) throws -> String? {
        let (program, diagnostics) = Support.program("ruleset t for proposal\nrule r \"R\"\n  require \(condition)\n")
        let checked = try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: checked)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: json)) else { throw Support.Failure("bad JSON") }
        bindings.bind("proposal", to: value)
        let results = RuleRunner(program: checked, today: CivilDate(parsing: "2021-03-01")!).check(data: bindings.values)
        return results.first?.results.first?.hint
    }

    /// The gap from the smallest integer is computed without a trap; the side is arithmetic, not
    /// data, so no hint is shown for it.
    @Test func theSmallestIntegerBelowAMinimumDoesNotTrapAndArithmeticGetsNoHint() throws {
        #expect(try hint("count(proposal.facilitators) - 9223372036854775807 - 1 >= 15", #"{"id": "p"}"#) == nil)
    }

    @Test func nothingIsGreaterThanTheLargestIntegerSoThereIsNoHint() throws {
        #expect(try hint("count(proposal.facilitators) > 9223372036854775807", #"{"id": "p"}"#) == nil)
    }

    @Test func anEqualityHintNamesTheValueWithoutOrMore() throws {
        #expect(try hint("count(proposal.facilitators) = 5", #"{"id": "p", "facilitators": [{"name": "A"}, {"name": "B"}, {"name": "C"}]}"#)
            == "needs 2 more facilitators")
        #expect(try hint("5 = count(proposal.facilitators)", #"{"id": "p", "facilitators": [{"name": "A"}]}"#)
            == "needs 4 more facilitators")
    }

    @Test func anInequalityHintSaysAnythingButTheValue() throws {
        #expect(try hint("count(proposal.facilitators) != 1", #"{"id": "p", "facilitators": [{"name": "A"}]}"#)
            == "would pass if `count(proposal.facilitators)` were anything but 1")
    }

    @Test func noHintSuggestsADateBeforeTheYearOne() throws {
        #expect(try hint("proposal.submitted < 0001-01-01", #"{"id": "p", "submitted": "2021-02-25"}"#) == nil)
        #expect(try hint("proposal.submitted > 9999-12-31", #"{"id": "p", "submitted": "2021-02-25"}"#) == nil)
    }
}
