import IGFRules

/// Finding the analysed file and position a request is about.
extension LanguageServer {
    /// A document as its unit last parsed it.
    struct Place {
        let unit: RuleUnit
        let key: String
        let ruleFile: RuleFile
        let positions: TextPositions
        /// The byte offset of the request's position, when it has one.
        let offset: Int?

        var file: SourceFile { ruleFile.file }
    }

    /// The place of `params.textDocument` (and `params.position`); nil when the document is not
    /// an analysed rule file (an error response would only disturb the editor). A unit whose last
    /// analysis left the document out is analysed whole first.
    func place(_ params: JSON) throws(JSONRPC.Failure) -> Place? {
        guard let uri = params["textDocument"]?["uri"]?.string else {
            throw .invalidParams("the request needs `textDocument.uri`")
        }
        guard let path = DocumentStore.path(of: uri) else { return nil }
        let key = Workspace.key(for: path)
        guard let unit = self.unit(containing: key) else { return nil }
        complete(unit, for: key)
        guard let ruleFile = unit.file(key) else { return nil }
        let positions = TextPositions(ruleFile.file)
        var offset: Int?
        if params["position"] != nil {
            guard let found = positions.offset(of: params["position"]) else {
                throw .invalidParams("`position` needs a `line` and a `character`, both whole numbers from 0")
            }
            offset = found
        }
        return Place(unit: unit, key: key, ruleFile: ruleFile, positions: positions, offset: offset)
    }

    /// The unit that checks a file (by loader key); the first by root when several include it.
    func unit(containing key: String) -> RuleUnit? {
        units.values.sorted { $0.root < $1.root }.first { $0.contains(key) }
    }

    /// A protocol location of a byte range in a file (`positions` when the caller has them for
    /// that file: building them reads the whole file).
    static func location(_ file: SourceFile, _ range: Range<Int>, positions: TextPositions? = nil) -> JSON {
        ["uri": .string(DocumentStore.uri(of: Workspace.key(for: file.path))), "range": (positions ?? TextPositions(file)).range(of: range)]
    }
}
