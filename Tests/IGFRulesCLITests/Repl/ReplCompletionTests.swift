import Foundation
import IGFRules
@testable import IGFRulesCLI
import Testing

/// What Tab offers in the session: schema paths, rule ids, parameters, definitions, commands
/// and, over a batch, record ids.
@Suite struct ReplCompletionTests {
    func completion(records: [Value]? = nil) throws -> ReplCompletion {
        var loader = RuleLoader()
        loader.add(path: CLI.root + "/rules")
        let program = try #require(Checker.check(loader.files).0)
        let scenario = Scenario(program: program, bindings: DataBindings(program: program), today: try RunSetup.parseToday("2021-02-01"))
        let session = ReplSession(console: CapturedConsole(input: []).console(), rulePaths: [], baseFiles: loader.files,
                                  scenario: scenario, records: records.map { ("proposal", $0) })
        return ReplCompletion(session: session)
    }

    func candidates(_ text: String) throws -> [String] {
        try completion().complete(text, cursor: text.count).candidates
    }

    @Test func fieldPathsFromTheSchemaAfterADataName() throws {
        #expect(try candidates("count(proposal.facil") == ["proposal.facilitators"])
        #expect(try candidates("proposal.facilitators.ma") == ["proposal.facilitators.mag_member"])
        #expect(try candidates("proposal.facilitators[1].na") == ["proposal.facilitators[1].name"])
        #expect(try candidates("proposal.nothing.") == [])
    }

    @Test func commandsRuleIdsAndParameters() throws {
        #expect(try candidates(":ex") == [":export"])
        #expect(try candidates(":why bpf.timeline.dr") == ["bpf.timeline.draft-six-weeks"])
        #expect(try candidates("param min_open") == ["min_open_meetings"])
        #expect(try candidates("draft_d") == ["draft_due"])
        #expect(try candidates("se").contains("set"))
    }

    @Test func completionReplacesOnlyTheWordBeforeTheCursor() throws {
        let (start, found) = try completion().complete("count(proposal.facil) + 1", cursor: 20)
        #expect(start == 6)
        #expect(found == ["proposal.facilitators"])
    }

    @Test func recordIdsAfterFocus() throws {
        let records: [Value] = [.record(Record([("id", .text("bpf-2021-gender"))])), .record(Record([("id", .text("bpf-2021-data"))]))]
        #expect(try completion(records: records).complete(":focus bpf-2021-g", cursor: 17).candidates == ["bpf-2021-gender"])
    }
}
