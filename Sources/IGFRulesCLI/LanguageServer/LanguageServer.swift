import Foundation
import IGFRules

/// The language server: reads protocol messages, keeps the open documents and their analysis,
/// and answers. `handle` is the whole protocol (tests call it in-process); `run` adds the framing
/// over standard input and output.
final class LanguageServer {
    var store = DocumentStore()
    /// Analysed units by root.
    var units: [String: RuleUnit] = [:]
    /// Files (by loader key) whose diagnostics were last sent non-empty, so that they can be cleared.
    var published: Set<String> = []
    private var initialized = false
    private var shuttingDown = false
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    private(set) var exitStatus: Int32?

    /// Answers a request the server knows; nil for a method it does not.
    private func route(_ method: String, _ params: JSON) throws(JSONRPC.Failure) -> JSON? {
        switch method {
        case "textDocument/hover": try hover(params)
        case "textDocument/completion": try completion(params)
        case "textDocument/definition": try definition(params)
        case "textDocument/references": try references(params)
        case "textDocument/documentSymbol": try documentSymbols(params)
        case "workspace/symbol": workspaceSymbols(params)
        case "textDocument/formatting": try formatting(params)
        case "textDocument/foldingRange": try foldingRanges(params)
        case "textDocument/codeLens": try codeLenses(params)
        case "textDocument/codeAction": try codeActions(params)
        case "workspace/executeCommand": try executeCommand(params)
        default: nil
        }
    }

    /// Handles one message body; returns the messages to send (responses and notifications).
    func handle(_ body: [UInt8]) -> [JSON] {
        guard let json = JSON.parse(body) else {
            return [JSONRPC.error(id: .null, .init(code: .parseError, message: "the message is not valid JSON"))]
        }
        return handle(json)
    }

    func handle(_ json: JSON) -> [JSON] {
        switch JSONRPC.read(json) {
        case .invalid(let id, let reason):
            return [JSONRPC.error(id: id, .init(code: .invalidRequest, message: reason))]
        case .response:
            return []
        case .notification(let method, let params):
            return notification(method, params)
        case .request(let id, let method, let params):
            do throws(JSONRPC.Failure) {
                return [JSONRPC.response(id: id, result: try request(method, params))] + pendingNotifications()
            } catch {
                return [JSONRPC.error(id: id, error)]
            }
        }
    }

    private var outbox: [JSON] = []

    func send(_ method: String, _ params: JSON) { outbox.append(JSONRPC.notification(method, params)) }

    private func pendingNotifications() -> [JSON] {
        defer { outbox = [] }
        return outbox
    }

    private func request(_ method: String, _ params: JSON) throws(JSONRPC.Failure) -> JSON {
        if method == "initialize" {
            initialized = true
            return Self.capabilities
        }
        guard initialized else { throw .init(code: .serverNotInitialized, message: "the first request must be `initialize`") }
        guard !shuttingDown else { throw .init(code: .invalidRequest, message: "the server is shutting down") }
        if method == "shutdown" {
            shuttingDown = true
            return .null
        }
        guard let result = try route(method, params) else {
            throw .init(code: .methodNotFound, message: "the server does not know the method `\(method)`")
        }
        return result
    }

    private func notification(_ method: String, _ params: JSON) -> [JSON] {
        switch method {
        case "exit": exitStatus = shuttingDown ? 0 : 1
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave", "workspace/didChangeWatchedFiles": reanalyzeAll()
        default: break  // `initialized`, `$/cancelRequest`, `$/setTrace` and unknown notifications need nothing.
        }
        return pendingNotifications()
    }

    static let capabilities: JSON = [
        "capabilities": [
            "textDocumentSync": ["openClose": true, "change": 1, "save": true],
            "hoverProvider": true,
            "completionProvider": ["triggerCharacters": [".", " "]],
            "definitionProvider": true,
            "referencesProvider": true,
            "documentSymbolProvider": true,
            "workspaceSymbolProvider": true,
            "documentFormattingProvider": true,
            "foldingRangeProvider": true,
            "codeLensProvider": ["resolveProvider": false],
            "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            "executeCommandProvider": ["commands": [.string(runTestsCommand)]],
        ],
        "serverInfo": ["name": "igfrules", "version": .string(IGFRulesCommand.version)],
    ]

    static let runTestsCommand = "igfrules.runTests"

    /// Serves over a byte stream until `exit` or the end of the input; returns the exit status.
    /// `write` returns false when the client is gone; the server then ends with status 1.
    static func run(readChunk: @escaping () -> [UInt8]?, write: ([UInt8]) -> Bool, log: (String) -> Void) -> Int32 {
        let server = LanguageServer()
        var reader = FrameReader(readChunk: readChunk)
        while server.exitStatus == nil {
            var answers: [JSON] = []
            switch reader.next() {
            case .end:
                return server.shuttingDown ? 0 : 1
            case .malformed(let problem):
                log("igfrules lsp: skipped \(problem)\n")
                answers = [JSONRPC.error(id: .null, .init(code: .parseError, message: "skipped \(problem)"))]
            case .message(let body):
                answers = server.handle(body)
            }
            for answer in answers where !write(FrameReader.frame(answer.text)) {
                log("igfrules lsp: the editor closed the connection\n")
                return 1
            }
        }
        return server.exitStatus ?? 0
    }
}
