@testable import IGFRules
import Testing

/// `MessageMemo` gives every result exactly its `message`, wording a skip reason again whenever
/// the reason is not provably the one worded last.
@Suite struct MessageMemoTests {
    static let rules = """
        data proposal {
          id: text
          kind: text
          size: number
        }

        ruleset t for proposal
          when proposal.kind = "bpf"

        rule sized "big enough"
          require proposal.size >= 2

        rule small "not too big"
          require proposal.size <= 10

        rule named "has an id"
          require proposal.id is not empty
        """

    func results(_ records: [String]) throws -> [RuleResult] {
        let (program, diagnostics) = Support.program(Self.rules, schema: false)
        let checked = try #require(program, "\(diagnostics)")
        let runner = RuleRunner(program: checked, today: CivilDate(parsing: "2021-03-01")!)
        return try records.flatMap { json -> [RuleResult] in
            var bindings = DataBindings(program: checked)
            guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind("proposal", to: value)
            return runner.check(data: bindings.values).flatMap(\.results)
        }
    }

    @Test func skipsOfOneRulesetAndOfDifferentSubjectsGetTheirOwnMessages() throws {
        let results = try results([
            #"{"id": "a", "kind": "pn", "size": 1}"#, #"{"id": "b", "kind": "pn", "size": 1}"#,
            #"{"id": "c", "kind": "pc", "size": 1}"#, #"{"id": "d", "kind": "bpf", "size": 1}"#, #"{"id": "e", "size": 1}"#,
        ])
        #expect(results.count == 15)
        var memo = MessageMemo()
        for result in results {
            #expect(memo.message(of: result) == result.message)
        }
        // Subjects with different kinds are worded apart: no message of one is given to the other.
        let skipped = results.filter { $0.status == .skip }.compactMap(\.message)
        #expect(skipped.count == 9)
        #expect(Set(skipped).count == 2, "\(Set(skipped))")
    }

    @Test func aReasonWithTheSameSourceButAnotherValueIsWordedAgain() throws {
        func reason(_ kind: String) -> RuleOutcome {
            var child = Explanation(role: .value, range: 0..<12, value: .text(kind))
            child.source = "proposal.kind"
            var node = Explanation(role: .comparison, range: 0..<20, value: .bool(false), children: [child], op: "=")
            node.source = "proposal.kind = \"bpf\""
            return .skip(.when(.ruleset, decisive: node))
        }
        let rule = try #require(try results([#"{"id": "a", "kind": "bpf", "size": 5}"#]).first).rule
        var memo = MessageMemo()
        for kind in ["pn", "pn", "pc", "pn"] {
            let result = RuleResult(rule: rule, outcome: reason(kind))
            #expect(memo.message(of: result) == result.message)
            #expect(memo.message(of: result)?.contains("\"\(kind)\"") == true)
        }
    }
}
