@testable import IGFRules
import Testing

/// A flat run of `and` or `or` is not nesting: 101 conditions used to be refused as "nested more
/// than 100 levels deep"; a chain of 100,000 now parses, checks, evaluates and prints, as a tree
/// a few dozen levels high (never a deep recursion), meaning what the chain as written means.
@Suite struct FlatChainTests {
    static func chain(_ term: String, _ op: String, _ count: Int) -> String {
        Array(repeating: term, count: count).joined(separator: " \(op) ")
    }

    @Test(arguments: ["and", "or"])
    func aChainOf101ConditionsIsNotNesting(_ op: String) {
        let (_, diagnostics) = Parser.parse(SourceFile(path: "t.rules", text: "define d = " + Self.chain("1 = 1", op, 101) + "\n"))
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: ["and", "or"])
    func aChainOf100000ConditionsIsAShallowTree(_ op: String) throws {
        let file = SourceFile(path: "e", text: Self.chain("x > 1", op, 100_000))
        let (parsed, diagnostics) = Parser.parseExpression(file)
        let expression = try #require(parsed)
        #expect(diagnostics.isEmpty)
        #expect(expression.depth < 40)
        #expect(expression.range == 0..<file.bytes.count)
    }

    @Test func aShortChainKeepsItsWrittenShape() throws {
        let file = SourceFile(path: "e", text: "a and b and c")
        let expression = try #require(Parser.parseExpression(file).0)
        guard case .binary(.and, let left, let right) = expression.kind, case .binary(.and, _, _) = left.kind, case .name("c") = right.kind else {
            Issue.record("expected ((a and b) and c)")
            return
        }
    }

    @Test func aLongChainEvaluatesAsWritten() throws {
        let holds = Self.chain("1 = 1", "and", 50_000)
        let fails = Self.chain("1 = 2", "or", 50_000)
        #expect(try Support.evaluate("(\(holds)) and not (\(fails))").isTrue == true)
        #expect(try Support.evaluate("1 = 2 or " + fails + " or (" + holds + " and 1 = 2)").isTrue == false)
    }

    @Test func aLongChainFormatsFlatAndStaysFormatted() throws {
        let text = "define d = " + Self.chain("1", "or", 20_000) + "\n"
        guard case .success(let once) = Formatter.format(SourceFile(path: "f.rules", text: text)) else {
            Issue.record("did not format")
            return
        }
        let lines = once.split(separator: "\n")
        #expect(lines.count == 20_000)
        #expect(lines.dropFirst().allSatisfy { $0 == "    or 1" })
        guard case .success(let twice) = Formatter.format(SourceFile(path: "f.rules", text: once)) else {
            Issue.record("the formatted file did not format")
            return
        }
        #expect(twice == once)
    }
}
