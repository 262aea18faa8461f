import Foundation
import Testing

/// End to end, bug 3 of issue 9: `check --format json` of a rule with two `require`s on missing
/// data shows the two real trees, with no synthesized `and` node.
@Suite struct JSONTreesTests {
    @Test func aFailingRuleWithTwoRequiresOnMissingDataShowsBothRealTrees() throws {
        let rules = try CLI.file("t.rules", "ruleset t for proposal\n\nrule two \"Two\"\n  require proposal.pages >= 1\n  require proposal.words >= 1\n")
        let data = try CLI.file("p.json", #"{"id": "p"}"#)
        let (run, signalled) = try CLI.execute(["check", rules, "--data", "proposal=" + data, "--format", "json"])
        #expect(!signalled)
        #expect(run.status == 1, "\(run.errors)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let subject = try #require((report["subjects"] as? [[String: Any]])?.first)
        let result = try #require((subject["results"] as? [[String: Any]])?.first)
        #expect(result["status"] as? String == "fail")
        let trees = try #require(result["explanations"] as? [[String: Any]])
        #expect(trees.map { $0["source"] as? String } == ["proposal.pages >= 1", "proposal.words >= 1"])
        #expect(trees.allSatisfy { $0["value"] is NSNull })
        #expect((result["explanation"] as? [String: Any])?["source"] as? String == "proposal.pages >= 1")
        #expect(!run.output.contains(#""role":"and""#))
    }
}
