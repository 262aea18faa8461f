/// Records the evaluation of one condition as an `Explanation` tree while the evaluator runs
/// with it attached, pruning each node's children to those that decided its value.
///
/// What it keeps is bounded: of the elements of a quantifier or comprehension it keeps only those
/// that can decide the answer (the first of each outcome, a few pending ones, the first kept
/// ones), and counts the rest, so a list of 10,000 entries costs a few nodes, not 10,000 trees.
struct Tracer {
    /// The file of the conditions traced (set again when a recorder is reused, see `restart`).
    private(set) var file: SourceFile
    /// The nodes of every open frame, one after the other: a frame's nodes run from its `start`
    /// to the next frame's. Its own node replaces them when its expression ends.
    private var nodes: [Explanation] = []
    /// The open frames, innermost last; the first, never closed, ends up holding the tree.
    private var frames: [Frame] = []

    /// Pending elements kept for one quantifier, and kept elements named for one comprehension.
    static let elementsKept = 10

    /// Whether every node is recorded, also those that no node shows (see `Frame.hidden`).
    var recordsHidden = false
    /// Whether an error ended a frame whose nodes were not recorded: its error node shows the
    /// nodes of its parts, so the condition must be traced again with `recordsHidden`.
    private(set) var missedParts = false

    /// One expression being evaluated: where its nodes start, and the counts of its elements.
    private struct Frame {
        let start: Int
        /// Whether its nodes are not recorded: they are parts of a node that shows none (a field
        /// read, a list written out), so a node that ends normally would drop them unread.
        var hidden = false
        var elements = 0
        var kept = 0
        var keptPositions: [Int] = []
        /// The outcomes of the elements kept so far, one bit each (see `bit(_:)`).
        var outcomesSeen: UInt8 = 0
        var pendingKept = 0
        // No initializer of its own: the memberwise one builds a frame where it goes (one that
        // assigned each property built it aside, and each frame was copied once more).
    }

    /// The most entries (nested ones included) of a value a trace keeps; a larger value is kept
    /// cut short, so that a list built of shared parts (`[a, a]`, nested) cannot make the report
    /// of its explanation exponentially long.
    static let valueEntriesKept = 100_000

    /// Lists and records already kept, by identity: the same one seen at every element of a
    /// quantifier (`proposal`, `proposal.facilitators.name`) is measured once.
    private var keptLists: [EvaluationCaches.ListIdentity: (value: Value, kept: Value)] = [:]

    /// How many lists and records are remembered (for tests).
    var keptListCount: Int { keptLists.count }

    /// Values of at most this many entries are kept whole without being remembered: measuring
    /// them again costs less than looking them up.
    private static let smallValueEntries = 64

    /// The source texts of nodes written out for `file`, by range: the same rule explained for the
    /// next record has the same texts, shared then instead of decoded and allocated again.
    private var sources: [Int: String] = [:]
    /// The most source texts remembered.
    static let sourcesKept = 4096
    /// How many source texts are remembered (for tests).
    var keptSourceCount: Int { sources.count }

    /// The source text of `range` in `file`, remembered.
    private mutating func source(of range: Range<Int>) -> String {
        // Both bounds in one key (a file's offsets are far below 2^32).
        guard range.upperBound < 1 << 32, range.lowerBound >= 0 else { return file.text(range) }
        let key = range.lowerBound << 32 | range.upperBound
        if let known = sources[key] { return known }
        let text = file.text(range)
        if sources.count >= Tracer.sourcesKept { sources.removeAll() }
        sources[key] = text
        return text
    }

    /// The value as the trace keeps it, measuring each list and record once.
    private mutating func keep(_ value: Value) -> Value {
        var budget = Tracer.smallValueEntries
        Tracer.measure(value, budget: &budget)
        guard budget <= 0 else { return value }
        // Known by where its entries are (a list's buffer, a record's storage): the entry holds
        // the value, so that no other list or record takes that place while it is known.
        let identity: EvaluationCaches.ListIdentity
        switch value {
        case .list(let list): identity = EvaluationCaches.ListIdentity(list)
        case .record(let record): identity = EvaluationCaches.ListIdentity(record)
        default: return value
        }
        guard identity.count > 1 else { return Tracer.kept(value) }
        if let known = keptLists[identity], known.kept.kindName == value.kindName { return known.kept }
        let kept = Tracer.kept(value)
        if keptLists.count >= EvaluationCaches.maximumEntries { keptLists.removeAll() }
        keptLists[identity] = (value, kept)
        return kept
    }

    init(file: SourceFile) {
        self.file = file
        // One allocation each (an array literal, then reserved, took two for the frames), small
        // enough for the allocator's fast path: a trace seldom holds more nodes at once.
        nodes.reserveCapacity(6)
        frames.reserveCapacity(16)
        frames.append(Frame(start: 0))
    }

    /// Starts again for the conditions of `file` (nil: the same file), as a new tracer would,
    /// keeping its buffers and, for the same file, the source texts written out: called after
    /// `finish`, so only the values kept are left to forget.
    mutating func restart(file: SourceFile? = nil) {
        if let file, file !== self.file {
            self.file = file
            sources.removeAll(keepingCapacity: true)
        }
        if !keptLists.isEmpty { keptLists.removeAll(keepingCapacity: true) }
    }

    /// The tree of the last condition evaluated, completed: only the nodes left after pruning
    /// get their source text and have their values measured (each list or record once).
    /// The next condition is traced from a clean start, whatever was left open.
    mutating func finish() -> Explanation? {
        let end = frames.count > 1 ? frames[1].start : nodes.count
        frames.removeSubrange(1...)
        frames[0] = Frame(start: 0)
        missedParts = false
        guard end > 0 else {
            nodes.removeAll(keepingCapacity: true)
            return nil
        }
        // The nodes of frames left open (by an error) are dropped; the root is moved out.
        nodes.removeSubrange(end...)
        var root = nodes.removeLast()
        nodes.removeAll(keepingCapacity: true)
        complete(&root)
        return root
    }

    private mutating func complete(_ node: inout Explanation) {
        if node.role == .element, case .element(let position, _)? = node.detail {
            node.source = "#\(position)"
        } else {
            node.source = source(of: node.range)
        }
        switch node.value {
        case .list(_)?, .record(_)?: node.value = keep(node.value!)
        default: break
        }
        for index in node.children.indices { complete(&node.children[index]) }
    }

    /// Closes the innermost frame, taking its nodes out (or only dropping them, for an expression
    /// that shows none).
    private mutating func close(keeping: Bool = true) -> (frame: Frame, children: [Explanation]) {
        let frame = frames.removeLast()
        let count = nodes.count - frame.start
        guard count > 0 else { return (frame, []) }
        guard keeping else {
            nodes.removeLast(count)
            return (frame, [])
        }
        // Moved out one by one from the end, not copied: a copy of a node retains each of its parts.
        var children: [Explanation] = []
        children.reserveCapacity(count)
        for _ in 0..<count { children.append(nodes.removeLast()) }
        // Reversed through the buffer, whose swaps move nodes (the array's own `reverse` copied them).
        children.withUnsafeMutableBufferPointer { $0.reverse() }
        return (frame, children)
    }

    mutating func begin(_ code: Code) {
        let hidden = frames[frames.count - 1].hidden || !recordsHidden && !code.op.showsChildren
        frames.append(Frame(start: nodes.count, hidden: hidden))
    }

    mutating func end(_ code: Code, value: Value) {
        let (frame, children) = close(keeping: code.op.showsChildren)
        guard !frames[frames.count - 1].hidden else { return }
        append(code, value: value, frame: frame, children: children)
    }

    mutating func end(_ code: Code, error: EvaluationError) {
        if frames[frames.count - 1].hidden { missedParts = true }
        let children = close().children
        guard !frames[frames.count - 1].hidden else { return }
        nodes.append(Explanation(role: Tracer.role(of: code), range: code.range, value: nil, error: error.message, children: children))
    }

    mutating func beginElement() {
        frames.append(Frame(start: nodes.count, hidden: frames[frames.count - 1].hidden))
    }

    /// Closes one element of a quantifier or comprehension; `outcome` is nil when its `where`
    /// condition left it out. Only elements that may decide the answer are kept.
    mutating func endElement(index: Int, of count: Int, value: Value, outcome: Truth?) {
        guard !frames[frames.count - 1].hidden else {
            frames.removeLast()
            return
        }
        // The outcome that decides a quantifier is its body's truth, the element's last node.
        let decided = frames[frames.count - 1].start < nodes.count ? nodes[nodes.count - 1].value.flatMap(Explanation.truth(of:)) : nil
        let keeps = Tracer.keeps(index, outcome: outcome, decided: decided, in: &frames[frames.count - 2])
        let children = close(keeping: keeps).children
        guard keeps else { return }
        nodes.append(Explanation(role: .element, range: 0..<0, value: value, error: nil,
                                 detail: .element(position: index + 1, of: count), children: children))
    }

    /// Counts an element of the quantifier or comprehension of `frame`, and whether to keep it:
    /// not left out by `where` (`outcome`), and its body's truth `decided` is the first such,
    /// or one of the first pending ones.
    private static func keeps(_ index: Int, outcome: Truth?, decided: Truth?, in frame: inout Frame) -> Bool {
        frame.elements += 1
        guard outcome != nil else { return false }
        frame.kept += 1
        if frame.keptPositions.count < Tracer.elementsKept { frame.keptPositions.append(index + 1) }
        if decided == .pending {
            guard frame.pendingKept < Tracer.elementsKept else { return false }
            frame.pendingKept += 1
            return true
        }
        guard frame.outcomesSeen & Tracer.bit(decided) == 0 else { return false }
        frame.outcomesSeen |= Tracer.bit(decided)
        return true
    }

    /// One bit for each outcome an element can have.
    private static func bit(_ outcome: Truth?) -> UInt8 {
        switch outcome {
        case .yes: 1
        case .no: 2
        case .unknown: 4
        case .pending: 8
        case nil: 16
        }
    }

    /// Adds the node of `code`, its children pruned to those that decided its value. Nodes are
    /// moved in (built by functions that return them), never copied: a copy retains each part.
    private mutating func append(_ code: Code, value: Value, frame: Frame, children: consuming [Explanation]) {
        if case .group = code.op {
            // A parenthesised expression is its inside, quoted with the parentheses.
            guard !children.isEmpty else { return }
            children.removeSubrange(1...)
            nodes.append(Tracer.quoted(children.removeLast(), range: code.range))
            return
        }
        let (role, op, detail) = Tracer.shape(code, value: value, frame: frame, children: &children)
        // Built as the argument of `append`, so that it is moved into place (a node returned from
        // a function was copied once more, and the original destroyed).
        nodes.append(Explanation(role: role, range: code.range, value: value, detail: detail, children: children, op: op))
    }

    private static func quoted(_ inner: consuming Explanation, range: Range<Int>) -> Explanation {
        inner.range = range
        return inner
    }

    /// The role, operator and detail of the node of `code`, its children pruned to those that
    /// decided its value.
    private static func shape(_ code: Code, value: Value, frame: Frame, children: inout [Explanation])
        -> (Explanation.Role, String?, Explanation.Detail?)
    {
        let truth = Explanation.truth(of: value)
        var kind = role(of: code)
        var op: String?
        var detail: Explanation.Detail?
        switch code.op {
        case .constant:
            kind = .constant
        case .and, .or:
            Tracer.keepDeciding(&children, truth: truth, onlyFirst: code.op.isOr && truth == .yes)
        case .quantifier(let quantifier, _, _, _, _):
            // `none` holds when `any` does not: the deciding element is the one that matched.
            let decidingTruth = quantifier == .none ? truth?.negated : truth
            Tracer.pruneQuantifier(&children, result: decidingTruth, checked: frame.elements)
        case .comprehension:
            detail = .kept(frame.kept, of: frame.elements, positions: frame.keptPositions)
            children.removeAll { $0.role == .element }
        case .compare(let compared, _, _):
            op = compared.rawValue
        case .between:
            op = "between"
        case .check(_, let check):
            op = check.rawValue
        case .by, .pending:
            if case .by = code.op { op = "by" }
            if case .pending(let due) = value {
                detail = .pending(due: due)
            } else if value.isTrue == false, !value.isMissing, !children.isEmpty && children[0].value?.isMissing == true || code.op.isPending {
                detail = .overdue
            }
        default:
            break
        }
        return (kind, op, detail)
    }

    /// Of the two sides of an `and` or `or` whose truth is `truth`, keeps those that decided it
    /// (only the first of them for `onlyFirst`), or all when none did; in place, without copies.
    private static func keepDeciding(_ children: inout [Explanation], truth: Truth?, onlyFirst: Bool) {
        func decides(_ child: Explanation) -> Bool { child.role != .constant && child.truth == truth }
        guard let first = children.firstIndex(where: decides) else { return }
        if onlyFirst {
            children.removeSubrange((first + 1)...)
            children.removeSubrange(..<first)
        } else {
            children.removeAll { !decides($0) }
        }
    }

    /// For `all`/`none`/`any`, keep the list and the element that decided the answer: for
    /// `result` no, the first element that is no (else the first that is yes); for pending, the
    /// pending ones; else the first element whose truth is `result`. In place: the kept nodes are
    /// moved to the front in order (the list's nodes, evaluated first, come before the elements).
    private static func pruneQuantifier(_ children: inout [Explanation], result: Truth?, checked: Int) {
        let deciding = Tracer.deciding(children, result: result)
        var kept = 0
        var listed = false
        for index in children.indices where children[index].role != .element || deciding.contains(index) {
            listed = listed || children[index].role != .element
            children.swapAt(kept, index)
            kept += 1
        }
        children.removeSubrange(kept...)
        if listed { children[0].detail = .checked(checked) }
    }

    /// The positions of the deciding elements of a quantifier's `children` (see `pruneQuantifier`).
    private static func deciding(_ children: [Explanation], result: Truth?) -> [Int] {
        var deciding: [Int] = []
        var firstYes: Int?
        for index in children.indices where children[index].role == .element {
            guard children[index].error == nil, result != nil else { continue }
            let truth = children[index].children.last?.truth
            if result == .pending {
                if truth == .pending { deciding.append(index) }
            } else if deciding.isEmpty, truth == result {
                deciding = [index]
            } else if result == .no, truth == .yes, firstYes == nil {
                firstYes = index
            }
        }
        if deciding.isEmpty, let firstYes { deciding = [firstYes] }
        return deciding
    }
}

private extension Code.Op {
    /// Whether its node shows the nodes of its parts: a value read or built shows only itself.
    var showsChildren: Bool {
        switch self {
        case .data, .param, .definition, .local, .today, .field, .index, .text, .list, .record: false
        default: true
        }
    }

    var isOr: Bool {
        if case .or = self { return true }
        return false
    }

    var isPending: Bool {
        if case .pending = self { return true }
        return false
    }
}
