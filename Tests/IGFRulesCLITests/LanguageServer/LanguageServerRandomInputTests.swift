import Foundation
@testable import IGFRulesCLI
import Testing

/// Seeded random damage to protocol messages and to the document: the server answers every
/// request (a result or an error) and never stops.
@Suite struct LanguageServerRandomInputTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let methods = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
                          "textDocument/documentSymbol", "workspace/symbol", "textDocument/formatting", "textDocument/foldingRange",
                          "textDocument/codeLens", "textDocument/codeAction", "workspace/executeCommand", "textDocument/didChange"]

    @Test(arguments: [1, 2, 3])
    func damagedMessagesAreAnsweredAndTheServerGoesOn(seed: UInt64) throws {
        var random = Generator(state: seed)
        let client = LanguageServerClient(root: try LanguageServerFixture.write())
        client.initialize()
        try client.open("bpf/proposal.rules")
        let uri = client.uri("bpf/proposal.rules")
        for id in 1...150 {
            let method = Self.methods.randomElement(using: &random)!
            let line = Int.random(in: -2...30, using: &random), character = Int.random(in: -2...90, using: &random)
            let position: JSON = ["line": .int(line), "character": .int(character)]
            var text = Array(LanguageServerFixture.rules.utf8)
            for _ in 0..<Int.random(in: 0...6, using: &random) where !text.isEmpty {
                text[Int.random(in: 0..<text.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            let params: JSON = ["textDocument": ["uri": .string(uri), "version": .int(id)], "position": position,
                                "range": ["start": position, "end": position], "query": "a", "context": ["diagnostics": []],
                                "contentChanges": [["text": .string(String(decoding: text, as: UTF8.self))]],
                                "command": "igfrules.runTests", "arguments": [.string(uri)]]
            var message = Array((["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params] as JSON).text.utf8)
            let damaged = Int.random(in: 0..<4, using: &random) == 0
            if damaged {
                message[Int.random(in: 0..<message.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            // A damaged message may have lost its id and become a notification, which gets no answer.
            let answers = client.send(bytes: message)
            #expect(damaged ? answers.count <= 1 : answers.count == 1, "message \(id) (seed \(seed)) got \(answers.count) answers")
        }
        #expect(client.request("shutdown")["result"] == .null)
    }
}
