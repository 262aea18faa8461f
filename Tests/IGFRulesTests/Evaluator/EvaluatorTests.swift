@testable import IGFRules
import Testing

/// The semantics of every operator and function, pinned by value. `Support.show` evaluates an
/// expression and writes its value as the REPL would (`missing` is an undecided truth).
@Suite struct EvaluatorTests {
    /// A data name with no declared shape, for values the checker cannot see.
    let untyped = "data thing any\n"

    @Test(arguments: [
        ("1 + 2 * 3", "7"), ("7 / 2", "3.5"), ("8 / 2", "4"), ("-(2 - 5)", "3"), ("0.1 + 0.2 = 0.3", "yes"),
        ("9223372036854775807 + 1 > 0", "yes"), ("\"a\" ++ \"b\"", "\"ab\""), ("[1] ++ [2, 3]", "[1, 2, 3]"),
        ("not 1 = 1", "no"), ("not 1 = 2", "yes"), ("not not yes", "yes"), ("2 >= 2", "yes"), ("2 > 2", "no"), ("\"B\" = \"b\"", "no"), ("\"a b\" != \"a  b\"", "yes"), ("\"ab\" < \"b\"", "yes"),
        ("3 in [1, 2, 3]", "yes"), ("4 not in [1, 2, 3]", "yes"), ("\"ell\" in \"hello\"", "yes"),
        ("2 is between 1 and 2", "yes"), ("3 is not between 1 and 2", "yes"),
        ("if 1 > 2 then \"a\" else \"b\"", "\"b\""), ("[10, 20, 30][2]", "20"), ("[10, 20][3]", "missing"),
        ("{a: 1, b: {c: 2}}.b.c", "2"), ("[{n: 1}, {n: 2}].n", "[1, 2]"),
    ])
    func computesOperators(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }

    @Test(arguments: [
        ("count([1, \"\", \" \", missing, 2])", "2"), ("count(missing)", "0"), ("count([\"a\", \"a\"])", "2"),
        ("sum([1, 2, 3.5])", "6.5"), ("sum([])", "0"), ("mean([1, 2])", "1.5"), ("mean([])", "missing"),
        ("min([3, 1, 2])", "1"), ("max(2021-01-05, 2021-03-01, 2020-12-31)", "2021-03-01"), ("min([])", "missing"),
        ("distinct([\"b\", \"a\", \"b\", \"\"])", "[\"b\", \"a\"]"), ("sort([3, 1, 2])", "[1, 2, 3]"),
        ("length(\"Zoë\")", "3"), ("abs(-2)", "2"), ("round(2.345, 2)", "2.35"), ("round(2.5)", "3"), ("round(-2.5)", "-3"),
        ("days(2021-03-01 - 2021-02-01)", "28"), ("hours(12 hours)", "12"), ("date(2020-11-10T23:30:00-02:00)", "2020-11-11"),
        ("lower(\"AbC\")", "\"abc\""), ("trim(\"  a b \")", "\"a b\""),
        ("count(x in [1, 2, 3] where x > 1)", "2"), ("[x * 2 for x in [1, 2, 3] where x != 2]", "[2, 6]"),
    ])
    func computesFunctions(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }

    // MARK: Missing data

    @Test(arguments: [
        ("proposal.title", "missing"), ("proposal.title is missing", "yes"), ("proposal.title is empty", "yes"),
        ("proposal.submitted < 2021-02-23", "missing"), ("not (proposal.submitted < 2021-02-23)", "missing"),
        ("proposal.submitted < 2021-02-23 and 1 = 2", "no"), ("proposal.submitted < 2021-02-23 or 1 = 1", "yes"),
        ("proposal.submitted < 2021-02-23 or 1 = 2", "missing"), ("count(proposal.facilitators)", "0"),
        ("all f in proposal.facilitators: f.mag_member", "yes"), ("any f in proposal.facilitators: f.mag_member", "no"),
        ("proposal.submitted + 2 days", "missing"), ("\"x\" in proposal.facilitators.name", "missing"),
        ("proposal.submitted is between 2021-01-01 and 2021-12-31", "missing"),
    ])
    func missingDataNeverMakesAConditionTrue(_ expression: String, _ expected: String) {
        #expect(Support.show(expression, data: ["proposal": "{\"id\": \"p\"}"]) == expected)
    }

    @Test func treatsNullLikeAnAbsentField() {
        #expect(Support.show("proposal.title is missing", data: ["proposal": "{\"title\": null}"]) == "yes")
    }

    @Test func quantifiersOverEmptyListsAndMissingEntries() {
        #expect(Support.show("all x in []: x > 1") == "yes")
        #expect(Support.show("any x in []: x > 1") == "no")
        #expect(Support.show("none x in []: x > 1") == "yes")
        #expect(Support.show("all x in [2, missing]: x > 1") == "yes")
        #expect(Support.show("any x in [2, missing]: x > 1") == "yes")
        #expect(Support.show("none x in [0, 5]: x > 1") == "no")
    }

    @Test func whereLeavesOutElementsWhoseConditionIsUndecided() {
        let data = ["proposal": #"{"submitted_by": [{"name": "A", "mag_member": true}, {"name": "B"}], "facilitators": [{"name": "A"}]}"#]
        #expect(Support.show("all p in proposal.submitted_by where p.mag_member: p.name in proposal.facilitators.name", data: data) == "yes")
        #expect(Support.show("count(p in proposal.submitted_by where p.mag_member)", data: data) == "1")
    }

    @Test func joiningAMissingListJoinsItAsAnEmptyList() {
        let data = ["proposal": #"{"seconded_by": [{"name": "S", "mag_member": true}]}"#]
        #expect(Support.show("any p in proposal.submitted_by ++ proposal.seconded_by: p.mag_member", data: data) == "yes")
        #expect(Support.show("all p in proposal.submitted_by ++ proposal.seconded_by: p.mag_member", data: data) == "yes")
        #expect(Support.show("count(proposal.submitted_by ++ proposal.seconded_by)", data: data) == "1")
        #expect(Support.show("proposal.facilitators ++ proposal.submitted_by", data: data) == "missing")
    }

    @Test func aMissingListIsAnEmptyListForEveryCountAndComprehension() {
        let data = ["proposal": #"{"id": "p"}"#]
        #expect(Support.show("all f in proposal.facilitators: f.mag_member", data: data) == Support.show("all f in []: f.mag_member"))
        #expect(Support.show("none f in proposal.facilitators: f.mag_member", data: data) == "yes")
        #expect(Support.show("[f.name for f in proposal.facilitators]", data: data) == "[]")
        #expect(Support.show("count(f in proposal.facilitators where f.mag_member) >= 1", data: data) == "no")
    }

    @Test func anEntryOfTheWrongKindInAListOfTextsIsAnErrorNamingItsPath() {
        let data = ["proposal": #"{"description": {"objectives": ["a", 3]}}"#]
        let path = "proposal.description.objectives[2]"
        for expression in ["count(proposal.description.objectives)", "proposal.description.objectives is not empty",
                           "\"a\" in proposal.description.objectives", "all o in proposal.description.objectives: o is not empty"] {
            let shown = Support.show(expression, data: data)
            #expect(shown.hasPrefix("error: ") && shown.contains(path), "\(expression): \(shown)")
        }
        #expect(Support.show("proposal.description.focus is empty", data: data) == "yes")
    }

    @Test func blankTextsNeverMatchInALookUp() {
        #expect(Support.show("\"\" in [\"\", \"A\"]") == "no")
        #expect(Support.show("\" \" in [\"\u{00A0}\"]") == "no")
        #expect(Support.show("\"A\" in [\"\", \"A\"]") == "yes")
        #expect(Support.show("missing in [\"\", \"A\"]") == "missing")
    }

    // MARK: Dates and durations

    @Test(arguments: [
        ("2021-01-31 + 1 month", "2021-02-28"), ("2020-01-31 + 1 month", "2020-02-29"), ("2020-02-29 + 1 year", "2021-02-28"),
        ("2021-03-31 - 1 month", "2021-02-28"), ("2021-12-15 + 1 month", "2022-01-15"), ("2021-01-31 + 1 month + 1 day", "2021-03-01"),
        ("2020-11-02 - 6 weeks", "2020-09-21"), ("2021-12-06 - 6 weeks + 0 days", "2021-10-25"), ("2020-02-28 + 1 day", "2020-02-29"),
        ("2021-03-01 - 2021-02-01", "28 days"), ("2021-03-02 - 2021-02-01", "29 days"), ("2020-03-01 - 2020-02-01", "29 days"),
        ("2021-01-01 - 2021-01-10", "-9 days"),
        ("2020-11-10 + 12 hours", "2020-11-10T12:00:00Z"),
        ("2020-11-10T14:30:00Z + 12 hours", "2020-11-11T02:30:00Z"),
        ("2020-11-10T22:00:00+02:00 + 12 hours", "2020-11-11T08:00:00Z"),
        ("2020-11-10T16:30:00+02:00 = 2020-11-10T14:30:00Z", "yes"),
        ("2020-11-11T02:30:00Z - 2020-11-10T14:30:00Z", "12 hours"),
        ("2020-11-11T02:31:00Z - 2020-11-10T14:30:00Z", "12 hours 1 minute"),
        ("2020-11-10T23:30:00-02:00 > 2020-11-10", "yes"), ("2020-11-10T23:30:00Z = 2020-11-10", "yes"),
        ("2020-11-10T00:00:00Z >= 2020-11-10", "yes"), ("2020-11-09T23:59:59Z < 2020-11-10", "yes"),
        ("1 week = 7 days", "yes"), ("12 hours < 1 day", "yes"), ("2 * 3 weeks", "6 weeks"),
        ("2020-02-29 + 12 months", "2021-02-28"), ("2000-02-29 + 100 years", "2100-02-28"),
    ])
    func computesDatesAtBoundaries(_ expression: String, _ expected: String) {
        #expect(Support.show(expression) == expected)
    }

    @Test func reportsADateOutsideTheYearsItKnows() {
        #expect(Support.show("9999-12-31 + 1 day") == "error: 9999-12-31 + 1 day is after 9999-12-31, outside the years 0001–9999")
        #expect(Support.show("0001-01-01 - 1 day") == "error: 0001-01-01 - 1 day is before 0001-01-01, outside the years 0001–9999")
        #expect(Support.show("0001-01-01 + -1 day") == "error: 0001-01-01 + -1 day is before 0001-01-01, outside the years 0001–9999")
        #expect(Support.show("9999-12-31T23:00:00Z + 2 hours") == "error: 9999-12-31T23:00:00Z + 2 hours is after 9999-12-31, outside the years 0001–9999")
    }

    @Test func refusesToCompareMonthsWithDays() {
        #expect(Support.show("1 month < 31 days").hasPrefix("error: cannot compare 1 month with 31 days: months differ in length"))
    }

    // MARK: Obligations and "pending"

    @Test(arguments: [
        // Done on time, done late.
        ("2021-10-20 by 2021-10-25", "2021-11-01", "yes"), ("2021-10-26 by 2021-10-25", "2021-11-01", "no"),
        ("2021-10-25 by 2021-10-25", "2021-11-01", "yes"),
        // Not done: pending while the due day has not ended; due today is still pending.
        ("missing by 2021-10-25", "2021-10-24", "pending, due 2021-10-25"), ("missing by 2021-10-25", "2021-10-25", "pending, due 2021-10-25"),
        ("missing by 2021-10-25", "2021-10-26", "no"),
        // A due date-time is overdue when its UTC date is before today.
        ("missing by 2020-11-10T22:00:00-05:00", "2020-11-11", "pending, due 2020-11-11T03:00:00Z"),
        ("missing by 2020-11-10T22:00:00-05:00", "2020-11-12", "no"),
        ("missing by 2020-11-10T20:00:00Z", "2020-11-10", "pending, due 2020-11-10T20:00:00Z"),
        ("missing by 2020-11-10T20:00:00Z", "2020-11-11", "no"),
        ("missing by missing", "2020-11-11", "missing"),
        ("pending", "2020-11-11", "pending"), ("pending until 2021-01-01", "2020-12-31", "pending, due 2021-01-01"),
        ("pending until 2021-01-01", "2021-01-02", "no"),
        ("(missing by 2021-01-01) and 1 = 1", "2020-12-31", "pending, due 2021-01-01"),
        ("(missing by 2021-01-01) and 1 = 2", "2020-12-31", "no"),
        ("(missing by 2021-01-01) or missing", "2020-12-31", "pending, due 2021-01-01"),
        ("all d in [2021-02-01, 2021-01-01]: missing by d", "2020-12-31", "pending, due 2021-01-01"),
        ("2020-11-10T22:00:00Z by 2020-11-10", "2020-12-01", "yes"), ("2020-11-11T00:00:00Z by 2020-11-10", "2020-12-01", "no"),
    ])
    func pendsUntilTheDueMomentPasses(_ expression: String, _ today: String, _ expected: String) {
        #expect(Support.show(expression, today: today) == expected)
    }

    // MARK: Errors

    @Test func divisionByZeroIsAnErrorNotACrash() {
        #expect(Support.show("1 / (2 - 2)") == "error: division by zero")
    }

    @Test func malformedDataIsAnErrorNamingItsPath() {
        let data = ["proposal": #"{"submitted": "2021-02-30", "facilitators": [{"name": "A", "mag_member": true}, {"name": "B", "mag_member": "yes"}]}"#]
        #expect(Support.show("proposal.submitted < 2021-03-01", data: data)
            == "error: malformed data: proposal.submitted: \"2021-02-30\" is not a date: February 2021 has 28 days")
        // Every element is read, so the answer does not depend on the order of the list.
        #expect(Support.show("any f in proposal.facilitators: f.mag_member", data: data)
            == "error: malformed data: proposal.facilitators[2].mag_member: expected yes/no, found text \"yes\"")
        #expect(Support.show("1 = 2 and proposal.submitted < 2021-03-01", data: data).hasPrefix("error: malformed data: proposal.submitted"))
        #expect(Support.show("all f in proposal.facilitators: f.mag_member", data: data)
            == "error: malformed data: proposal.facilitators[2].mag_member: expected yes/no, found text \"yes\"")
        #expect(Support.show("count(proposal.facilitators)", data: data) == "2")
    }

    @Test func aDateTimeWhereADateBelongsIsMalformed() {
        let data = ["proposal": #"{"submitted": "2021-02-01T10:00:00Z"}"#]
        #expect(Support.show("proposal.submitted is missing", data: data)
            == "error: malformed data: proposal.submitted: expected a date (YYYY-MM-DD), found the date-time \"2021-02-01T10:00:00Z\"")
    }

    @Test func aDateTimeWithoutAZoneIsMalformed() {
        let data = ["report": #"{"ended_at": "2020-11-10T14:30:00"}"#]
        #expect(Support.show("report.ended_at + 12 hours", data: data)
            == "error: malformed data: report.ended_at: \"2020-11-10T14:30:00\" has no time zone: add Z for UTC or an offset such as +01:00")
    }

    @Test func valuesOfUndeclaredDataKeepTheirKindButReadDatesAsDates() {
        let data = ["thing": #"{"when": "2021-02-23", "at": "2020-11-10T14:30:00Z", "n": 3, "bad": "2021-02-30"}"#]
        #expect(Support.show("thing.when + 1 day", data: data, extra: untyped) == "2021-02-24")
        #expect(Support.show("thing.at", data: data, extra: untyped) == "2020-11-10T14:30:00Z")
        #expect(Support.show("thing.n = \"3\"", data: data, extra: untyped) == "error: cannot compare number 3 with text \"3\"")
        #expect(Support.show("thing.bad", data: data, extra: untyped).hasPrefix("malformed"))
    }

    @Test func stopsARuleThatTakesTooManySteps() throws {
        let (program, _) = Support.program("define big = [x for x in [1,2,3,4,5,6,7,8,9,10]]\ndefine r = count(a in big where count(b in big where count(c in big where count(d in big where count(e in big where count(f in big where count(g in big where 1 = 1) > 0) > 0) > 0) > 0) > 0) > 0)\n")
        let program_ = try #require(program)
        let evaluator = Evaluator(program: program_, data: DataBindings(program: program_).values, today: CivilDate(daysSinceEpoch: 0))
        evaluator.stepLimit = 100_000
        #expect(throws: EvaluationError.self) {
            _ = try evaluator.evaluate(program_.definitions[1].code)
        }
    }

    @Test func interpolatesValuesIntoTexts() {
        #expect(Support.show("\"{1 + 1} items, due {2021-10-25}, {[\"a\", \"b\"]}, {missing}\"") == "\"2 items, due 2021-10-25, a, b, (missing)\"")
    }
}

@Suite struct ListPathTests {
    @Test func aPathThroughAListJoinsListsOfLists() {
        let data = ["output": #"{"sections": [{"covers": ["a", "b"]}, {"covers": ["c"]}, {"title": "x"}]}"#]
        #expect(Support.show("output.sections.covers", data: data) == #"["a", "b", "c", missing]"#)
        #expect(Support.show("\"c\" in output.sections.covers", data: data) == "yes")
    }

    @Test func consecutivePairsEachEntryWithTheNext() {
        #expect(Support.show("consecutive([1, 2, 4])") == "[{before: 1, after: 2}, {before: 2, after: 4}]")
        #expect(Support.show("consecutive([1])") == "[]")
        #expect(Support.show("all p in consecutive(sort([2021-05-05, 2021-07-20, 2021-06-02])): p.after - p.before <= 35 days") == "no")
        #expect(Support.show("[days(p.after - p.before) for p in consecutive(sort([2021-05-05, 2021-06-02]))]") == "[28]")
    }
}
