import Foundation
import IGFRules

/// Expressions typed in the session, and `:show EXPR`.
extension ReplSession {
    /// How many records an expression's values are listed for, over a batch.
    static let listedRecords = 10

    /// Evaluates an expression against the current data and shows its value and kind: numbers
    /// rounded for reading, long values cut; with `full` (`:show`), the value whole and exact.
    func evaluate(_ text: String, full: Bool = false) {
        guard let (program, code) = checkedExpression(text) else { return }
        let positions: [Int?] = records.map { records in
            focus.map { [$0] } ?? (records.isEmpty ? [nil] : records.indices.map { Optional($0) })
        } ?? [nil]
        var values: [(String?, Value)] = []
        for position in positions {
            let evaluator = Evaluator(program: program, data: carried(bindings(for: position), into: program).values,
                                      parameters: carriedParameters(into: program), today: scenario.today)
            do {
                values.append((position.map(recordId), try evaluator.evaluate(code)))
            } catch {
                problem((positions.count > 1 ? "in \(eachName ?? "") \(position.map(recordId) ?? ""): " : "") + error.message)
                return
            }
        }
        show(values, full: full)
    }

    /// One value, or one per record (once when every record gives the same).
    private func show(_ values: [(String?, Value)], full: Bool) {
        guard let first = values.first?.1 else { return }
        if values.count == 1 || values.allSatisfy({ $0.1.equals(first) == true }) {
            let same = values.count > 1 ? "; the same in all \(values.count) records" : ""
            say(shown(first, full: full, note: same))
            return
        }
        for (id, value) in values.prefix(ReplSession.listedRecords) { say("\(id ?? ""): " + shown(value, full: full, note: "")) }
        if values.count > ReplSession.listedRecords {
            say("… and \(values.count - ReplSession.listedRecords) more records (:focus ID looks at one)")
        }
    }

    private func shown(_ value: Value, full: Bool, note: String) -> String {
        if full { return ReplSession.pretty(value) + "  (\(ReplSession.kind(of: value))\(note))" }
        let rounded = ReplSession.readable(value)
        let roundedNote = rounded.equals(value) == true ? "" : ", rounded; :show gives it exactly"
        return "\(rounded.literal(limit: 400))  (\(ReplSession.kind(of: value))\(roundedNote)\(note))"
    }

    /// The expression checked against the session's rules, as the code of a definition.
    private func checkedExpression(_ text: String) -> (Program, Code)? {
        let file = source(text)
        let (expression, diagnostics) = Parser.parseExpression(file)
        guard let expression else {
            report(diagnostics)
            return nil
        }
        let name = "repl_value_\(inputCount)"
        let declaration = Declaration.define(DefineDeclaration(Name(name, at: expression.range), expression))
        let (program, checkDiagnostics) = workspace.declaring(RuleFile(file: file, declarations: [declaration]), keys: []).check()
        guard let program, let slot = program.definitions.firstIndex(where: { $0.name == name }) else {
            report(checkDiagnostics.filter { $0.severity == .error })
            return nil
        }
        return (program, program.definitions[slot].code)
    }

    /// The session's data, bound by name for another program (the rules with one more definition).
    func carried(_ bindings: DataBindings, into program: Program) -> DataBindings {
        var carried = DataBindings(program: program)
        for (index, data) in bindings.program.dataNames.enumerated() where !bindings.values[index].isMissing {
            carried.bind(data.name, to: bindings.values[index])
        }
        return carried
    }

    func carriedParameters(into program: Program) -> [Value] {
        var parameters = program.parameters.map(\.defaultValue)
        for (index, parameter) in scenario.program.parameters.enumerated() {
            if let newSlot = program.parameterSlot(named: parameter.name) { parameters[newSlot] = scenario.parameters[index] }
        }
        return parameters
    }

    static func kind(of value: Value) -> String {
        switch value {
        case .list(let items): "list of \(items.count)"
        case .record(let record): "record of \(record.count) field\(record.count == 1 ? "" : "s")"
        case .pending: "yes/no, pending"
        default: value.kindName
        }
    }

    /// The value with fractional numbers rounded to two decimals, for reading (16.67).
    static func readable(_ value: Value) -> Value {
        switch value {
        case .number(.real(let real)) where real.isFinite && abs(real) < 1e15:
            return .number(.real((real * 100).rounded() / 100))
        case .list(let items): return .list(items.map(readable))
        case .record(let record): return .record(Record(zip(record.keys, record.values.map(readable)).map { ($0, $1) }))
        default: return value
        }
    }

    /// A value whole: records and lists one entry a line, indented (those that fit on a line and
    /// hold no lists or records, on one line); texts and numbers in full.
    static func pretty(_ value: Value, indent: String = "") -> String {
        let inner = indent + "  "
        let flat = whole(value)
        switch value {
        case .list(let items):
            if items.isEmpty || flat.count + indent.count <= 100 && !items.contains(where: isCompound) { return flat }
            return "[\n" + items.map { inner + pretty($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .record(let record):
            if record.isEmpty || flat.count + indent.count <= 100 && !record.values.contains(where: isCompound) { return flat }
            let fields = zip(record.keys, record.values).map { inner + "\($0): " + pretty($1, indent: inner) }
            return "{\n" + fields.joined(separator: ",\n") + "\n\(indent)}"
        default: return flat
        }
    }

    /// A value on one line, nothing cut.
    static func whole(_ value: Value) -> String {
        switch value {
        case .text(let text): value.literal(limit: text.count + 1)
        case .list(let items): "[" + items.map(whole).joined(separator: ", ") + "]"
        case .record(let record): "{" + zip(record.keys, record.values).map { "\($0): " + whole($1) }.joined(separator: ", ") + "}"
        default: value.literal()
        }
    }

    private static func isCompound(_ value: Value) -> Bool {
        switch value {
        case .list, .record: true
        default: false
        }
    }
}
