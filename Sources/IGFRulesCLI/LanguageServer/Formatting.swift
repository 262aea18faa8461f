import IGFRules

/// `textDocument/formatting` with `fmt`'s layout, and `textDocument/foldingRange`.
extension LanguageServer {
    /// One edit that replaces the whole text with its formatted form; none when it is already
    /// formatted or does not parse (its diagnostics say why).
    func formatting(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let uri = params["textDocument"]?["uri"]?.string else { throw .invalidParams("the request needs `textDocument.uri`") }
        guard let document = store[uri] else { return [] }
        let file = SourceFile(path: document.path ?? uri, bytes: document.text)
        guard case .success(let formatted) = Formatter.format(file), Array(formatted.utf8) != document.text else { return [] }
        return [["range": TextPositions(file).range(of: 0..<file.bytes.count), "newText": .string(formatted)]]
    }

    /// Every declaration that spans lines, and every run of two or more comment lines.
    func foldingRanges(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params) else { return [] }
        var result: [JSON] = []
        for declaration in place.ruleFile.declarations {
            let first = place.positions.line(of: declaration.range.lowerBound)
            let last = place.positions.line(of: max(declaration.range.lowerBound, declaration.range.upperBound - 1))
            if last > first { result.append(["startLine": .int(first), "endLine": .int(last)]) }
        }
        var run: (first: Int, last: Int)?
        for comment in place.ruleFile.comments {
            let line = place.positions.line(of: comment.lowerBound)
            if let current = run, current.last + 1 == line {
                run = (current.first, line)
                continue
            }
            if let current = run, current.last > current.first { result.append(["startLine": .int(current.first), "endLine": .int(current.last), "kind": "comment"]) }
            run = (line, line)
        }
        if let current = run, current.last > current.first { result.append(["startLine": .int(current.first), "endLine": .int(current.last), "kind": "comment"]) }
        return .array(result)
    }
}
