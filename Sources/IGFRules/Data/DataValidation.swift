/// Finds what is wrong with data once it is read: values of the wrong kind (always), fields the
/// schema does not know that look like a misspelling of one the record lacks (always), and any
/// field the schema does not know (with `--strict`). The rules that read a malformed value
/// give `error`; this is the list a person fixing the data file wants. The walk is that of
/// `Conformance`, which reads a record and finds its problems in one pass.
package enum DataValidation {
    package struct Finding: Sendable, CustomStringConvertible {
        package let path: String
        /// The path as keys and list positions, to find the value in its file (`DataLocator`).
        package let steps: [Conformance.Step]
        package let message: String
        package let kind: Kind
        public var description: String { "\(path): \(message)" }

        package enum Kind: Sendable {
            /// A value of the wrong kind: the rules that read it give `error`.
            case malformed
            /// A field the schema does not describe (any with `--strict`, else a likely misspelling).
            case unknownField
            /// A well-formed value that is likely a mistake (a past event dated after today, a
            /// period that ends before it starts): the rules read it as it is.
            case doubtful
        }
    }

    /// The findings in a value already read by `Conformance` for `type`.
    package static func findings(in value: Value, type: DataType, name: String, strict: Bool) -> [Finding] {
        Conformance.read(value, as: type, name: name, checks: Conformance.Checks(strict: strict, today: nil)).findings
    }

    /// The finding for a field `key` of `record` (at `path`) that `shape` does not describe: always
    /// when it looks like a misspelling of a field the record lacks, any such field with `strict`.
    /// `keySet` is the record's keys, made once the record is large (so that checking stays linear).
    static func unknownField(_ key: String, in record: Record, shape: RecordType, strict: Bool, keySet: inout Set<String>?,
                             path: [Conformance.Step]) -> Finding? {
        let suggestion = Suggestions.closest(to: key, among: shape.fieldNames)
        if suggestion != nil, keySet == nil, record.count > 16 { keySet = Set(record.keys) }
        let misspelt = suggestion.map { name in keySet.map { !$0.contains(name) } ?? !record.has(name) } ?? false
        guard strict || misspelt else { return nil }
        return Finding(path: Conformance.pathText(path + [.key(key)]), steps: path + [.key(key)],
                       message: "the schema has no field `\(key)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""), kind: .unknownField)
    }
}

extension DataBindings {
    /// What is wrong with the data bound to each name.
    package func findings(strict: Bool) -> [DataValidation.Finding] {
        program.dataNames.enumerated().flatMap { slot, name in
            DataValidation.findings(in: values[slot], type: name.type, name: name.name, strict: strict)
        }
    }

    /// A record read as the data name in `slot` declares it, with its findings (`--strict`: every
    /// unknown field) and then its past events dated after `today`, in one walk.
    package func read(_ value: Value, slot: Int, strict: Bool, today: CivilDate) -> (value: Value, findings: [DataValidation.Finding]) {
        Conformance.read(value, as: program.dataNames[slot].type, name: program.dataNames[slot].name,
                         checks: Conformance.Checks(strict: strict, today: today))
    }

    /// A line of a JSON Lines file read as the data name in `slot` declares it, with its findings:
    /// the same as `RecordStream.parse` and then `read(_:slot:strict:today:)`, in one pass when the
    /// line is already as declared and dates no past event after `today` (`Conformance` would
    /// change and find nothing).
    package func read(line: [UInt8], number: Int, path: String, slot: Int, strict: Bool, today: CivilDate)
        -> Result<(value: Value, findings: [DataValidation.Finding]), Diagnostic>
    {
        var reader = JSONReader(bytes: line, extent: .line)
        let value: Value
        do {
            value = try reader.readDocument(as: program.dataNames[slot].type)
        } catch {
            return .failure(RecordStream.lineDiagnostic(error, line: line, number: number, path: path))
        }
        if !reader.needsConformance, reader.latestPastEvent.map({ $0 <= today }) ?? true { return .success((value, [])) }
        return .success(read(value, slot: slot, strict: strict, today: today))
    }
}
