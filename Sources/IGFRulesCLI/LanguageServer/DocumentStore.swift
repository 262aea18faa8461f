import Foundation
import IGFRules

/// The documents the editor has open, by URI, with their current text (full-document sync).
struct DocumentStore {
    struct Document {
        let uri: String
        /// The file's path, or nil for a URI that is not a `file:` URI (an untitled buffer).
        let path: String?
        var text: [UInt8]
        var version: Int
    }

    private(set) var documents: [String: Document] = [:]

    /// The text of a document, or nil when it is too large to be a rule file.
    mutating func open(uri: String, text: String, version: Int) {
        documents[uri] = Document(uri: uri, path: Self.path(of: uri), text: Array(text.utf8), version: version)
    }

    mutating func change(uri: String, text: String, version: Int) -> Bool {
        guard documents[uri] != nil else { return false }
        documents[uri]?.text = Array(text.utf8)
        documents[uri]?.version = version
        return true
    }

    mutating func close(uri: String) { documents[uri] = nil }

    subscript(uri: String) -> Document? { documents[uri] }

    /// The open documents' texts by loader key, to be read instead of the files on disk.
    var overlay: [String: [UInt8]] {
        var overlay: [String: [UInt8]] = [:]
        for document in documents.values {
            if let path = document.path { overlay[RuleLoader.key(for: path)] = document.text }
        }
        return overlay
    }

    /// The path of a `file:` URI (percent escapes decoded).
    static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://"), let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of a path.
    static func uri(of path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
