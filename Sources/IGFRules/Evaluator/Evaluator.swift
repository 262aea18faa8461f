/// Evaluates checked code against one subject's data. Names are slots, so evaluating reads
/// arrays, not dictionaries. Definitions are computed at most once per subject. Explanation
/// trees are built only when a `Tracer` is attached (for results that are not a plain pass).
package final class Evaluator {
    /// The most steps one rule may take before it stops with an `error`.
    package static let defaultStepLimit = 5_000_000

    // The state below is read and written on every node. An evaluator is used by one thread at a
    // time and never hands out overlapping accesses to it, so the run-time exclusivity checks of
    // class properties (a third of the cost of a node) are turned off for it.
    /// The program's definitions, by slot (shared with the program, not copied per subject).
    let definitions: [Definition]
    @exclusivity(unchecked) var parameters: [Value]
    /// Values of the data names, by slot; `.missing` for names not given.
    @exclusivity(unchecked) var data: [Value]
    let today: CivilDate
    @exclusivity(unchecked) private(set) var definitionCache: [Value?]
    @exclusivity(unchecked) private var definitionErrors: [EvaluationError?]
    @exclusivity(unchecked) var locals: [Value]
    @exclusivity(unchecked) var steps = 0
    @exclusivity(unchecked) var stepLimit = Evaluator.defaultStepLimit
    /// Attached while explaining a result: told of every node evaluated.
    @exclusivity(unchecked) var observer: (any EvaluationObserver)?
    /// Attached while a rule's conditions are first evaluated, to note its dated obligations.
    @exclusivity(unchecked) var recorder: ObligationRecorder?
    /// `in` tables and list fields computed for this subject.
    @exclusivity(unchecked) var caches = EvaluationCaches()

    package convenience init(program: Program, data: [Value], parameters: [Value]? = nil, today: CivilDate) {
        self.init(definitions: program.definitions, parameters: parameters ?? program.parameters.map(\.defaultValue),
                  data: data, today: today)
    }

    init(definitions: [Definition], parameters: [Value], data: [Value], today: CivilDate) {
        self.definitions = definitions
        self.parameters = parameters
        self.data = data
        self.today = today
        definitionCache = Array(repeating: nil, count: definitions.count)
        definitionErrors = Array(repeating: nil, count: definitions.count)
        locals = Array(repeating: .missing, count: 16)
    }

    /// Evaluates code that uses no names (a parameter's value).
    static func constant(_ code: Code) throws(EvaluationError) -> Value {
        let evaluator = Evaluator(definitions: [], parameters: [], data: [], today: CivilDate(daysSinceEpoch: 0))
        return try evaluator.evaluate(code)
    }

    /// Forgets the cached definitions, for the next subject (or after the data changed).
    package func reset(data: [Value]) {
        self.data = data
        for index in definitionCache.indices {
            definitionCache[index] = nil
            definitionErrors[index] = nil
        }
        caches.removeAll()
    }

    /// Forgets the subject's data and all that was computed from it, for an evaluator kept to
    /// evaluate a later subject (`EvaluatorPool`).
    func clear() {
        reset(data: [])
        for index in locals.indices { locals[index] = .missing }
        steps = 0
        observer = nil
        recorder = nil
    }

    /// Inlined where it is called, so that a node costs one call (to `evaluateNode`) when nothing
    /// observes it, not two.
    @inline(__always)
    package func evaluate(_ code: Code) throws(EvaluationError) -> Value {
        try charge(1, at: code.range)
        if observer == nil { return try evaluateNode(code) }
        return try evaluateObserved(code)
    }

    /// A node evaluated with the observer told of its beginning and end.
    @inline(never)
    private func evaluateObserved(_ code: Code) throws(EvaluationError) -> Value {
        guard let observer else { return try evaluateNode(code) }
        observer.begin(code)
        do {
            let value = try evaluateNode(code)
            observer.end(code, value: value)
            return value
        } catch {
            observer.end(code, error: error)
            throw error
        }
    }

    private func evaluateNode(_ code: Code) throws(EvaluationError) -> Value {
        switch code.op {
        case .constant(let value):
            return value
        case .data(let slot):
            return data[slot]
        case .param(let slot):
            return parameters[slot]
        case .local(let slot):
            return locals[slot]
        case .definition(let slot):
            return try definition(slot)
        case .today:
            return .date(today)
        case .field(let base, let name, let hint):
            return try field(name, hint: hint, of: try evaluate(base), at: code.range)
        case .index(let base, let index):
            return try element(of: try evaluate(base), at: try evaluate(index), range: code.range)
        case .call(let builtin, let arguments):
            return try call(builtin, arguments, range: code.range)
        case .not, .and, .or, .conditional:
            return try logic(code)
        case .negate(let operand):
            return try negate(try evaluate(operand), at: code.range)
        case .compare(let op, let left, let right):
            let (a, b) = (try evaluate(left), try evaluate(right))
            if recorder != nil { noteDeadline(op, a, b, left: left, right: right, range: code.range) }
            return try compare(op, a, b, range: code.range)
        case .arithmetic(let op, let left, let right):
            return try arithmetic(op, try evaluate(left), try evaluate(right), range: code.range)
        case .membership(let item, let collection, let negated):
            let result = try membership(try evaluate(item), in: try evaluate(collection), range: code.range)
            return negated ? Value(try truth(result, code).negated) : result
        case .by(let done, let due):
            let (doneValue, dueValue) = (try evaluate(done), try evaluate(due))
            recorder?.note(range: code.range, done: doneValue, due: dueValue)
            return try doneBy(doneValue, due: dueValue, range: code.range)
        case .check(let operand, let check):
            return try self.check(try evaluate(operand), check, at: operand.range)
        case .between(let value, let low, let high, let negated):
            let (x, a, b) = (try evaluate(value), try evaluate(low), try evaluate(high))
            if !negated { recorder?.note(range: code.range, done: x, due: b, from: a) }
            let result = try between(x, a, b, range: code.range)
            return negated ? Value(try truth(result, code).negated) : result
        case .quantifier(let quantifier, let slot, let list, let filter, let body):
            return try quantify(quantifier, slot: slot, list: list, filter: filter, body: body, range: code.range)
        case .comprehension(let slot, let list, let filter, let map):
            return try comprehend(slot: slot, list: list, filter: filter, map: map, range: code.range)
        case .list, .record, .text:
            return try build(code)
        case .pending(let due, let from):
            return try pending(due: due, from: from, range: code.range)
        case .group(let inner):
            return try evaluate(inner)
        }
    }

    /// `pending [from …] [until …]`: the start, when given, must be readable; the due date is noted.
    private func pending(due: Code?, from: Code?, range: Range<Int>) throws(EvaluationError) -> Value {
        var fromValue: Value?
        if let from {
            fromValue = try evaluate(from)
            try Evaluator.readable(fromValue!, range)
        }
        guard let due else { return .pending(due: nil) }
        let dueValue = try evaluate(due)
        recorder?.note(range: range, done: .missing, due: dueValue, from: fromValue)
        return try pendingUntil(dueValue, range: range)
    }

    /// `not`, `and`, `or` and `if … then … else …`.
    private func logic(_ code: Code) throws(EvaluationError) -> Value {
        switch code.op {
        case .not(let operand):
            let value = try evaluate(operand)
            return Value(try truth(value, operand).negated, due: value.due)
        // Both sides are always evaluated: a rule that reads malformed data is an error whatever
        // the order of its parts.
        case .and(let left, let right):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return Value(try truth(a, left).and(try truth(b, right)), due: earlierDue(a.due, b.due))
        case .or(let left, let right):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return Value(try truth(a, left).or(try truth(b, right)), due: earlierDue(a.due, b.due))
        case .conditional(let condition, let whenTrue, let whenFalse):
            switch try truth(try evaluate(condition), condition) {
            case .yes, .pending: return try evaluate(whenTrue)
            case .no: return try evaluate(whenFalse)
            case .unknown: return .missing
            }
        default:
            return try evaluateNode(code)
        }
    }

    /// A list, record or text written in the rule, built from its parts.
    private func build(_ code: Code) throws(EvaluationError) -> Value {
        switch code.op {
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try evaluate(element)) }
            return .list(values)
        case .record(let names, let codes):
            // The checker refuses a repeated name, so the literal's names are the record's keys.
            return .record(try Record(uniqueKeys: names) { index throws(EvaluationError) in try evaluate(codes[index]) })
        case .text(let parts):
            var text = ""
            for part in parts {
                switch part {
                case .literal(let piece): text += piece
                case .value(let inner): try appendShown(try evaluate(inner), to: &text, at: code.range)
                }
            }
            return .text(text)
        default:
            return try evaluateNode(code)
        }
    }

    /// How a value reads inside a message.
    static func shown(_ value: Value) -> String {
        switch value {
        case .missing: "(missing)"
        case .malformed(let problem): "(malformed: \(problem.message))"
        default: value.plain
        }
    }

    private func definition(_ slot: Int) throws(EvaluationError) -> Value {
        if let cached = definitionCache[slot] { return cached }
        if let error = definitionErrors[slot] { throw error }
        // A definition is evaluated in its own frame of locals, without tracing its inside.
        let savedLocals = locals
        let savedObserver = observer
        observer = nil
        recorder?.suspend()
        defer {
            locals = savedLocals
            observer = savedObserver
            recorder?.resume()
        }
        do {
            let value = try evaluate(definitions[slot].code)
            definitionCache[slot] = value
            return value
        } catch {
            definitionErrors[slot] = error
            throw error
        }
    }

    /// A value as a truth; malformed data and values that are not yes/no are errors.
    func truth(_ value: Value, _ code: Code) throws(EvaluationError) -> Truth {
        switch value {
        case .bool(let flag): return flag ? .yes : .no
        case .missing: return .unknown
        case .pending: return .pending
        case .malformed(let problem): throw .malformed(problem, at: code.range)
        default: throw EvaluationError("expected yes or no, found \(value.kindName) \(value.literal())", at: code.range)
        }
    }

    func earlierDue(_ a: Value?, _ b: Value?) -> Value? {
        guard let a else { return b }
        guard let b else { return a }
        return (a.compare(b) ?? 0) <= 0 ? a : b
    }
}

extension Value {
    /// The due moment of a pending truth.
    var due: Value? {
        if case .pending(let due) = self { return due }
        return nil
    }
}
