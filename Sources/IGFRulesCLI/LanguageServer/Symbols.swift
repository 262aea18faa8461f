import IGFRules

/// `textDocument/documentSymbol` (rulesets with their rules, params, definitions, data, types,
/// clauses, tests) and `workspace/symbol`.
extension LanguageServer {
    func documentSymbols(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params) else { return [] }
        var result: [JSON] = []
        var rulesetIndex: Int?
        for declaration in place.ruleFile.declarations {
            guard let (name, kind, nameRange) = Self.symbol(of: declaration) else { continue }
            let symbol: JSON = [
                "name": .string(name), "kind": .int(kind), "children": [],
                "range": place.positions.range(of: declaration.range), "selectionRange": place.positions.range(of: nameRange),
            ]
            if case .ruleset = declaration {
                rulesetIndex = result.count
            } else if case .rule = declaration, let parent = rulesetIndex, case .object(var fields) = result[parent] {
                fields["children"] = .array((fields["children"]?.array ?? []) + [symbol])
                result[parent] = .object(fields)
                continue
            }
            result.append(symbol)
        }
        return .array(result)
    }

    /// The declarations of every analysed unit whose name contains the query (ignoring case).
    func workspaceSymbols(_ params: JSON) -> JSON {
        let query = (params["query"]?.string ?? "").lowercased()
        var result: [JSON] = []
        for unit in units.values.sorted(by: { $0.root < $1.root }) {
            for ruleFile in unit.ruleFiles {
                var positions: TextPositions?
                for declaration in ruleFile.declarations {
                    guard let (name, kind, range) = Self.symbol(of: declaration), query.isEmpty || name.lowercased().contains(query) else { continue }
                    if positions == nil { positions = TextPositions(ruleFile.file) }
                    result.append(["name": .string(name), "kind": .int(kind), "location": Self.location(ruleFile.file, range, positions: positions)])
                }
            }
        }
        return .array(Array(result.prefix(500)))
    }

    /// The name, protocol symbol kind and name range of a declaration (nil for an include).
    static func symbol(of declaration: Declaration) -> (String, Int, Range<Int>)? {
        switch declaration {
        case .ruleset(let d): (d.id.text, 2, d.id.range)
        case .rule(let d): (d.name.text + (d.title.map { " — \($0.text)" } ?? ""), 12, d.name.range)
        case .param(let d): (d.name.text, 14, d.name.range)
        case .define(let d): (d.name.text, 13, d.name.range)
        case .data(let d): (d.name.text, 23, d.name.range)
        case .type(let d): (d.name.text, 5, d.name.range)
        case .clause(let d): (d.id.text, 20, d.id.range)
        case .test(let d): ("test \"\(d.name.text)\"", 24, d.name.range)
        case .scoring(let d): (d.id.text + (d.title.map { " — \($0.text)" } ?? ""), 3, d.id.range)
        case .include: nil
        }
    }
}
