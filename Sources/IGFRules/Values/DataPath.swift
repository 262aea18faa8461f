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
