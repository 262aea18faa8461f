/// Giving a parameter another value than its default: `--param`, a test's `given NAME = …` and the
/// REPL's `param` all go through `Program.overriding`, so that they accept and refuse the same values.
extension Program {
    /// The parameter slot that `value` may be given to, or why it may not: the rules have no such
    /// parameter, or the value is not of the parameter's declared kind (`[1, 2]` for a
    /// `list of text`).
    package func overriding(_ name: String, with value: Value) -> Result<Int, ParameterProblem> {
        parameter(named: name).flatMap { slot in
            value.fits(parameters[slot].type) ? .success(slot) : .failure(.wrongKind(parameters[slot], found: value))
        }
    }

    /// The slot of the parameter `name`, or `.unknown` with the closest name.
    package func parameter(named name: String) -> Result<Int, ParameterProblem> {
        guard let slot = parameterSlot(named: name) else {
            return .failure(.unknown(name, suggestion: Suggestions.closest(to: name, among: parameters.map(\.name)),
                                     known: parameters.map(\.name)))
        }
        return .success(slot)
    }
}

/// Why a value cannot be given to a parameter.
package enum ParameterProblem: Error, Sendable, CustomStringConvertible {
    /// No parameter of that name; the closest name, and all the names, for the message.
    case unknown(String, suggestion: String?, known: [String])
    /// The value is not of the parameter's kind.
    case wrongKind(Parameter, found: Value)

    public var description: String {
        switch self {
        case .unknown(let name, let suggestion, _):
            "the rules have no parameter `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
        case .wrongKind(let parameter, let value):
            "parameter `\(parameter.name)` is \(parameter.type.withArticle) (its default is \(parameter.defaultValue.literal())), "
                + "but `\(value.literal())` is \(value.inferredType.withArticle)"
        }
    }

    /// Where the parameter was declared, and the parameters there are, for the notes of a message.
    package var notes: [String] {
        switch self {
        case .unknown(_, _, let known): known.isEmpty ? [] : ["the parameters are " + known.sorted().joined(separator: ", ")]
        case .wrongKind(let parameter, _): ["declared at \(parameter.declared.location)"]
        }
    }
}

extension Value {
    /// Whether this value is of `type`: every entry of a list, every declared field of a record.
    /// Missing values fit anything (a parameter may be given no value); dates and date-times do
    /// not stand in for each other here, as a parameter's kind is exact.
    package func fits(_ type: DataType) -> Bool {
        switch (type, self) {
        case (.unknown, _), (_, .missing): true
        case (.text, .text), (.number, .number), (.bool, .bool), (.date, .date), (.dateTime, .dateTime), (.duration, .duration):
            true
        case (.list(let element), .list(let items)): items.allSatisfy { $0.fits(element) }
        case (.record(let shape), .record(let record)):
            record.fields.allSatisfy { key, value in shape.type(of: key).map { value.fits($0) } ?? true }
        default: false
        }
    }

    /// The kind of this value as the checker would describe it: a list's element kind when its
    /// entries agree (`list of number`), `list` when they do not or it is empty.
    var inferredType: DataType {
        switch self {
        case .missing, .malformed: .unknown
        case .bool, .pending: .bool
        case .number: .number
        case .text: .text
        case .date: .date
        case .dateTime: .dateTime
        case .duration: .duration
        case .record: .record(RecordType(name: nil, fields: []))
        case .list(let items):
            .list(items.dropFirst().allSatisfy { $0.inferredType == items.first?.inferredType } ? (items.first?.inferredType ?? .unknown) : .unknown)
        }
    }
}

extension DataType {
    /// The kind with "a" or "an" before it, for messages: "a number", "a list of text".
    var withArticle: String { Diagnostic.spelledWithArticle(self) }
}
