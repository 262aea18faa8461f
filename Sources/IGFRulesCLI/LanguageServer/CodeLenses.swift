import Foundation
import IGFRules

/// `textDocument/codeLens` and `workspace/executeCommand`: above each rule, its outcome on the
/// library's tests ("3 tests: all pass"), which runs that rule's tests; above a tests file, "run
/// tests", which runs the file's. Both carry the one command, `igfrules.runTests`.
extension LanguageServer {
    func codeLenses(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let place = try place(params) else { return [] }
        let report = place.unit.tests()
        var result: [JSON] = []
        var ruleset: String?
        var hasTests = false
        for declaration in place.ruleFile.declarations {
            switch declaration {
            case .ruleset(let d): ruleset = d.id.text
            case .rule(let d):
                let id = d.name.text.contains(".") || ruleset == nil ? d.name.text : ruleset! + "." + d.name.text
                let outcomes = report?.outcomes.filter { $0.rule == id }
                result.append(lens(place, d.range, title: Self.testSummary(outcomes), rule: id))
            case .test: hasTests = true
            default: break
            }
        }
        if hasTests, let first = place.ruleFile.declarations.first {
            let own = report?.outcomes.filter { Workspace.key(for: $0.test.declared.file.path) == place.key }
            result.insert(lens(place, first.range, title: "run tests (\(Self.testSummary(own)))"), at: 0)
        }
        return .array(result)
    }

    /// A lens running the tests of the file, or (given `rule`) the tests of that rule.
    private func lens(_ place: Place, _ range: Range<Int>, title: String, rule: String? = nil) -> JSON {
        let start = place.positions.lineRange(place.positions.line(of: range.lowerBound))
        let arguments: JSON = .array([.string(DocumentStore.uri(of: place.key))] + (rule.map { [.string($0)] } ?? []))
        return ["range": place.positions.range(of: start.lowerBound..<start.lowerBound),
                "command": ["title": .string(title), "command": .string(Self.runTestsCommand), "arguments": arguments]]
    }

    /// "no tests", "3 tests: all pass", "3 tests: 1 fails", or why they cannot run.
    static func testSummary(_ outcomes: [TestRunner.Outcome]?) -> String {
        guard let outcomes else { return "tests cannot run: the rules do not check" }
        if outcomes.isEmpty { return "no tests" }
        let failed = outcomes.count { !$0.passed }
        let count = "\(outcomes.count) test\(outcomes.count == 1 ? "" : "s")"
        if outcomes.count == 1 { return failed == 0 ? "1 test: passes" : "1 test: fails" }
        return failed == 0 ? "\(count): all pass" : "\(count): \(failed) fail\(failed == 1 ? "s" : "")"
    }

    /// `igfrules.runTests URI [RULE]`: runs the tests of the file (or, given RULE, the library's
    /// tests of that rule) and shows the result as a message.
    func executeCommand(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard params["command"]?.string == Self.runTestsCommand else {
            throw .invalidParams("the only command is `\(Self.runTestsCommand)`")
        }
        guard let uri = params["arguments"]?.array?.first?.string, let path = DocumentStore.path(of: uri) else {
            throw .invalidParams("`\(Self.runTestsCommand)` needs the URI of a tests file")
        }
        let key = Workspace.key(for: path)
        guard let unit = self.unit(containing: key) else {
            throw .init(code: .requestFailed, message: "\(path) is not open")
        }
        complete(unit, for: key)
        let rule = params["arguments"]?.array?.dropFirst().first?.string
        let outcomes = unit.tests()?.outcomes.filter { outcome in
            rule.map { outcome.rule == $0 } ?? (Workspace.key(for: outcome.test.declared.file.path) == key)
        }
        var lines = ["\(rule ?? (path as NSString).lastPathComponent): \(Self.testSummary(outcomes))"]
        for diagnostic in unit.tests()?.diagnostics ?? [] where diagnostic.file.map({ Workspace.key(for: $0.path) }) == key {
            lines.append("\(diagnostic.location.map { "line \($0.line): " } ?? "")\(diagnostic.message)")
        }
        for outcome in outcomes ?? [] where !outcome.passed {
            lines.append(TestFailureRenderer.line(outcome))
        }
        let failed = outcomes.map { $0.contains { !$0.passed } } ?? true
        send("window/showMessage", ["type": .int(failed ? 1 : 3), "message": .string(lines.joined(separator: "\n"))])
        return .string(lines.joined(separator: "\n"))
    }
}
