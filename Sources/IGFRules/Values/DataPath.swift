/// A place in the data: a data name and the fields and positions under it
/// (`proposal.facilitators[2].mag_member`). Used by `set` and `unset` in tests and the REPL.
package struct DataPath: Sendable, Equatable, CustomStringConvertible {
    package enum Step: Sendable, Equatable {
        case field(String)
        /// A position in a list, counted from 1.
        case index(Int)
    }

    package let root: String
    package let steps: [Step]

    package init(root: String, steps: [Step]) {
        self.root = root
        self.steps = steps
    }

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

    public var description: String {
        var text = root
        for step in steps {
            switch step {
            case .field(let name): text += "." + name
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// Why a change cannot be made at a path.
    package struct Problem: Error, Sendable, CustomStringConvertible {
        package let description: String
    }

    /// `value` with the place at `steps` replaced (or, with `append`, extended by one entry).
    /// Records on the way are created where missing; a position must exist (or be one past the
    /// end, to add an entry).
    package static func setting(_ steps: ArraySlice<Step>, in value: Value, to newValue: Value, append: Bool,
                               path: String) throws(Problem) -> Value {
        guard let step = steps.first else {
            guard append else { return newValue }
            switch value {
            case .list(let items): return .list(items + [newValue])
            case .missing: return .list([newValue])
            default: throw Problem(description: "`+=` adds to a list, but \(path) is \(value.kindName)")
            }
        }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.field(let name), .record(var record)):
            record[name] = try setting(rest, in: record[name], to: newValue, append: append, path: path)
            return .record(record)
        case (.field(let name), .missing):
            var record = Record()
            record[name] = try setting(rest, in: .missing, to: newValue, append: append, path: path)
            return .record(record)
        case (.index(let index), .list(var items)):
            if index == items.count + 1, rest.isEmpty, !append {
                items.append(newValue)
            } else {
                guard index <= items.count else {
                    throw Problem(description: "\(path): the list has \(items.count) entr\(items.count == 1 ? "y" : "ies"), so there is no position \(index)")
                }
                items[index - 1] = try setting(rest, in: items[index - 1], to: newValue, append: append, path: path)
            }
            return .list(items)
        case (.field(let name), _):
            throw Problem(description: "\(path): cannot set the field `\(name)` of \(value.kindName) \(value.literal(limit: 30))")
        case (.index, .missing):
            throw Problem(description: "\(path): there is no list at this place to take a position of")
        case (.index, _):
            throw Problem(description: "\(path): \(value.kindName) \(value.literal(limit: 30)) is not a list")
        }
    }

    /// `value` without the field or entry at `steps`; nothing changes if it is not there.
    package static func removing(_ steps: ArraySlice<Step>, in value: Value) -> Value {
        guard let step = steps.first else { return .missing }
        let rest = steps.dropFirst()
        switch (step, value) {
        case (.field(let name), .record(var record)):
            if rest.isEmpty {
                record.remove(name)
            } else if record.has(name) {
                record[name] = removing(rest, in: record[name])
            }
            return .record(record)
        case (.index(let index), .list(var items)) where index <= items.count:
            if rest.isEmpty {
                items.remove(at: index - 1)
            } else {
                items[index - 1] = removing(rest, in: items[index - 1])
            }
            return .list(items)
        default:
            return value
        }
    }

    /// The value at `steps`, or missing.
    package static func reading(_ steps: ArraySlice<Step>, in value: Value) -> Value {
        guard let step = steps.first else { return value }
        switch (step, value) {
        case (.field(let name), .record(let record)): return reading(steps.dropFirst(), in: record[name])
        case (.index(let index), .list(let items)) where index >= 1 && index <= items.count:
            return reading(steps.dropFirst(), in: items[index - 1])
        default: return .missing
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

