import Foundation
@testable import IGFRules
import Testing

/// The automatic summary of a rule with no `message`: sentences worded from the data's own
/// names, so that most rules of the library need no message.
@Suite struct SummarySentencesTests {
    /// The message of the first rule of `requires` (one `require` per line) over `data`.
    func message(_ requires: String, for subject: String = "proposal", _ data: [String: String]) throws -> String {
        let lines = requires.split(separator: "\n").map { "  require \($0)" }.joined(separator: "\n")
        let (loaded, diagnostics) = Support.program("ruleset r for \(subject)\nrule a \"A\"\n\(lines)\n")
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: program)
        for (name, json) in data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind(name, to: value)
        }
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: "2021-03-01")))
        let result = try #require(runner.check(data: bindings.values).first?.results.first)
        #expect(result.status == .fail)
        return result.message ?? ""
    }

    static let calendar = #"{"first_mag_meeting": "2021-02-23", "tracks": ["Data", "Trust", "Data", " "]}"#

    @Test func anEmptyFieldIsSaidFromItsPath() throws {
        #expect(try message("proposal.title is not empty", ["proposal": #"{"id": "p", "title": "  "}"#]) == "the proposal has no title")
        #expect(try message("proposal.background.related_processes is not empty", ["proposal": #"{"id": "p", "background": {"related_processes": []}}"#])
            == "the proposal's background has no related processes")
    }

    @Test func aListOfBlankEntriesSaysTheyAreBlank() throws {
        #expect(try message("proposal.outreach.organisations is not empty", ["proposal": #"{"id": "p", "outreach": {"organisations": ["  "]}}"#])
            == "the proposal's outreach has no organisations (its only entry is blank)")
        #expect(try message("proposal.outreach.organisations is not empty", ["proposal": #"{"id": "p", "outreach": {"organisations": ["", "\t"]}}"#])
            == "the proposal's outreach has no organisations (its 2 entries are blank)")
    }

    @Test func aMissingFieldIsNamedWithItsPath() throws {
        #expect(try message("proposal.outreach.organisations is not empty", ["proposal": #"{"id": "p"}"#])
            == "the proposal's outreach has no organisations (`proposal.outreach.organisations` is missing)")
    }

    @Test func aMissingEntryListsWhatTheListHasOnceEachWithoutBlanks() throws {
        #expect(try message(#""Inclusion" in calendar.tracks"#, ["proposal": #"{"id": "p"}"#, "calendar": Self.calendar])
            == #"`calendar.tracks` does not include "Inclusion" (it has: Data, Trust)"#)
        #expect(try message(#""Inclusion" in calendar.tracks"#, ["proposal": #"{"id": "p"}"#, "calendar": #"{"tracks": []}"#])
            == #"`calendar.tracks` does not include "Inclusion" (it has no entries)"#)
    }

    @Test func aValueNotInAListIsQuotedBesideTheList() throws {
        let proposal = #"{"id": "p", "builds_on": "data "}"#
        #expect(try message("proposal.builds_on in calendar.tracks", ["proposal": proposal, "calendar": Self.calendar])
            == #"`proposal.builds_on` is "data ", not one of `calendar.tracks` (Data, Trust)"#)
    }

    @Test func aComparisonWithAMissingSideSaysWhatIsNeeded() throws {
        let calendar = ["calendar": Self.calendar]
        #expect(try message("proposal.submitted < calendar.first_mag_meeting", calendar.merging(["proposal": #"{"id": "p"}"#]) { $1 })
            == "`proposal.submitted` is missing; it must be before `calendar.first_mag_meeting` (2021-02-23)")
        #expect(try message("proposal.submitted < calendar.first_mag_meeting", ["proposal": #"{"id": "p", "submitted": "2021-01-20"}"#, "calendar": "{}"])
            .hasPrefix("`calendar.first_mag_meeting` is missing, so `proposal.submitted` (2021-01-20) cannot be compared with it"))
    }

    @Test func aCountThatLeftEntriesOutSaysOfHowMany() throws {
        let proposal = #"{"id": "p", "facilitators": [{"name": "A"}, {"name": " "}, {}]}"#
        #expect(try message("count(f in proposal.facilitators where f.name is not empty) >= 2", ["proposal": proposal])
            == "1 facilitator with a name (of 3 facilitators); at least 2 are needed")
        let named = #"{"id": "p", "facilitators": [{"name": "A"}]}"#
        #expect(try message("count(f in proposal.facilitators where f.name is not empty) >= 2", ["proposal": named])
            == "1 facilitator with a name; at least 2 are needed")
    }

    @Test func oneNeededIsSingular() throws {
        let proposal = #"{"id": "p", "facilitators": [{"name": "A"}, {"name": "B"}]}"#
        #expect(try message("count(proposal.facilitators) = 1", ["proposal": proposal]) == "2 facilitators; exactly 1 is needed")
    }

    @Test func anEmptyFieldOfAnElementNamesTheElementByItsPlace() throws {
        let report = #"{"id": "WS #1", "recommendations": [{"text": "Act"}, {"text": " "}]}"#
        #expect(try message("all r in report.recommendations: r.text is not empty", for: "report", ["report": report])
            == "recommendation 2 of 2 in `report.recommendations` has no text")
    }

    @Test func anElementsVariableIsNeverWordedAsAnOwner() throws {
        let report = #"{"id": "WS #1", "recommendations": [{"text": " ", "actors": ["x"]}]}"#
        let said = try message("all r in report.recommendations: r.text is not empty and r.actors is not empty", for: "report", ["report": report])
        #expect(!said.contains("the r "))
        #expect(said.contains("`r.text` is \" \""))
    }

    @Test func aConditionalIsExplainedByTheBranchItTook() throws {
        let proposal = #"{"id": "p", "submitted": "2021-03-01"}"#
        let said = try message("if proposal.submitted is missing then no else proposal.submitted < 2021-02-23", ["proposal": proposal])
        #expect(said == "`proposal.submitted` is 2021-03-01, not before 2021-02-23")
    }

    @Test func aBetweenBoundFromTheDataIsNamed() throws {
        let proposal = #"{"id": "p", "submitted": "2021-03-01"}"#
        #expect(try message("proposal.submitted is between calendar.first_mag_meeting and 2021-02-28", ["proposal": proposal, "calendar": Self.calendar])
            == "`proposal.submitted` is 2021-03-01, not between `calendar.first_mag_meeting` (2021-02-23) and 2021-02-28")
    }

    @Test func anAnyOverAYesNoFieldSaysNoneIsMarkedAndHowManyAreListed() throws {
        let rule = "any f in proposal.facilitators: f.mag_member"
        #expect(try message(rule, ["proposal": #"{"id": "p", "facilitators": [{"name": "A", "mag_member": false}, {"name": "B", "mag_member": false}]}"#])
            == "no facilitator is marked as MAG member (2 listed)")
        #expect(try message(rule, ["proposal": #"{"id": "p", "facilitators": []}"#]) == "no facilitators are listed")
        #expect(try message(rule, ["proposal": #"{"id": "p"}"#]) == "no facilitators are listed (`proposal.facilitators` is missing)")
    }

    @Test func anElementWhoseYesNoFieldIsNoIsNamedByItsPlace() throws {
        let pn = #"{"id": "pn", "mwg": {"meetings": [{"open_to_observers": true}, {"open_to_observers": false}]}}"#
        #expect(try message("all m in pn.mwg.meetings: m.open_to_observers", for: "pn", ["pn": pn])
            == "meeting 2 of 2 in `pn.mwg.meetings` is not marked as open to observers")
    }

    @Test func anElementThatDoesNotGiveAYesNoFieldIsNamedByItsPlaceWithThePathToFillIn() throws {
        let pn = #"{"id": "pn", "mwg": {"meetings": [{"date": "2021-01-02", "open_to_observers": null}]}}"#
        #expect(try message("all m in pn.mwg.meetings: m.open_to_observers", for: "pn", ["pn": pn])
            == "meeting 1 of 1 in `pn.mwg.meetings` does not say whether it is open to observers (`pn.mwg.meetings[1].open_to_observers` is missing)")
    }

    @Test func aFailedIsNotMissingIsSaidFromItsPathAndNamesWhatIsMissing() throws {
        let activity = #"{"id": "a", "annual_meeting_session": {}}"#
        #expect(try message("activity.annual_meeting_session.date is not missing", for: "activity", ["activity": activity])
            == "the activity's annual meeting session has no date (`activity.annual_meeting_session.date` is missing)")
    }

    @Test func theIGFsAbbreviationsAreWrittenInCapitals() {
        #expect(Explanation.words("mag_member") == "MAG member")
        #expect(Explanation.words("nri_liaisons") == "NRI liaisons")
        #expect(Explanation.words("magazine_title") == "magazine title")
    }

    @Test func aYesNoFieldThatIsNoIsSaidFromItsPath() throws {
        let activity = #"{"id": "a", "documented_on_website": false}"#
        #expect(try message("activity.documented_on_website", for: "activity", ["activity": activity])
            == "the activity is not marked as documented on website")
    }
}
