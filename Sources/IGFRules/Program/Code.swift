/// A checked expression: the syntax tree with every name resolved to a slot, ready for the
/// evaluator. Each node keeps its source range so that explanations can quote it.
package struct Code: Sendable {
    package let op: Op
    package let range: Range<Int>
    /// The node's kind as far as the checker could tell (`.unknown` when data has no schema).
    package let type: DataType

    package indirect enum Op: Sendable {
        case constant(Value)
        /// A data name (`proposal`, `calendar`), by slot.
        case data(Int)
        case param(Int)
        case definition(Int)
        /// A variable bound by `all`/`any`/`none`/`where`/`for`, by slot in the locals frame.
        case local(Int)
        case today
        /// A field by name; `hint` is where the checker expects it among the record's fields (its
        /// place in the declared type), so that reading it usually needs one comparison.
        case field(Code, String, hint: Int)
        case index(Code, Code)
        case call(Builtin, [Code])
        case not(Code)
        case negate(Code)
        case and(Code, Code)
        case or(Code, Code)
        case compare(BinaryOperator, Code, Code)
        case arithmetic(BinaryOperator, Code, Code)
        case membership(Code, Code, negated: Bool)
        case by(Code, Code)
        case check(Code, Check)
        case between(Code, Code, Code, negated: Bool)
        case conditional(Code, Code, Code)
        case quantifier(Quantifier, local: Int, list: Code, filter: Code?, body: Code)
        case comprehension(local: Int, list: Code, filter: Code?, map: Code?)
        case list([Code])
        case record([String], [Code])
        case text([TextCode])
        case pending(Code?, from: Code? = nil)
        case group(Code)
    }

    package enum TextCode: Sendable {
        case literal(String)
        case value(Code)
    }
}

extension Code {
    /// Where the field `name` of a value of `type` is expected among its record's fields: its
    /// place in the record type (through lists, for the field of each element); 0 when unknown.
    static func fieldHint(_ name: String, in type: DataType) -> Int {
        switch type {
        case .record(let record): record.fieldNames.firstIndex(of: name) ?? 0
        case .list(let element): fieldHint(name, in: element)
        default: 0
        }
    }

    /// The name `name` as the record type's own `String` (where `type` declares it), so that a
    /// read of it compares equal to the keys of decoded data (the same instances) at once.
    static func fieldName(_ name: String, in type: DataType) -> String {
        switch type {
        case .record(let record): record.fieldNames.first { $0 == name } ?? name
        case .list(let element): fieldName(name, in: element)
        default: name
        }
    }

    /// The code as written in its rule file.
    package func sourceText(in file: SourceFile) -> String { file.text(range) }
}
