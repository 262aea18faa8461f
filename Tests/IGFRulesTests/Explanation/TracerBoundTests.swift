@testable import IGFRules
import Testing

/// What a trace keeps is bounded: the deciding elements of a long list, and values cut short.
@Suite struct TracerBoundTests {
    @Test func aQuantifierOverManyElementsKeepsOnlyTheDecidingOnes() throws {
        let names = (1...2000).map { #"{"name": "n\#($0)"}"# }.joined(separator: ", ")
        let (program, _) = Support.program("ruleset t for proposal\nrule r \"R\"\n  require all f in proposal.facilitators: f.name != \"n1500\"\n")
        let checked = try #require(program)
        var bindings = DataBindings(program: checked)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: #"{"id": "p", "facilitators": [\#(names)]}"#)) else {
            throw Support.Failure("bad JSON")
        }
        bindings.bind("proposal", to: value)
        let result = try #require(RuleRunner(program: checked, today: CivilDate(daysSinceEpoch: 0)).check(data: bindings.values).first?.results.first)
        let tree = try #require(result.explanation.first)
        #expect(tree.children.count == 2)
        #expect(tree.children[0].note == "2,000 elements checked")
        #expect(tree.children[1].note == "element 1,500 of 2,000")
    }

    @Test func aValueTooLargeToKeepIsCutShort() {
        var value = Value.list([.number(.integer(1))])
        for _ in 0..<30 { value = .list([value, value]) }
        var entries = 0
        func count(_ value: Value) {
            entries += 1
            if case .list(let items) = value { items.forEach(count) }
        }
        count(Tracer.kept(value))
        #expect(entries <= Tracer.valueEntriesKept + 1)
        let small = Value.list([.number(.integer(1)), .text("x")])
        #expect(Tracer.kept(small).equals(small) == true)
    }
}
