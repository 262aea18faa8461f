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
    /// The URI the editor uses for each open file, by loader key: answers about a file name it
    /// as the editor does, even when a symbolic link or another spelling leads to it.
    private var uris: [String: String] = [:]

    mutating func open(uri: String, text: String, version: Int) {
        let path = Self.path(of: uri)
        documents[uri] = Document(uri: uri, path: path, text: Array(text.utf8), version: version)
        if let path { uris[Workspace.key(for: path)] = uri }
    }

    mutating func change(uri: String, text: String, version: Int) -> Bool {
        guard documents[uri] != nil else { return false }
        documents[uri]?.text = Array(text.utf8)
        documents[uri]?.version = version
        return true
    }

    mutating func close(uri: String) {
        if let path = documents[uri]?.path { uris[Workspace.key(for: path)] = nil }
        documents[uri] = nil
    }

    /// The URI of a file by its loader key: the editor's, when the file is open.
    func uri(forKey key: String) -> String {
        uris[key] ?? Self.uri(of: key)
    }

    subscript(uri: String) -> Document? { documents[uri] }

    /// The open documents' texts by loader key, to be read instead of the files on disk.
    var overlay: [String: [UInt8]] {
        var overlay: [String: [UInt8]] = [:]
        for document in documents.values {
            if let path = document.path { overlay[Workspace.key(for: path)] = document.text }
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
