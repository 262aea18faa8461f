import Foundation
@testable import IGFRulesCLI

/// Speaks the protocol to a server in this process: sends messages as bytes, keeps the
/// notifications it receives, and returns each request's response.
final class LanguageServerClient {
    let server = LanguageServer()
    /// The folder whose path is shown as `ROOT` in `text(_:)`.
    let root: String
    private(set) var notifications: [JSON] = []
    private var nextID = 1

    init(root: String) {
        self.root = root
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    @discardableResult
    func request(_ method: String, _ params: JSON = .null) -> JSON {
        let id = nextID
        nextID += 1
        let answers = send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
        return answers.first { $0["id"] == .int(id) } ?? .null
    }

    /// A request's result (null when it failed).
    func result(_ method: String, _ params: JSON = .null) -> JSON {
        request(method, params)["result"] ?? .null
    }

    func notify(_ method: String, _ params: JSON = .null) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    /// Sends a message as raw bytes; returns the responses, keeping notifications.
    @discardableResult
    func send(_ message: JSON) -> [JSON] { send(bytes: Array(message.text.utf8)) }

    @discardableResult
    func send(bytes: [UInt8]) -> [JSON] {
        let out = server.handle(bytes)
        notifications += out.filter { $0["method"] != nil }
        return out.filter { $0["method"] == nil }
    }

    func initialize() {
        request("initialize", ["processId": nil, "rootUri": .string(uri("")), "capabilities": [:]])
        notify("initialized", [:])
    }

    func uri(_ relative: String) -> String { DocumentStore.uri(of: root + (relative.isEmpty ? "" : "/" + relative)) }

    func open(_ relative: String, _ text: String? = nil) throws {
        let contents = try text ?? String(contentsOfFile: root + "/" + relative, encoding: .utf8)
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri(relative)), "languageId": "igfrules", "version": 1, "text": .string(contents)]])
    }

    func change(_ relative: String, _ text: String, version: Int = 2) {
        notify("textDocument/didChange", ["textDocument": ["uri": .string(uri(relative)), "version": .int(version)],
                                          "contentChanges": [["text": .string(text)]]])
    }

    /// The last diagnostics sent for a file.
    func diagnostics(_ relative: String) -> JSON? {
        notifications.last { $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.string == uri(relative) }?["params"]?["diagnostics"]
    }

    /// `params` for a request at a position of a document.
    func at(_ relative: String, line: Int, character: Int) -> JSON {
        ["textDocument": ["uri": .string(uri(relative))], "position": ["line": .int(line), "character": .int(character)]]
    }

    /// The position of the first occurrence of `needle` in a text (plus `offset` characters).
    static func position(of needle: String, in text: String, offset: Int = 0) -> (line: Int, character: Int) {
        let prefix = text[..<text.range(of: needle)!.lowerBound]
        let line = prefix.count { $0 == "\n" }
        let column = prefix.split(separator: "\n", omittingEmptySubsequences: false).last!.utf16.count
        return (line, column + offset)
    }

    /// JSON text with the fixture's folder shown as `ROOT`.
    func text(_ json: JSON?) -> String {
        (json ?? .null).text.replacingOccurrences(of: String(DocumentStore.uri(of: root + "/x").dropLast(2)), with: "ROOT")
    }
}
