@testable import IGFRules
import Testing

/// `Conformance.read` reads a record and finds what is wrong with it in one walk: the same value
/// as `conform`, the findings of `DataValidation`, then the future dates, in document order.
@Suite struct ConformanceReadTests {
    static let rules = "ruleset r for activity\nrule a \"A\"\n  require activity.id is not empty\n"

    func bindings() throws -> DataBindings {
        let (program, diagnostics) = Support.program(Self.rules)
        return DataBindings(program: try #require(program, "\(diagnostics)"))
    }

    func json(_ text: String) throws -> Value {
        guard case .success(let value) = DataFile.parse(SourceFile(path: "a.json", text: text)) else { throw Support.Failure("bad JSON") }
        return value
    }

    static let activity = #"""
        {"id": "bpf", "approved": "2021-02-30", "aproved_by": "x", "extra": 1,
         "draft_output": {"published": "2021-10-29", "open_for_comment": "yes"},
         "milestones": [{"name": "m", "due": "2021-12-01", "done": "2021-11-02"}, {"done": "2021-01-05"}],
         "notes": {"done": "2021-12-24", "when": "2021-13-01"}}
        """#

    @Test func oneWalkGivesTheValueTheFindingsAndThenTheFutureDates() throws {
        let bindings = try bindings()
        let slot = try #require(bindings.program.dataSlot(named: "activity"))
        let value = try json(Self.activity)
        let today = try #require(CivilDate(parsing: "2021-09-01"))
        let (read, findings) = bindings.read(value, slot: slot, strict: true, today: today)
        #expect(read.literal(limit: 1000) == bindings.conformed(value, slot: slot).literal(limit: 1000))
        #expect(findings.map(\.description) == [
            "activity.approved: \"2021-02-30\" is not a date: February 2021 has 28 days",
            "activity.aproved_by: the schema has no field `aproved_by`",
            "activity.extra: the schema has no field `extra`",
            "activity.draft_output.open_for_comment: expected yes/no, found text \"yes\"",
            "activity.notes: the schema has no field `notes`",
            "activity.notes.when: \"2021-13-01\" is not a date: there is no month 13; months go from 01 to 12",
            "activity.draft_output.published: 2021-10-29 is after today (2021-09-01): is the date right, or --today?",
            "activity.milestones[1].done: 2021-11-02 is after today (2021-09-01): is the date right, or --today?",
            "activity.notes.done: 2021-12-24 is after today (2021-09-01): is the date right, or --today?",
        ])
        let conformed = bindings.conformed(value, slot: slot)
        let type = bindings.program.dataNames[slot].type
        #expect(findings.map(\.description) == (DataValidation.findings(in: conformed, type: type, name: "activity", strict: true)
            + DataValidation.futureDates(in: conformed, name: "activity", today: today)).map(\.description))
    }

    @Test func readingAValueAlreadyReadChangesNothingAndFindsTheSame() throws {
        let bindings = try bindings()
        let slot = try #require(bindings.program.dataSlot(named: "activity"))
        let today = try #require(CivilDate(parsing: "2021-09-01"))
        let once = bindings.read(try json(Self.activity), slot: slot, strict: false, today: today)
        let twice = bindings.read(once.value, slot: slot, strict: false, today: today)
        #expect(twice.value.literal(limit: 1000) == once.value.literal(limit: 1000))
        #expect(twice.findings.map(\.description) == once.findings.map(\.description))
    }

    @Test func fieldsInAnotherOrderThanDeclaredAreReadByTheirDeclaredKind() throws {
        let bindings = try bindings()
        let slot = try #require(bindings.program.dataSlot(named: "activity"))
        let value = try json(#"{"milestones": [{"done": "2021-03-04", "name": "n", "due": "x"}], "approved": "2021-01-02", "id": 7}"#)
        let (read, findings) = bindings.read(value, slot: slot, strict: false, today: try #require(CivilDate(parsing: "2022-01-01")))
        guard case .record(let record) = read, case .list(let milestones) = record["milestones"], case .record(let milestone)? = milestones.first else {
            Issue.record("expected a record with a list of milestones, got \(read.literal())")
            return
        }
        #expect(record["approved"].kindName == "date")
        #expect(record["id"].kindName == "malformed data")
        #expect(milestone["done"].kindName == "date")
        #expect(milestone["due"].kindName == "malformed data")
        #expect(findings.map(\.description) == ["activity.milestones[1].due: expected a date (YYYY-MM-DD), found text \"x\"",
                                                "activity.id: expected text, found number 7"])
    }

    @Test func anEntryOfEmptyTextWhereARecordBelongsIsNoEntryButOtherTextsAreMalformed() throws {
        let bindings = try bindings()
        let slot = try #require(bindings.program.dataSlot(named: "activity"))
        let value = try json(#"{"id": "a", "milestones": ["", " ", {"name": "m"}, "Kick-off"]}"#)
        let (read, findings) = bindings.read(value, slot: slot, strict: true, today: try #require(CivilDate(parsing: "2021-09-01")))
        guard case .record(let activity) = read, case .list(let milestones) = activity["milestones"] else { throw Support.Failure("no milestones") }
        #expect(milestones[0].isMissing && milestones[1].isMissing)
        #expect(findings.map(\.description) == [#"activity.milestones[4]: expected a record, found text "Kick-off""#])
    }
}
