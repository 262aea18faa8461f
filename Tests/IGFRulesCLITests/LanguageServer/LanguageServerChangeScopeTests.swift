import Foundation
@testable import IGFRules
@testable import IGFRulesCLI
import Testing

/// What a change re-checks: the changed file, the files that include it and what they include,
/// reusing the parses of files that did not change; a file the change cannot reach (such as a
/// very slow one) is neither parsed nor checked again. Asserted on behaviour (parse counts,
/// the files checked), not on time.
@Suite struct LanguageServerChangeScopeTests {
    static let other = """
        include "../schema.rules"

        ruleset other.checks "Another ruleset" for proposal

        rule dated "A proposal is dated"
          require proposal.submitted >= 2000-01-01

        """

    let client: LanguageServerClient
    let rules = LanguageServerFixture.rules

    init() throws {
        let root = try LanguageServerFixture.write()
        try FileManager.default.createDirectory(atPath: root + "/other", withIntermediateDirectories: true)
        try Data(Self.other.utf8).write(to: URL(fileURLWithPath: root + "/other/other.rules"))
        client = LanguageServerClient(root: root)
        client.initialize()
        try client.open("bpf/proposal.rules")
    }

    var unit: RuleUnit { client.server.units[client.root]! }

    func keys(_ relatives: [String]) -> Set<String> { Set(relatives.map { Workspace.key(for: client.root + "/" + $0) }) }

    @Test func aChangeReparsesOnlyTheChangedFileAndChecksOnlyWhatIncludesItAndWhatThatIncludes() {
        #expect(Set(unit.lastChecked) == keys(["bpf/proposal.rules", "bpf/proposal.tests.rules", "clauses.rules", "other/other.rules", "schema.rules"]))
        let parses = unit.cache.parses
        client.change("bpf/proposal.rules", rules + "\n# a comment\n")
        #expect(unit.cache.parses == parses + 1)
        #expect(Set(unit.lastChecked) == keys(["bpf/proposal.rules", "bpf/proposal.tests.rules", "clauses.rules", "schema.rules"]))
        #expect(unit.partialScope == keys(["bpf/proposal.rules", "bpf/proposal.tests.rules"]))
    }

    @Test func aChangeToTheSchemaChecksTheWholeLibraryWithoutReparsingTheRest() throws {
        try client.open("schema.rules")
        let parses = unit.cache.parses
        client.change("schema.rules", LanguageServerFixture.schema + "\n# a comment\n")
        #expect(unit.cache.parses == parses + 1)
        #expect(Set(unit.lastChecked).isSuperset(of: keys(["other/other.rules", "bpf/proposal.rules"])))
        #expect(unit.partialScope == nil)
    }

    @Test func anErrorTypedInTheChangedFileIsSentAndItsFixClearsIt() {
        client.change("bpf/proposal.rules", rules.replacingOccurrences(of: "count(proposal.facilitators)", with: "count(proposal.facilitatrs)"))
        #expect(client.diagnostics("bpf/proposal.rules")?.array?.count == 1)
        client.change("bpf/proposal.rules", rules, version: 3)
        #expect(client.diagnostics("bpf/proposal.rules") == [])
    }

    @Test func aRequestAboutAFileTheChangeLeftOutChecksTheWholeLibraryFirst() {
        client.change("bpf/proposal.rules", rules + "\n# a comment\n")
        #expect(unit.partialScope != nil)
        let lenses = client.text(client.result("textDocument/codeLens", ["textDocument": ["uri": .string(client.uri("other/other.rules"))]]))
        #expect(unit.partialScope == nil)
        #expect(lenses.contains(#""title":"no tests""#))
    }

    @Test func codeLensesOfTheChangedFileUseThePartsTestsWithoutAWholeCheck() {
        client.change("bpf/proposal.rules", rules + "\n# a comment\n")
        let lenses = client.text(client.result("textDocument/codeLens", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))]]))
        #expect(unit.partialScope != nil)
        #expect(lenses.contains(#""title":"2 tests: all pass""#))
    }

    @Test func aPartialRecheckSendsAgainOnlyTheDiagnosticsOfTheFilesItChecked() {
        func sent(_ relative: String) -> Int {
            client.notifications.count { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == client.uri(relative) }
        }
        #expect(client.diagnostics("other/other.rules")?.array?.isEmpty == false)
        let (other, own) = (sent("other/other.rules"), sent("bpf/proposal.rules"))
        client.change("bpf/proposal.rules", rules.replacingOccurrences(of: "count(proposal.facilitators)", with: "count(proposal.facilitatrs)"))
        #expect(sent("other/other.rules") == other)
        #expect(sent("bpf/proposal.rules") == own + 1)
    }

    @Test func theIndexAfterAChangeWalksOnlyTheChangedFileUnlessANameChanged() {
        #expect(unit.index.walks == 5)
        client.change("bpf/proposal.rules", rules + "\n# a comment\n")
        #expect(unit.index.walks == 1)
        #expect(unit.index.declarations[.rule("other.checks.dated")] != nil)
        client.change("bpf/proposal.rules", rules.replacingOccurrences(of: "param min_facilitators = 2", with: "param min_facilitators = 3"), version: 3)
        #expect(unit.index.walks == 5)
    }
}
