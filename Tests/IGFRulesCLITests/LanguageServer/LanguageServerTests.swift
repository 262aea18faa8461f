import Foundation
@testable import IGFRulesCLI
import Testing

/// Golden answers of the language server to every request it serves, on a small library
/// (`LanguageServerFixture`) opened in an in-process client. `ROOT` stands for the library's folder.
@Suite struct LanguageServerTests {
    let client: LanguageServerClient
    let rules = LanguageServerFixture.rules
    let tests = LanguageServerFixture.tests

    init() throws {
        client = LanguageServerClient(root: try LanguageServerFixture.write())
        client.initialize()
        try client.open("bpf/proposal.rules")
        try client.open("bpf/proposal.tests.rules")
    }

    /// `params` at the first `needle` of a file of the fixture, `offset` characters into it.
    func at(_ needle: String, in file: String = "bpf/proposal.rules", offset: Int = 0) -> JSON {
        let text = file == "bpf/proposal.rules" ? rules : tests
        let position = LanguageServerClient.position(of: needle, in: text, offset: offset)
        return client.at(file, line: position.line, character: position.character)
    }

    func document(_ file: String = "bpf/proposal.rules") -> JSON {
        ["textDocument": ["uri": .string(client.uri(file))]]
    }

    func answer(_ method: String, _ params: JSON) -> String {
        client.text(client.result(method, params))
    }

    @Test func initializeAnnouncesEveryFeatureAndFullDocumentSync() {
        let fresh = LanguageServerClient(root: client.root)
        #expect(fresh.text(fresh.result("initialize", ["capabilities": [:]])) == #"{"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix"]},"codeLensProvider":{"resolveProvider":false},"completionProvider":{"triggerCharacters":["."," "]},"definitionProvider":true,"documentFormattingProvider":true,"documentSymbolProvider":true,"executeCommandProvider":{"commands":["igfrules.runTests"]},"foldingRangeProvider":true,"hoverProvider":true,"referencesProvider":true,"textDocumentSync":{"change":1,"openClose":true,"save":true},"workspaceSymbolProvider":true},"serverInfo":{"name":"igfrules","version":"0.1.0"}}"#)
    }

    @Test func closingAnEditedDocumentChecksTheFileOnDiskAgain() {
        client.change("bpf/proposal.rules", rules.replacingOccurrences(of: "count(proposal.facilitators)", with: "count(proposal.facilitatrs)"))
        #expect(client.diagnostics("bpf/proposal.rules")?.array?.count == 1)
        client.notify("textDocument/didClose", document())
        #expect(client.diagnostics("bpf/proposal.rules") == [])
    }

    @Test func completionAfterExpectListsTheRuleIds() {
        let labels = client.result("textDocument/completion", at("bpf.proposal.mag pass", in: "bpf/proposal.tests.rules")).array?.compactMap { $0["label"]?.string }
        #expect(labels == ["bpf.proposal.facilitators", "bpf.proposal.mag"])
    }

    @Test func openingALibraryThatChecksSendsNoDiagnostics() {
        #expect(client.text(.array(client.notifications)) == "[]")
    }

    @Test func hoverOnACitedClauseShowsItsHeadingAndTheDocumentsWords() {
        #expect(answer("textDocument/hover", at("modalities.iii", offset: 3)) == #"{"contents":{"kind":"markdown","value":"**Modalities §III Proposals for BPF topics**\n\n> Names of at least two Facilitators\n\nclause `modalities.iii.proposals.facilitators`, `clauses.rules:1`"},"range":{"end":{"character":44,"line":11},"start":{"character":7,"line":11}}}"#)
    }

    @Test func hoverOnAParameterShowsItsValueAndWhereItIsDeclared() {
        #expect(answer("textDocument/hover", at(">= min_facilitators", offset: 5)) == #"{"contents":{"kind":"markdown","value":"```igfrules\nparam min_facilitators: number = 2\n```\n\ndeclared at `proposal.rules:7`\n\nThe fewest facilitators a proposal names."},"range":{"end":{"character":58,"line":12},"start":{"character":42,"line":12}}}"#)
    }

    @Test func hoverOnAFieldShowsItsKindAndTheSchemasDescription() {
        #expect(answer("textDocument/hover", at("proposal.facilitators)", offset: 12)) == #"{"contents":{"kind":"markdown","value":"`proposal.facilitators`: list of person\n\nThe people who will run the BPF.\n\ndeclared at `schema.rules:6`\n\n`proposal`: A proposal for a BPF topic."},"range":{"end":{"character":37,"line":12},"start":{"character":25,"line":12}}}"#)
    }

    @Test func hoverOnAFieldOfAnElementFollowsTheList() {
        #expect(answer("textDocument/hover", at("f.mag_member", offset: 4)) == #"{"contents":{"kind":"markdown","value":"`proposal.facilitators.mag_member`: yes/no\n\ndeclared at `schema.rules:12`\n\n`proposal`: A proposal for a BPF topic."},"range":{"end":{"character":72,"line":8},"start":{"character":62,"line":8}}}"#)
    }

    @Test func hoverOnAFunctionSaysWhatItDoes() {
        #expect(answer("textDocument/hover", at("count(proposal", offset: 2)) == #"{"contents":{"kind":"markdown","value":"```igfrules\ncount(list)\n```\n\nThe number of entries of a list; blank texts and missing values do not count. `count(x in list where …)` counts those that meet a condition."},"range":{"end":{"character":15,"line":12},"start":{"character":10,"line":12}}}"#)
    }

    @Test func hoverOnARuleIdInATestShowsTitleSeverityAndClause() {
        #expect(answer("textDocument/hover", at("bpf.proposal.mag pass", in: "bpf/proposal.tests.rules", offset: 14)) == #"{"contents":{"kind":"markdown","value":"**A MAG member facilitates**\n\nrule `bpf.proposal.mag`, recommended\n\ncites `modalities.iii.proposals.facilitators`: Modalities §III Proposals for BPF topics\n\n> Names of at least two Facilitators"},"range":{"end":{"character":25,"line":6},"start":{"character":9,"line":6}}}"#)
    }

    @Test func hoverOnADataNameShowsItsFieldsAndTheSchemasDescription() {
        #expect(answer("textDocument/hover", at("count(proposal", offset: 8)) == #"{"contents":{"kind":"markdown","value":"data `proposal`: record { facilitators, submitted }\n\nA proposal for a BPF topic."},"range":{"end":{"character":24,"line":12},"start":{"character":16,"line":12}}}"#)
    }

    @Test func hoverOnADefinitionShowsItsDeclaration() {
        #expect(answer("textDocument/hover", at("count(mag_facilitators)", offset: 8)) == #"{"contents":{"kind":"markdown","value":"```igfrules\ndefine mag_facilitators = [f in proposal.facilitators where f.mag_member]\n```\n\ndeclared at `proposal.rules:9`"},"range":{"end":{"character":32,"line":16},"start":{"character":16,"line":16}}}"#)
    }

    @Test func hoverOnNothingIsNull() {
        #expect(answer("textDocument/hover", client.at("bpf/proposal.rules", line: 1, character: 0)) == "null")
    }

    @Test func definitionOfARuleIdInATestIsTheRule() {
        #expect(answer("textDocument/definition", at("bpf.proposal.mag pass", in: "bpf/proposal.tests.rules", offset: 14)) == #"{"range":{"end":{"character":8,"line":14},"start":{"character":5,"line":14}},"uri":"ROOT/bpf/proposal.rules"}"#)
    }

    @Test func definitionOfAParameterIsItsParamLine() {
        #expect(answer("textDocument/definition", at(">= min_facilitators", offset: 5)) == #"{"range":{"end":{"character":22,"line":6},"start":{"character":6,"line":6}},"uri":"ROOT/bpf/proposal.rules"}"#)
    }

    @Test func definitionOfAFieldIsItsLineInTheSchema() {
        #expect(answer("textDocument/definition", at("f.mag_member", offset: 4)) == #"{"range":{"end":{"character":12,"line":11},"start":{"character":2,"line":11}},"uri":"ROOT/schema.rules"}"#)
    }

    @Test func definitionOfAClauseIdIsTheClauseIndex() {
        #expect(answer("textDocument/definition", at("modalities.iii", offset: 3)) == #"{"range":{"end":{"character":44,"line":0},"start":{"character":7,"line":0}},"uri":"ROOT/clauses.rules"}"#)
    }

    @Test func definitionOfAnIncludeIsTheIncludedFile() {
        #expect(answer("textDocument/definition", client.at("bpf/proposal.rules", line: 0, character: 12)) == #"{"range":{"end":{"character":0,"line":0},"start":{"character":0,"line":0}},"uri":"ROOT/schema.rules"}"#)
    }

    @Test func definitionOfADefinedNameIsItsDefineLine() {
        #expect(answer("textDocument/definition", at("count(mag_facilitators)", offset: 8)) == #"{"range":{"end":{"character":23,"line":8},"start":{"character":7,"line":8}},"uri":"ROOT/bpf/proposal.rules"}"#)
    }

    @Test func referencesOfAParameterWithoutItsDeclaration() {
        var params = at(">= min_facilitators", offset: 5)
        params = params.merging(["context": ["includeDeclaration": false]])
        #expect(answer("textDocument/references", params) == #"[{"range":{"end":{"character":58,"line":12},"start":{"character":42,"line":12}},"uri":"ROOT/bpf/proposal.rules"}]"#)
    }

    @Test func referencesOfAFieldAreEveryUseAndItsDeclaration() {
        #expect(answer("textDocument/references", at("proposal.facilitators)", offset: 12)) == #"[{"range":{"end":{"character":53,"line":8},"start":{"character":41,"line":8}},"uri":"ROOT/bpf/proposal.rules"},{"range":{"end":{"character":37,"line":12},"start":{"character":25,"line":12}},"uri":"ROOT/bpf/proposal.rules"},{"range":{"end":{"character":14,"line":5},"start":{"character":2,"line":5}},"uri":"ROOT/schema.rules"}]"#)
    }

    @Test func documentSymbolsNestRulesUnderTheirRuleset() {
        #expect(answer("textDocument/documentSymbol", document()) == #"[{"children":[{"children":[],"kind":12,"name":"facilitators — At least two facilitators are named","range":{"end":{"character":58,"line":12},"start":{"character":0,"line":10}},"selectionRange":{"end":{"character":17,"line":10},"start":{"character":5,"line":10}}},{"children":[],"kind":12,"name":"mag — A MAG member facilitates","range":{"end":{"character":38,"line":16},"start":{"character":0,"line":14}},"selectionRange":{"end":{"character":8,"line":14},"start":{"character":5,"line":14}}}],"kind":2,"name":"bpf.proposal","range":{"end":{"character":60,"line":3},"start":{"character":0,"line":3}},"selectionRange":{"end":{"character":20,"line":3},"start":{"character":8,"line":3}}},{"children":[],"kind":14,"name":"min_facilitators","range":{"end":{"character":26,"line":6},"start":{"character":0,"line":6}},"selectionRange":{"end":{"character":22,"line":6},"start":{"character":6,"line":6}}},{"children":[],"kind":13,"name":"mag_facilitators","range":{"end":{"character":73,"line":8},"start":{"character":0,"line":8}},"selectionRange":{"end":{"character":23,"line":8},"start":{"character":7,"line":8}}}]"#)
    }

    @Test func workspaceSymbolsAreTheDeclarationsThatMatchTheQuery() {
        #expect(answer("workspace/symbol", ["query": "mag"]) == #"[{"kind":13,"location":{"range":{"end":{"character":23,"line":8},"start":{"character":7,"line":8}},"uri":"ROOT/bpf/proposal.rules"},"name":"mag_facilitators"},{"kind":12,"location":{"range":{"end":{"character":8,"line":14},"start":{"character":5,"line":14}},"uri":"ROOT/bpf/proposal.rules"},"name":"mag — A MAG member facilitates"},{"kind":24,"location":{"range":{"end":{"character":39,"line":2},"start":{"character":5,"line":2}},"uri":"ROOT/bpf/proposal.tests.rules"},"name":"test \"two facilitators, one of the MAG\""}]"#)
    }

    @Test func foldingRangesCoverDeclarationsOfSeveralLines() {
        #expect(answer("textDocument/foldingRange", document()) == #"[{"endLine":12,"startLine":10},{"endLine":16,"startLine":14}]"#)
    }

    @Test func codeLensesShowEachRulesOutcomeOnTheTestsAndRunThatRulesTests() {
        // A lens's command is a real command id (it was ""): the rule's lens runs the rule's tests.
        #expect(answer("textDocument/codeLens", document()) == #"[{"command":{"arguments":["ROOT/bpf/proposal.rules","bpf.proposal.facilitators"],"command":"igfrules.runTests","title":"2 tests: all pass"},"range":{"end":{"character":0,"line":10},"start":{"character":0,"line":10}}},{"command":{"arguments":["ROOT/bpf/proposal.rules","bpf.proposal.mag"],"command":"igfrules.runTests","title":"2 tests: all pass"},"range":{"end":{"character":0,"line":14},"start":{"character":0,"line":14}}}]"#)
        let run = client.result("workspace/executeCommand", ["command": "igfrules.runTests",
                                                              "arguments": [.string(client.uri("bpf/proposal.rules")), "bpf.proposal.mag"]])
        #expect(client.text(run) == #""bpf.proposal.mag: 2 tests: all pass""#)
    }

    @Test func aTestsFileHasARunTestsLensThatRunsThem() {
        #expect(answer("textDocument/codeLens", document("bpf/proposal.tests.rules")) == #"[{"command":{"arguments":["ROOT/bpf/proposal.tests.rules"],"command":"igfrules.runTests","title":"run tests (4 tests: all pass)"},"range":{"end":{"character":0,"line":0},"start":{"character":0,"line":0}}}]"#)
        let run = client.result("workspace/executeCommand", ["command": "igfrules.runTests", "arguments": [.string(client.uri("bpf/proposal.tests.rules"))]])
        #expect(client.text(run) == #""proposal.tests.rules: 4 tests: all pass""#)
        #expect(client.notifications.last?["method"] == "window/showMessage")
    }

    @Test func formattingAFormattedFileChangesNothing() {
        #expect(answer("textDocument/formatting", document()) == "[]")
    }

    @Test func formattingGivesFmtsLayoutAsOneEdit() {
        client.change("bpf/proposal.rules", "ruleset bpf.proposal for proposal\n  rule x \"X\"\n    require proposal.facilitators  is not empty\n")
        #expect(answer("textDocument/formatting", document()) == #"[{"newText":"ruleset bpf.proposal for proposal\nrule x \"X\"\n  require proposal.facilitators is not empty\n","range":{"end":{"character":0,"line":3},"start":{"character":0,"line":0}}}]"#)
    }

    @Test func formattingKeepsEveryComment() {
        client.change("bpf/proposal.rules", "# About the rules.\nruleset bpf.proposal for proposal # the subject\n  rule x \"X\"\n    # why\n    require proposal.facilitators  is not empty\n")
        let newText = client.result("textDocument/formatting", document()).array?.first?["newText"]?.string
        #expect(newText == "# About the rules.\nruleset bpf.proposal for proposal  # the subject\nrule x \"X\"\n  # why\n  require proposal.facilitators is not empty\n")
    }

    @Test func aMisspeltFieldIsDiagnosedAsYouTypeAndItsFixIsACodeAction() {
        let edited = rules.replacingOccurrences(of: "require count(proposal.facilitators)", with: "require count(proposal.facilitatrs)")
        client.change("bpf/proposal.rules", edited)
        #expect(client.text(client.diagnostics("bpf/proposal.rules")) == #"[{"code":"unknown-field","message":"unknown field `facilitatrs` on proposal\ndid you mean `facilitators`?\nthe fields of proposal are: facilitators, submitted","range":{"end":{"character":36,"line":12},"start":{"character":25,"line":12}},"severity":1,"source":"igfrules"}]"#)
        let typo = LanguageServerClient.position(of: "facilitatrs", in: edited)
        let point: JSON = ["line": .int(typo.line), "character": .int(typo.character)]
        let actions = client.result("textDocument/codeAction", document().merging(["range": ["start": point, "end": point], "context": ["diagnostics": []]]))
        #expect(client.text(actions) == #"[{"diagnostics":[{"code":"unknown-field","message":"unknown field `facilitatrs` on proposal\ndid you mean `facilitators`?\nthe fields of proposal are: facilitators, submitted","range":{"end":{"character":36,"line":12},"start":{"character":25,"line":12}},"severity":1,"source":"igfrules"}],"edit":{"changes":{"ROOT/bpf/proposal.rules":[{"newText":"facilitators","range":{"end":{"character":36,"line":12},"start":{"character":25,"line":12}}}]}},"isPreferred":true,"kind":"quickfix","title":"Change to `facilitators`"}]"#)
    }

    @Test func completionAfterADataNameListsItsFieldsWithTheirDescriptions() {
        let edited = rules.replacingOccurrences(of: "require count(proposal.facilitators)", with: "require count(proposal.facilitatrs)")
        client.change("bpf/proposal.rules", edited)
        let dot = LanguageServerClient.position(of: "proposal.facilitatrs", in: edited, offset: 9)
        #expect(answer("textDocument/completion", client.at("bpf/proposal.rules", line: dot.line, character: dot.character)) == #"[{"detail":"list of person","documentation":"The people who will run the BPF.","kind":5,"label":"facilitators"},{"detail":"date","kind":5,"label":"submitted"}]"#)
    }

    @Test func completionAfterCiteListsTheClauseIds() {
        #expect(answer("textDocument/completion", at("modalities.iii")) == #"[{"detail":"Modalities §III Proposals for BPF topics","documentation":"Names of at least two Facilitators","kind":18,"label":"modalities.iii.proposals.facilitators"}]"#)
    }

    @Test func completionAfterAnElementNameListsTheElementsFields() {
        client.change("bpf/proposal.rules", rules + "define x = [g in proposal.facilitators where g.")
        let end = LanguageServerClient.position(of: "where g.", in: rules + "define x = [g in proposal.facilitators where g.", offset: 8)
        let labels = client.result("textDocument/completion", client.at("bpf/proposal.rules", line: end.line, character: end.character)).array?.compactMap { $0["label"]?.string }
        #expect(labels == ["name", "mag_member"])
    }

    @Test func completionAtTheStartOfALineListsDeclarationKeywords() {
        let labels = client.result("textDocument/completion", client.at("bpf/proposal.rules", line: 1, character: 0)).array?.compactMap { $0["label"]?.string }
        #expect(labels?.prefix(9) == ["ruleset", "rule", "param", "define", "data", "type", "include", "test", "clause"])
    }
}

extension JSON {
    /// An object with more fields.
    func merging(_ other: JSON) -> JSON {
        guard case .object(let a) = self, case .object(let b) = other else { return self }
        return .object(a.merging(b) { $1 })
    }
}
