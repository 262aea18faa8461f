import IGFRules

/// `textDocument/definition` and `textDocument/references`, from the symbol index.
extension LanguageServer {
    func definition(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params), let offset = place.offset,
              let occurrence = place.unit.index.occurrence(at: offset, inFile: place.key) else { return .null }
        switch occurrence.symbol {
        case .file(let key):
            return ["uri": .string(DocumentStore.uri(of: key)), "range": TextPositions([]).range(of: 0..<0)]
        case .field(let path):
            let lookup = SchemaLookup(index: place.unit.index, program: place.unit.program ?? place.unit.lastProgram)
            return lookup.declaration(of: path).map { Self.location($0.file, $0.range) } ?? .null
        default:
            return place.unit.index.declarations[occurrence.symbol].map { Self.location($0.file, $0.range) } ?? .null
        }
    }

    func references(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params), let offset = place.offset,
              let occurrence = place.unit.index.occurrence(at: offset, inFile: place.key) else { return [] }
        let includeDeclaration = params["context"]?["includeDeclaration"]?.bool ?? true
        var positions: [String: TextPositions] = [:]
        return .array(place.unit.index.references(to: occurrence.symbol).compactMap { key, found in
            guard includeDeclaration || !found.isDeclaration, let file = place.unit.index.files[key]?.file else { return nil }
            if positions[key] == nil { positions[key] = TextPositions(file) }
            return Self.location(file, found.range, positions: positions[key])
        })
    }
}
