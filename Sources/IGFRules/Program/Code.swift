/// A checked expression: the syntax tree with every name resolved to a slot, ready for the
/// evaluator. Each node keeps its source range so that explanations can quote it.
///
/// A class, not a struct: the evaluator binds a node's children out of its `Op` and iterates
/// lists of them at every step, and copying a reference is one retain, where copying the struct
/// also copied its `type` (which only the checker reads) and its `Op` box.
package final class Code: Sendable {
    package let op: Op
    package let range: Range<Int>
    /// The node's kind as far as the checker could tell (`.unknown` when data has no schema).
    package let type: DataType

    package init(op: Op, range: Range<Int>, type: DataType) {
        self.op = op
        self.range = range
        self.type = type
    }

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
