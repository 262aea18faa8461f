/// The values bound to a program's data names, by slot, read from data files or given directly.
/// Each value is read according to the name's declared shape (see `Conformance`).
public struct DataBindings: Sendable {
    package let program: Program
    package private(set) var values: [Value]

    package init(program: Program) {
        self.program = program
        values = Array(repeating: .missing, count: program.dataNames.count)
    }

    /// Binds a JSON value to a data name; false when the program has no such name.
    @discardableResult
    package mutating func bind(_ name: String, to value: Value) -> Bool {
        guard let slot = program.dataSlot(named: name) else { return false }
        values[slot] = conformed(value, slot: slot)
        return true
    }

    /// Reads a value as the data name in `slot` declares it.
    package func conformed(_ value: Value, slot: Int) -> Value {
        Conformance.conform(value, to: program.dataNames[slot].type, name: program.dataNames[slot].name)
    }

    /// Binds the top-level keys of a JSON object to data names. Keys that are not data names
    /// are left out and reported as warnings (with a "did you mean"); a value that is not an
    /// object is an error.
    package mutating func bindObject(_ value: Value, from path: String) -> Result<[Diagnostic], Diagnostic> {
        guard case .record(let record) = value else {
            return .failure(Diagnostic(.error, code: "data-not-object",
                                       message: "\(path) holds \(value.kindName == "list" ? "a list" : value.kindName), but an object whose keys are data names is expected",
                                       notes: ["such as { \"proposal\": { … }, \"calendar\": { … } }",
                                               "to give the whole file as one data name, write --data NAME=\(path) (for example --data proposal=\(path))"]))
        }
        var warnings: [Diagnostic] = []
        for (key, field) in record.fields where !bind(key, to: field) {
            var notes = ["it is left out; the data names are " + program.dataNames.map(\.name).joined(separator: ", ")]
            if let suggestion = Suggestions.closest(to: key, among: program.dataNames.map(\.name)) {
                notes.insert("did you mean `\(suggestion)`?", at: 0)
            }
            warnings.append(Diagnostic(.warning, code: "unknown-data-name", message: "\(path): `\(key)` is not a data name of these rules", notes: notes))
        }
        return .success(warnings)
    }

    package func value(of name: String) -> Value {
        program.dataSlot(named: name).map { values[$0] } ?? .missing
    }

    /// Changes the data at a path (`set proposal.submitted = 2021-02-23`, or with `append`,
    /// `set proposal.facilitators += {…}`), reading the result by its declared shape again.
    package mutating func set(_ path: DataPath, to value: Value, append: Bool = false) throws(DataPath.Problem) {
        guard let slot = program.dataSlot(named: path.root) else {
            throw DataPath.Problem(description: "`\(path.root)` is not a data name of these rules")
        }
        let changed = try DataPath.setting(path.steps[...], in: values[slot], to: value, append: append, path: path.description)
        values[slot] = conformed(changed, slot: slot)
    }

    /// Removes the field or entry at a path (`unset proposal.kind`).
    package mutating func unset(_ path: DataPath) throws(DataPath.Problem) {
        guard let slot = program.dataSlot(named: path.root) else {
            throw DataPath.Problem(description: "`\(path.root)` is not a data name of these rules")
        }
        values[slot] = DataPath.removing(path.steps[...], in: values[slot])
    }

    /// Binds a value already read (a REPL `:data`, a restored state) without reading it again.
    package mutating func restore(_ values: [Value]) {
        self.values = values
    }
}
