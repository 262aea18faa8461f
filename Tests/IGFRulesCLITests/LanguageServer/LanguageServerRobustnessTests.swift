import Foundation
import IGFRules
@testable import IGFRulesCLI
import Testing

/// Broken messages, unknown methods, documents that do not parse and files deleted under the
/// server get an error response or a diagnostic; the server goes on.
@Suite struct LanguageServerRobustnessTests {
    let client: LanguageServerClient

    init() throws {
        client = LanguageServerClient(root: try LanguageServerFixture.write())
        client.initialize()
        try client.open("bpf/proposal.rules")
    }

    @Test func aMessageThatIsNotJSONGetsAParseError() {
        let answers = client.send(bytes: Array("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ".utf8))
        #expect(client.text(.array(answers)) == #"[{"error":{"code":-32700,"message":"the message is not valid JSON"},"id":null,"jsonrpc":"2.0"}]"#)
    }

    @Test func aMessageThatIsNotJSONRPCGetsInvalidRequest() {
        let answers = client.send(["id": 4, "method": "textDocument/hover"])
        #expect(answers.first?["error"]?["code"] == .int(-32600))
        #expect(answers.first?["id"] == .int(4))
    }

    @Test func anUnknownMethodGetsMethodNotFound() {
        let answer = client.request("textDocument/semanticTokens/full", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))]])
        #expect(answer["error"]?["code"] == .int(-32601))
    }

    @Test func anUnknownNotificationIsIgnored() {
        #expect(client.send(["jsonrpc": "2.0", "method": "$/somethingNew", "params": [:]]).isEmpty)
    }

    @Test func aRequestBeforeInitializeIsRefused() {
        let fresh = LanguageServerClient(root: client.root)
        #expect(fresh.request("textDocument/hover", [:])["error"]?["code"] == .int(-32002))
    }

    @Test func aRequestWithoutItsParametersGetsInvalidParams() {
        #expect(client.request("textDocument/hover", [:])["error"]?["code"] == .int(-32602))
        #expect(client.request("textDocument/hover", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))], "position": ["line": -1]])["error"]?["code"] == .int(-32602))
    }

    @Test func aDocumentThatDoesNotParseIsDiagnosedAndStillAnswered() {
        client.change("bpf/proposal.rules", "ruleset bpf.proposal for proposal\nrule x \"X\"\n  require proposal.facilitators == 1 &&\n")
        let codes = client.diagnostics("bpf/proposal.rules")?.array?.compactMap { $0["code"]?.string }
        #expect(codes?.contains("double-equal") == true)
        let symbols = client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))]])
        #expect(symbols.array?.first?["name"] == "bpf.proposal")
        #expect(client.request("textDocument/hover", client.at("bpf/proposal.rules", line: 2, character: 14))["error"] == nil)
        #expect(client.result("textDocument/codeLens", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))]]) != .null)
    }

    @Test func aDocumentOfBinaryBytesIsDiagnosedNotFatal() {
        client.change("bpf/proposal.rules", "\u{0}\u{1}ruleset \u{FFFF}\u{7}")
        #expect(client.diagnostics("bpf/proposal.rules")?.array?.isEmpty == false)
    }

    @Test func aChangeToTheSchemaRechecksTheFilesThatIncludeIt() throws {
        try client.open("schema.rules", LanguageServerFixture.schema.replacingOccurrences(of: "facilitators: list of person", with: "people: list of person"))
        let codes = client.diagnostics("bpf/proposal.rules")?.array?.compactMap { $0["code"]?.string }
        #expect(codes?.contains("unknown-field") == true)
        client.change("schema.rules", LanguageServerFixture.schema)
        #expect(client.diagnostics("bpf/proposal.rules") == [])
    }

    @Test func anIncludedFileDeletedUnderTheServerIsADiagnostic() throws {
        try FileManager.default.removeItem(atPath: client.root + "/clauses.rules")
        client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(client.uri("clauses.rules")), "type": 3]]])
        let codes = client.diagnostics("bpf/proposal.rules")?.array?.compactMap { $0["code"]?.string }
        #expect(codes == ["include-failed"])
    }

    @Test func anOpenDocumentDeletedFromDiskIsStillServedFromTheEditor() throws {
        try FileManager.default.removeItem(atPath: client.root + "/bpf/proposal.rules")
        client.change("bpf/proposal.rules", LanguageServerFixture.rules)
        let symbols = client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))]])
        #expect(symbols.array?.count == 3)
    }

    @Test func aDocumentOpenedThroughASymbolicLinkIsAnsweredUnderTheEditorsURI() throws {
        let link = try CLI.temporaryFolder() + "/library"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: client.root)
        let linked = LanguageServerClient(root: link)
        linked.initialize()
        try linked.open("bpf/proposal.rules", LanguageServerFixture.rules.replacingOccurrences(of: "count(proposal.facilitators)", with: "count(proposal.facilitatrs)"))
        let diagnostics = linked.diagnostics("bpf/proposal.rules")?.array
        #expect(diagnostics?.map { $0["code"] } == ["unknown-field"])
        let notification = linked.notifications.last { $0["method"] == "textDocument/publishDiagnostics" }
        #expect(notification?["params"]?["version"] == 1)
    }

    @Test func closingTheLastDocumentOfALibraryClearsItsDiagnostics() {
        client.change("bpf/proposal.rules", LanguageServerFixture.rules + "param unused = 1\n")
        #expect(client.diagnostics("bpf/proposal.rules")?.array?.map { $0["code"] } == ["unused-parameter"])
        client.notify("textDocument/didClose", ["textDocument": ["uri": .string(client.uri("bpf/proposal.rules"))]])
        #expect(client.diagnostics("bpf/proposal.rules") == [])
        #expect(client.server.units.isEmpty)
    }

    @Test func aDocumentThatIsNotAFileIsAnsweredWithNothing() {
        client.notify("textDocument/didOpen", ["textDocument": ["uri": "untitled:Untitled-1", "languageId": "igfrules", "version": 1, "text": "rule"]])
        #expect(client.result("textDocument/hover", ["textDocument": ["uri": "untitled:Untitled-1"], "position": ["line": 0, "character": 1]]) == .null)
        #expect(client.result("textDocument/documentSymbol", ["textDocument": ["uri": "untitled:Untitled-1"]]) == [])
    }

    @Test func exitAfterShutdownEndsWithStatusZero() {
        #expect(client.request("shutdown")["result"] == .null)
        #expect(client.request("textDocument/hover", client.at("bpf/proposal.rules", line: 0, character: 0))["error"]?["code"] == .int(-32600))
        client.notify("exit")
        #expect(client.server.exitStatus == 0)
    }

    @Test func exitWithoutShutdownEndsWithStatusOne() {
        client.notify("exit")
        #expect(client.server.exitStatus == 1)
    }
}

/// `LanguageServer.run`: the loop over frames, and its end.
@Suite struct LanguageServerLoopTests {
    static func input(_ messages: [JSON]) -> () -> [UInt8]? {
        var chunks = messages.map { FrameReader.frame($0.text) }
        return { chunks.isEmpty ? nil : chunks.removeFirst() }
    }

    @Test func answersEachMessageAsItArrivesAndEndsAtExit() {
        var written: [String] = []
        let status = LanguageServer.run(
            readChunk: Self.input([["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]],
                                   ["jsonrpc": "2.0", "id": 2, "method": "shutdown"], ["jsonrpc": "2.0", "method": "exit"],
                                   ["jsonrpc": "2.0", "id": 3, "method": "never/read"]]),
            write: { written.append(String(decoding: $0, as: UTF8.self)); return true }, log: { _ in })
        #expect(status == 0)
        #expect(written.count == 2)
        #expect(written.last == "Content-Length: 38\r\n\r\n{\"id\":2,\"jsonrpc\":\"2.0\",\"result\":null}")
    }

    @Test func aClosedOutputEndsTheServerWithStatusOne() {
        var logged = ""
        let status = LanguageServer.run(readChunk: Self.input([["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]]]),
                                        write: { _ in false }, log: { logged += $0 })
        #expect(status == 1)
        #expect(logged == "igfrules lsp: the editor closed the connection\n")
    }

    @Test func aDocumentOverTheRuleFileLimitIsDiagnosedNotRead() throws {
        let client = LanguageServerClient(root: try LanguageServerFixture.write())
        client.initialize()
        try client.open("bpf/proposal.rules", String(repeating: "#", count: RuleLoader.maximumFileSize + 1))
        let messages = client.diagnostics("bpf/proposal.rules")?.array?.compactMap { $0["message"]?.string }
        #expect(messages == ["cannot read \(client.root)/bpf/proposal.rules: it is larger than 8 MB"])
    }
}
