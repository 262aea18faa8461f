/// Records the evaluation of one condition as an `Explanation` tree while the evaluator runs
/// with it attached, pruning each node's children to those that decided its value.
struct Tracer {
    let file: SourceFile
    private var stack: [[Explanation]] = [[]]

    init(file: SourceFile) {
        self.file = file
    }

    /// The tree of the last condition evaluated.
    var root: Explanation? { stack.first?.last }

    mutating func begin() {
        stack.append([])
    }

    mutating func end(_ code: Code, value: Value) {
        let children = stack.removeLast()
        if let node = node(for: code, value: value, children: children) {
            stack[stack.count - 1].append(node)
        }
    }

    mutating func end(_ code: Code, error: EvaluationError) {
        let children = stack.removeLast()
        let node = Explanation(role: role(of: code), source: file.text(code.range), value: nil, error: error.message, children: children)
        stack[stack.count - 1].append(node)
    }

    mutating func beginElement() {
        stack.append([])
    }

    /// Closes one element of a quantifier or comprehension; `outcome` is nil when its `where`
    /// condition left it out.
    mutating func endElement(index: Int, of count: Int, value: Value, outcome: Truth?) {
        let children = stack.removeLast()
        let node = Explanation(role: .element, source: "#\(index + 1)", value: value,
                               error: outcome == nil ? "left out by `where`" : nil,
                               note: "element \(index + 1) of \(count)", children: children)
        stack[stack.count - 1].append(node)
    }

    private func role(of code: Code) -> Explanation.Role {
        switch code.op {
        case .compare: .comparison
        case .membership: .membership
        case .check: .check
        case .between: .between
        case .by: .by
        case .pending: .pending
        case .and: .and
        case .or: .or
        case .not: .not
        case .quantifier: .quantifier
        case .comprehension: .comprehension
        case .call: .call
        case .arithmetic, .negate: .arithmetic
        case .conditional: .conditional
        default: .value
        }
    }

    private func node(for code: Code, value: Value, children: [Explanation]) -> Explanation? {
        let source = file.text(code.range)
        var node = Explanation(role: role(of: code), source: source, value: value, children: children)
        switch code.op {
        case .constant:
            node.role = .constant
        case .group:
            return children.first.map { child in
                var inner = child
                inner.source = source
                return inner
            }
        case .data, .param, .definition, .local, .today, .field, .index, .text, .list, .record:
            node.children = []
        case .and, .or:
            let deciding = children.filter { $0.role != .constant && $0.truth == node.truth }
            node.children = deciding.isEmpty ? children : (code.op.isOr && node.truth == .yes ? [deciding[0]] : deciding)
        case .quantifier(let quantifier, _, _, _, _):
            // `none` holds when `any` does not: the deciding element is the one that matched.
            let decidingTruth = quantifier == .none ? node.truth?.negated : node.truth
            node.children = pruneQuantifier(children, result: decidingTruth)
        case .comprehension:
            let elements = children.filter { $0.role == .element }
            let kept = elements.filter { $0.error == nil }.map(\.source)
            node.note = "\(kept.count) of \(elements.count) kept" + (kept.isEmpty ? "" : ": " + kept.prefix(10).joined(separator: ", ")
                + (kept.count > 10 ? ", …" : ""))
            node.children = children.filter { $0.role != .element }
        case .compare(let op, _, _):
            node.op = op.rawValue
        case .between:
            node.op = "between"
        case .by, .pending:
            if case .by = code.op { node.op = "by" }
            if case .pending(let due) = value {
                node.note = due.map { "pending, due \($0.literal())" } ?? "pending"
            } else if value.isTrue == false, !value.isMissing, children.first?.value?.isMissing == true || code.op.isPending {
                node.note = "not done, and the due moment has passed"
            }
        default:
            break
        }
        return node
    }

    /// For `all`/`none`/`any`, keep the list and the element that decided the answer.
    private func pruneQuantifier(_ children: [Explanation], result: Truth?) -> [Explanation] {
        let elements = children.filter { $0.role == .element && $0.error == nil }
        let others = children.filter { $0.role != .element }
        let judged = elements.map { element -> (Explanation, Truth?) in (element, element.children.last?.truth) }
        var deciding: [Explanation] = []
        switch result {
        case .no:
            if let first = judged.first(where: { $0.1 == .no }) ?? judged.first(where: { $0.1 == .yes }) { deciding = [first.0] }
        case .unknown:
            if let first = judged.first(where: { $0.1 == .unknown }) { deciding = [first.0] }
        case .yes:
            if let first = judged.first(where: { $0.1 == .yes }) { deciding = [first.0] }
        case .pending:
            deciding = judged.filter { $0.1 == .pending }.map(\.0)
        case nil:
            break
        }
        let checked = children.count(where: { $0.role == .element })
        var list = others
        if !list.isEmpty { list[0].note = "\(checked) element\(checked == 1 ? "" : "s") checked" }
        return list + deciding
    }
}

private extension Code.Op {
    var isOr: Bool {
        if case .or = self { return true }
        return false
    }

    var isPending: Bool {
        if case .pending = self { return true }
        return false
    }
}
