import IGFRules

/// `textDocument/codeAction`: each fix-it of a diagnostic in the requested range, as a quick fix
/// that edits the document.
extension LanguageServer {
    func codeActions(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params) else { return [] }
        guard let range = place.positions.byteRange(of: params["range"]) else {
            throw .invalidParams("`range` needs a `start` and an `end` position")
        }
        let uri = params["textDocument"]?["uri"]?.string ?? DocumentStore.uri(of: place.key)
        var result: [JSON] = []
        for diagnostic in place.unit.diagnostics[place.key] ?? [] {
            guard let at = diagnostic.range, at.lowerBound <= range.upperBound, range.lowerBound <= at.upperBound else { continue }
            for fix in diagnostic.fixes {
                let edits: [JSON] = fix.edits.map { ["range": place.positions.range(of: $0.range), "newText": .string($0.replacement)] }
                result.append([
                    "title": .string(fix.title.prefix(1).uppercased() + fix.title.dropFirst()),
                    "kind": "quickfix",
                    "isPreferred": .bool(diagnostic.fixes.count == 1),
                    "diagnostics": [Self.protocolDiagnostic(diagnostic, positions: place.positions)],
                    "edit": ["changes": .object([uri: .array(edits)])],
                ])
            }
        }
        return .array(result)
    }
}
