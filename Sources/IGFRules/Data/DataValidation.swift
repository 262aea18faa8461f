/// Finds what is wrong with data once it is read: values of the wrong kind (always), fields the
/// schema does not know that look like a misspelling of one the record lacks (always), and any
/// field the schema does not know (with `--strict`). The rules that read a malformed value
/// give `error`; this is the list a person fixing the data file wants.
package enum DataValidation {
    package struct Finding: Sendable, CustomStringConvertible {
        package let path: String
        package let message: String
        /// Unknown fields are only reported with `--strict`; malformed values always.
        package let isUnknownField: Bool
        public var description: String { "\(path): \(message)" }
    }

    /// The findings in a value already read by `Conformance` for `type`.
    package static func findings(in value: Value, type: DataType, name: String, strict: Bool) -> [Finding] {
        var found: [Finding] = []
        var path: [Conformance.Step] = [.key(name)]
        walk(value, type: type, path: &path, strict: strict, into: &found)
        return found
    }

    /// Walks the value; the path is kept as steps and written out only for a finding, which is rare.
    private static func walk(_ value: Value, type: DataType, path: inout [Conformance.Step], strict: Bool, into found: inout [Finding]) {
        switch value {
        case .malformed(let problem):
            found.append(Finding(path: problem.path.isEmpty ? Conformance.pathText(path) : problem.path, message: problem.message,
                                 isUnknownField: false))
        case .list(let items):
            let element: DataType
            if case .list(let declared) = type { element = declared } else { element = .unknown }
            for (index, item) in items.enumerated() where item.mayHoldFindings {
                path.append(.index(index))
                walk(item, type: element, path: &path, strict: strict, into: &found)
                path.removeLast()
            }
        case .record(let record):
            let shape: RecordType?
            if case .record(let declared) = type { shape = declared } else { shape = nil }
            /// The record's keys, as a set once the record is large (so that checking stays linear).
            var keys: Set<String>?
            for (key, field) in record.fields {
                let fieldType = shape?.type(of: key)
                if let shape, fieldType == nil {
                    // Always reported when it looks like a misspelling of a field the record lacks;
                    // any unknown field with --strict.
                    let suggestion = Suggestions.closest(to: key, among: shape.fieldNames)
                    if suggestion != nil, keys == nil, record.count > 16 { keys = Set(record.keys) }
                    let misspelt = suggestion.map { name in keys.map { !$0.contains(name) } ?? !record.has(name) } ?? false
                    if strict || misspelt {
                        path.append(.key(key))
                        found.append(Finding(path: Conformance.pathText(path), message: "the schema has no field `\(key)`"
                            + (suggestion.map { "; did you mean `\($0)`?" } ?? ""), isUnknownField: true))
                        path.removeLast()
                    }
                }
                guard field.mayHoldFindings else { continue }
                path.append(.key(key))
                walk(field, type: fieldType ?? .unknown, path: &path, strict: strict, into: &found)
                path.removeLast()
            }
        default:
            break
        }
    }
}

extension Value {
    /// Whether a finding can be inside: a malformed value, or a list or record that may hold one.
    fileprivate var mayHoldFindings: Bool {
        switch self {
        case .malformed, .list, .record: true
        default: false
        }
    }
}

extension DataBindings {
    /// What is wrong with the data bound to each name.
    package func findings(strict: Bool) -> [DataValidation.Finding] {
        program.dataNames.enumerated().flatMap { slot, name in
            DataValidation.findings(in: values[slot], type: name.type, name: name.name, strict: strict)
        }
    }
}
