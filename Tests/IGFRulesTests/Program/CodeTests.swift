@testable import IGFRules
import Testing

/// Checked code is a tree of shared nodes: a copy of a node is the node itself, so that the
/// evaluator's copies of a node's children (bound out of its `Op`, read from a list of them)
/// cost one reference count each, and the type the checker found stays with the node.
@Suite struct CodeTests {
    @Test func aCopyOfANodeIsTheNodeItself() {
        let leaf = Code(op: .constant(.bool(true)), range: 4..<8, type: .bool)
        let node = Code(op: .not(leaf), range: 0..<8, type: .bool)
        let copy = node
        #expect(copy === node)
        guard case .not(let operand) = node.op else { Issue.record("expected a `not` node"); return }
        #expect(operand === leaf)
        #expect(operand.range == 4..<8)
        #expect(operand.type == .bool)
    }

    @Test func checkedCodeEvaluatesThroughItsSharedNodes() throws {
        let value = try Support.evaluate("not (1 < 2) or count([x in [1, 2, 3] where x > 1]) = 2")
        guard case .bool(true) = value else { Issue.record("expected yes, found \(value.literal())"); return }
    }
}
