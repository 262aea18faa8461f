/// Data paths written in rule text (`set` and `unset` targets, `--set`), read from expressions and
/// checked against the declared shapes.
extension DataPath {
    /// Reads a path written as an expression: a name followed by `.field` and `[number]`.
    /// Nil when the expression is anything else.
    package init?(_ expression: Expr) {
        var steps: [Step] = []
        var current = expression
        while true {
            switch current.kind {
            case .name(let name):
                self.init(root: name, steps: steps.reversed())
                return
            case .field(let base, let field):
                steps.append(.field(field.text))
                current = base
            case .index(let base, let position):
                guard case .number(.integer(let index)) = position.kind, index >= 1 else { return nil }
                steps.append(.index(index))
                current = base
            case .group(let inner):
                current = inner
            default:
                return nil
            }
        }
    }
}

extension DataPath {
    /// Checks the path's fields against the declared shape of its data name: a misspelt field is
    /// a problem ("unknown field `submited` on proposal; did you mean `submitted`?"). Positions
    /// and fields under undeclared shapes are not checked.
    package func problem(in program: Program) -> String? {
        guard let slot = program.dataSlot(named: root) else {
            let suggestion = Suggestions.closest(to: root, among: program.dataNames.map(\.name))
            return "`\(root)` is not a data name of these rules" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        }
        var type = program.dataNames[slot].type
        var walked = root
        for step in steps {
            switch step {
            case .index(let index):
                walked += "[\(index)]"
                if case .list(let element) = type { type = element } else { type = .unknown }
            case .field(let name):
                guard case .record(let record) = type else {
                    walked += "." + name
                    type = .unknown
                    continue
                }
                guard let fieldType = record.type(of: name) else {
                    let suggestion = Suggestions.closest(to: name, among: record.fieldNames)
                    return "unknown field `\(name)` on \(record.name ?? walked)" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
                }
                walked += "." + name
                type = fieldType
            }
        }
        return nil
    }
}

extension DataPath {
    /// The path an expression writes (`set` and `unset` targets), checked against the schema; a
    /// diagnostic when it is not a path, or names a field the data does not have.
    package static func checked(_ target: Expr, in program: Program, file: SourceFile, verb: String) -> Result<DataPath, Diagnostic> {
        guard let path = DataPath(target) else {
            return .failure(Diagnostic(.error, code: "not-a-path", message: "`\(verb)` needs a path such as proposal.submitted or proposal.facilitators[1].name",
                                       file: file, range: target.range))
        }
        if let mistake = path.problem(in: program) {
            return .failure(Diagnostic(.error, code: "unknown-field", message: mistake, file: file, range: target.range))
        }
        return .success(path)
    }
}

