/// Resolving `type` and `data` declarations into `DataType`s.
extension Checker {
    static let builtinTypes: [String: DataType] = [
        "text": .text, "number": .number, "yes/no": .bool, "date": .date, "date-time": .dateTime,
        "duration": .duration, "any": .unknown,
    ]

    mutating func resolveTypes() {
        var inProgress: [String] = []
        for name in typeDeclarations.keys.sorted() where resolvedTypes[name] == nil {
            resolveNamedType(name, inProgress: &inProgress)
        }
    }

    @discardableResult
    private mutating func resolveNamedType(_ name: String, inProgress: inout [String]) -> DataType {
        if let done = resolvedTypes[name] { return done }
        guard let (declaration, file) = typeDeclarations[name] else { return .unknown }
        if inProgress.contains(name) || inProgress.count >= Checker.maximumDefinitionDepth {
            report(.recursiveType(inProgress.drop { $0 != name } + [name], range: declaration.name.range, file: file))
            resolvedTypes[name] = .unknown
            return .unknown
        }
        inProgress.append(name)
        let type = resolve(declaration.type, file: file, naming: name, inProgress: &inProgress)
        inProgress.removeLast()
        resolvedTypes[name] = type
        return type
    }

    /// The kind a type expression denotes. `naming` names the record kind for messages.
    mutating func resolve(_ type: TypeExpr, file: SourceFile, naming: String?) -> DataType {
        var inProgress: [String] = []
        return resolve(type, file: file, naming: naming, inProgress: &inProgress)
    }

    private mutating func resolve(_ type: TypeExpr, file: SourceFile, naming: String?, inProgress: inout [String]) -> DataType {
        switch type.kind {
        case .named(let name):
            if let builtin = Checker.builtinTypes[name] { return builtin }
            if typeDeclarations[name] != nil { return resolveNamedType(name, inProgress: &inProgress) }
            let known = Array(Checker.builtinTypes.keys) + Array(typeDeclarations.keys)
            report(.unknownType(name, suggestion: Suggestions.closest(to: name, among: known), range: type.range, file: file))
            return .unknown
        case .list(let element):
            return .list(resolve(element, file: file, naming: naming, inProgress: &inProgress))
        case .record(let fields):
            var seen: [String: Range<Int>] = [:]
            var resolved: [(String, DataType)] = []
            for field in fields {
                if let first = seen[field.name.text] {
                    report(.duplicate("field", field.name.text, at: field.name.range, file: file,
                                      first: Declared(file: file, range: first)))
                    continue
                }
                seen[field.name.text] = field.name.range
                let path = naming.map { "\($0).\(field.name.text)" } ?? field.name.text
                resolved.append((field.name.text, resolve(field.type, file: file, naming: path, inProgress: &inProgress)))
            }
            return .record(RecordType(name: naming, fields: resolved))
        }
    }
}
