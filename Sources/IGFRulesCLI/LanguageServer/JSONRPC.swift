/// JSON-RPC 2.0 as the language server protocol uses it: requests (with an id) get one response,
/// notifications (without) get none.
enum JSONRPC {
    /// An incoming message, once its JSON is read.
    enum Incoming: Equatable {
        case request(id: JSON, method: String, params: JSON)
        case notification(method: String, params: JSON)
        /// A response to a request the server sent; the server sends none that await an answer.
        case response
        case invalid(id: JSON, reason: String)
    }

    /// The error codes of JSON-RPC and of the protocol.
    enum ErrorCode: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case internalError = -32603
        case serverNotInitialized = -32002
        case requestFailed = -32803
    }

    /// An error to send back for a request.
    struct Failure: Error, Equatable {
        let code: ErrorCode
        let message: String

        static func invalidParams(_ message: String) -> Failure { Failure(code: .invalidParams, message: message) }
    }

    static func read(_ json: JSON) -> Incoming {
        guard case .object = json, json["jsonrpc"]?.string == "2.0" else {
            return .invalid(id: validID(json["id"]) ?? .null, reason: "not a JSON-RPC 2.0 message")
        }
        let id = json["id"]
        guard let method = json["method"]?.string else {
            if id != nil, json["result"] != nil || json["error"] != nil { return .response }
            return .invalid(id: validID(id) ?? .null, reason: "a message without a method")
        }
        let params = json["params"] ?? .null
        guard let id else { return .notification(method: method, params: params) }
        guard let valid = validID(id) else { return .invalid(id: .null, reason: "an id must be a number or a text") }
        return .request(id: valid, method: method, params: params)
    }

    private static func validID(_ id: JSON?) -> JSON? {
        switch id {
        case .number?, .string?: id
        default: nil
        }
    }

    static func response(id: JSON, result: JSON) -> JSON {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    static func error(id: JSON, _ failure: Failure) -> JSON {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .int(failure.code.rawValue), "message": .string(failure.message)]]
    }

    static func notification(_ method: String, _ params: JSON) -> JSON {
        ["jsonrpc": "2.0", "method": .string(method), "params": params]
    }
}
