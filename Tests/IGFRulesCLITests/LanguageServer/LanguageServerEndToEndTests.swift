import Foundation
@testable import IGFRulesCLI
import Testing

/// `igfrules lsp` as an editor runs it: the built executable, protocol messages on its standard
/// input, answers on its standard output.
@Suite struct LanguageServerEndToEndTests {
    static func frame(_ json: JSON) -> String {
        String(decoding: FrameReader.frame(json.text), as: UTF8.self)
    }

    /// The messages of a standard output, unframed.
    static func messages(_ output: String) -> [JSON] {
        var reader = FrameReader(readChunk: { nil })
        var remaining = [Array(output.utf8)]
        reader = FrameReader { remaining.isEmpty ? nil : remaining.removeFirst() }
        var found: [JSON] = []
        while case .message(let body) = reader.next() { found.append(JSON.parse(body) ?? .null) }
        return found
    }

    @Test func aSessionOverStandardInputAndOutputEndsWithStatusZero() throws {
        let root = try LanguageServerFixture.write()
        let uri = DocumentStore.uri(of: root + "/bpf/proposal.rules")
        let typo = LanguageServerFixture.rules.replacingOccurrences(of: "count(proposal.facilitators)", with: "count(proposal.facilitatrs)")
        let input = [
            Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]]),
            Self.frame(["jsonrpc": "2.0", "method": "initialized", "params": [:]]),
            "Content-Length: 5\r\n\r\nnope!",
            Self.frame(["jsonrpc": "2.0", "method": "textDocument/didOpen",
                        "params": ["textDocument": ["uri": .string(uri), "languageId": "igfrules", "version": 1, "text": .string(typo)]]]),
            Self.frame(["jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
                        "params": ["textDocument": ["uri": .string(uri)], "position": ["line": 11, "character": 10]]]),
            Self.frame(["jsonrpc": "2.0", "id": 3, "method": "no/such/method"]),
            Self.frame(["jsonrpc": "2.0", "id": 4, "method": "shutdown"]),
            Self.frame(["jsonrpc": "2.0", "method": "exit"]),
        ].joined()
        let (run, signalled) = try CLI.execute(["lsp"], stdin: input)
        #expect(!signalled)
        #expect(run.status == 0)
        let messages = Self.messages(run.output)
        #expect(messages.first { $0["id"] == 1 }?["result"]?["capabilities"]?["hoverProvider"] == true)
        #expect(messages.contains { $0["id"] == .null && $0["error"]?["code"] == .int(-32700) })
        let diagnostics = messages.first { $0["method"] == "textDocument/publishDiagnostics" }?["params"]?["diagnostics"]?.array
        #expect(diagnostics?.first?["code"] == "unknown-field")
        #expect(messages.first { $0["id"] == 2 }?["result"]?["contents"]?["value"]?.string?.contains("Names of at least two Facilitators") == true)
        #expect(messages.first { $0["id"] == 3 }?["error"]?["code"] == .int(-32601))
        #expect(messages.first { $0["id"] == 4 }?["result"] == .null)
    }

    @Test func inputThatEndsWithoutShutdownEndsWithStatusOne() throws {
        let (run, signalled) = try CLI.execute(["lsp"], stdin: Self.frame(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]]))
        #expect(!signalled)
        #expect(run.status == 1)
    }
}
