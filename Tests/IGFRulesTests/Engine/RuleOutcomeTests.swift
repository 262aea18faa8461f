import Foundation
@testable import IGFRules
import Testing

/// The outcome of a result is a value: pending carries its due moment, a skip its reason, an
/// error its evaluation error; every format words a skip's reason; the JSON report emits the
/// real trees, one per `require` (bug 3 of issue 9).
@Suite struct RuleOutcomeTests {
    func results(_ rules: String, _ data: [String: String], today: String = "2021-03-01") throws -> [RuleResult] {
        let (program, diagnostics) = Support.program(rules, schema: false)
        let checked = try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: checked)
        for (name, json) in data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else { throw Support.Failure("bad JSON") }
            bindings.bind(name, to: value)
        }
        let runner = RuleRunner(program: checked, today: CivilDate(parsing: today)!)
        return try #require(runner.check(data: bindings.values).first?.results)
    }

    @Test func aPendingResultCarriesItsDueDateAsAValue() throws {
        let result = try #require(try results("ruleset t for proposal\nrule p \"P\"\n  require proposal.submitted by 2021-02-23\n",
                                              ["proposal": #"{"id": "p"}"#], today: "2021-02-01").first)
        guard case .pending(let due) = result.outcome, case .date(let date)? = due else {
            Issue.record("expected pending with a date, got \(result.outcome)")
            return
        }
        #expect(date == CivilDate(parsing: "2021-02-23"))
        #expect(result.status == .pass)
        #expect(result.outcome.name == "pending")
        #expect(RuleOutcome.label(result.outcome) == "pass (pending)")
    }

    @Test func aSkipNamesTheRulesetsWhenAndThePartThatSaidNo() throws {
        let rules = "ruleset t for proposal when proposal.kind = \"bpf\" and proposal.open\nrule a \"A\"\n  require proposal.open\n"
        let result = try #require(try results(rules, ["proposal": #"{"id": "p", "kind": "pn", "open": true}"#]).first)
        guard case .skip(.when(let scope, let decisive?)) = result.outcome else {
            Issue.record("expected a skip with its reason, got \(result.outcome)")
            return
        }
        #expect(scope == .ruleset)
        #expect(decisive.source == "proposal.kind = \"bpf\"")
        #expect(result.message == "applies only when `proposal.kind = \"bpf\"`: `proposal.kind` is pn, not equal to bpf")
    }

    @Test func aSkipByTheRulesOwnWhenSaysSo() throws {
        let rules = "ruleset t for proposal\nrule a \"A\"\n  when proposal.open\n  require proposal.open\n"
        let result = try #require(try results(rules, ["proposal": #"{"id": "p", "open": false}"#]).first)
        guard case .skip(.when(.rule, let decisive?)) = result.outcome else {
            Issue.record("expected a skip by the rule's when, got \(result.outcome)")
            return
        }
        #expect(decisive.source == "proposal.open")
    }

    @Test func anErrorCarriesTheEvaluationError() throws {
        let rules = "ruleset t for proposal\nrule d \"D\"\n  require proposal.submitted < 2021-01-01\n"
        let result = try #require(try results(rules, ["proposal": #"{"submitted": "23/02/2021"}"#]).first)
        guard case .error(let error) = result.outcome else {
            Issue.record("expected an error, got \(result.outcome)")
            return
        }
        #expect(error.message == "cannot order text \"23/02/2021\" and date 2021-01-01")
        #expect(result.message == error.message)
    }

    @Test func theJUnitReportGivesTheReasonOfASkip() throws {
        let rules = "ruleset t for proposal\nrule a \"A\"\n  when proposal.open\n  require proposal.open\n"
        let result = try #require(try results(rules, ["proposal": #"{"id": "p", "open": false}"#]).first)
        let subject = SubjectResult(subject: "proposal", id: "p", results: [result])
        let xml = JUnitReport.testcase(result, in: subject, suite: "t")
        #expect(xml.contains("<skipped message=\"applies only when `proposal.open`: the proposal is not marked as open\"/>"), "\(xml)")
    }

    /// Bug 3: two `require`s on missing data gave one synthesized `and` node whose source is in
    /// no file and whose value (false) contradicts its unknown children.
    @Test func theJSONReportEmitsOneRealTreePerRequire() throws {
        let rules = "ruleset t for proposal\nrule two \"Two\"\n  require proposal.pages >= 1\n  require proposal.words >= 1\n"
        let result = try #require(try results(rules, ["proposal": #"{"id": "p"}"#]).first)
        #expect(result.status == .fail)
        let json = JSONReport.json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let trees = try #require(object["explanations"] as? [[String: Any]])
        #expect(trees.map { $0["source"] as? String } == ["proposal.pages >= 1", "proposal.words >= 1"])
        #expect(trees.allSatisfy { $0["role"] as? String == "comparison" && $0["value"] as? Bool != false }, "\(json)")
        let first = try #require(object["explanation"] as? [String: Any])
        #expect(first["source"] as? String == "proposal.pages >= 1")
        #expect(!json.contains("\"role\":\"and\""))
    }

    @Test func explanationNodesHoldDataAndTheRenderersWordThem() throws {
        let rules = "ruleset t for proposal\nrule f \"F\"\n  require all f in proposal.facilitators: f.name is not empty\n"
        let result = try #require(try results(rules, ["proposal": #"{"id": "p", "facilitators": [{"name": "A"}, {"name": ""}, {"name": "C"}]}"#]).first)
        let quantifier = try #require(result.explanation.first.flatMap { $0.role == .quantifier ? $0 : $0.children.first { $0.role == .quantifier } })
        let element = try #require(quantifier.children.first { $0.role == .element })
        guard case .element(position: 2, of: 3)? = element.detail else {
            Issue.record("expected the second of three elements, got \(String(describing: element.detail))")
            return
        }
        #expect(element.note == "element 2 of 3")
        #expect(quantifier.children.first?.note == "3 elements checked")
    }
}
