@testable import IGFRules
import Testing

/// A period (a record type with dated `start` and `end` fields) that ends before it starts is a
/// doubtful value: found whether the record is read from a line (`DataBindings.read(line:)`, the
/// fast path of `--each`) or from a value (`--data`), and only then.
@Suite struct ReversedPeriodsTests {
    static let rules = """
        data trip { id: text, leg: { start: date, end: date }, stay: { start: date-time, end: date-time }, span: { start: date, end: text } }
        ruleset r for trip
        rule a "A"
          require trip.id is not empty
        """
    static let today = CivilDate(parsing: "2021-09-01")!

    func bindings() throws -> DataBindings {
        let (program, diagnostics) = Support.program(Self.rules, schema: false)
        return DataBindings(program: try #require(program, "\(diagnostics)"))
    }

    /// The findings of one JSON Lines line holding a trip.
    func lineFindings(_ json: String) throws -> [String] {
        let bindings = try bindings()
        let slot = try #require(bindings.program.dataSlot(named: "trip"))
        guard case .success(let (_, findings)) = bindings.read(line: Array(json.utf8), number: 1, path: "t.jsonl", slot: slot, strict: false, today: Self.today)
        else { throw Support.Failure("the line does not read") }
        return findings.map(\.description)
    }

    @Test func aPeriodThatEndsBeforeItStartsIsDoubtfulNotMalformed() throws {
        let bindings = try bindings()
        let slot = try #require(bindings.program.dataSlot(named: "trip"))
        guard case .success(let value) = DataFile.parse(SourceFile(path: "t.json", text: #"{"id": "x", "leg": {"start": "2020-11-17", "end": "2020-11-02"}}"#))
        else { throw Support.Failure("bad JSON") }
        let (read, findings) = bindings.read(value, slot: slot, strict: true, today: Self.today)
        #expect(findings.map(\.description) == ["trip.leg: ends on 2020-11-02, before it starts on 2020-11-17: is one of the dates wrong?"])
        #expect(findings.map(\.kind) == [.doubtful])
        // The dates are read as they are: rules compare with them.
        #expect(read.literal(limit: 200).contains("2020-11-02"))
    }

    @Test func aLineWithAReversedPeriodIsLookedIntoThoughItNeedsNothingElse() throws {
        #expect(try lineFindings(#"{"id": "x", "leg": {"start": "2020-11-17", "end": "2020-11-02"}}"#)
            == ["trip.leg: ends on 2020-11-02, before it starts on 2020-11-17: is one of the dates wrong?"])
        #expect(try lineFindings(#"{"id": "x", "stay": {"start": "2020-11-17T10:00:00+01:00", "end": "2020-11-17T08:30:00Z"}}"#)
            == ["trip.stay: ends at 2020-11-17T08:30:00Z, before it starts at 2020-11-17T09:00:00Z (10:00 at +01:00): is one of the dates wrong?"])
    }

    @Test func aPeriodOfOneDayOrInOrderOrNotFullyDatedIsNoFinding() throws {
        #expect(try lineFindings(#"{"id": "x", "leg": {"start": "2020-11-17", "end": "2020-11-17"}}"#) == [])
        #expect(try lineFindings(#"{"id": "x", "leg": {"start": "2020-11-02", "end": "2020-11-17"}}"#) == [])
        #expect(try lineFindings(#"{"id": "x", "leg": {"start": "2020-11-17"}}"#) == [])
        #expect(try lineFindings(#"{"id": "x", "leg": {"end": "2020-11-02", "start": "2020-11-17"}}"#)
            == ["trip.leg: ends on 2020-11-02, before it starts on 2020-11-17: is one of the dates wrong?"])
        // A malformed date is said to be so, not compared.
        #expect(try lineFindings(#"{"id": "x", "leg": {"start": "2020-11-17", "end": "2020-11-32"}}"#)
            == ["trip.leg.end: \"2020-11-32\" is not a date: November 2020 has 30 days"])
        // A record whose `end` is not declared as a date is not a period.
        #expect(try lineFindings(#"{"id": "x", "span": {"start": "2020-11-17", "end": "2020-11-02"}}"#) == [])
    }
}
