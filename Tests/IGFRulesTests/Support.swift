@testable import IGFRules
import Testing

/// Helpers shared by the tests: build programs from rule text, evaluate expressions, render diagnostics.
enum Support {
    /// The repository's root folder, found from this file's path.
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// A frozen copy of the rule library (`Tests/Fixtures/rules`): tests of the language use it, so
    /// that a MAG member's edit of `rules/` fails only the library's own tests (RuleLibraryTests).
    static let fixtures = root + "/Tests/Fixtures"

    static let schemaPath = fixtures + "/rules/schema.rules"

    /// Parses and checks rule text (with the library's schema unless `schema` is false).
    static func program(_ text: String, schema: Bool = true, path: String = "test.rules") -> (Program?, [Diagnostic]) {
        var loader = RuleLoader()
        if schema { loader.add(file: schemaPath, includedFrom: nil) }
        loader.add(source: SourceFile(path: path, text: text))
        if loader.diagnostics.contains(where: { $0.severity == .error }) { return (nil, loader.diagnostics) }
        let (program, diagnostics) = Checker.check(loader.files)
        return (program, loader.diagnostics + diagnostics)
    }

    /// The checked program of `rule` in a ruleset `t` for proposal (with the schema), and data with
    /// the JSON text `proposal` bound to `proposal`.
    static func proposalRule(_ rule: String, proposal: String) throws -> (program: Program, data: [Value]) {
        let (program, diagnostics) = Support.program("ruleset t for proposal\n" + rule)
        let checked = try #require(program, "\(DiagnosticRenderer().render(diagnostics))")
        var bindings = DataBindings(program: checked)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: proposal)) else { throw Support.Failure("bad JSON") }
        bindings.bind("proposal", to: value)
        return (checked, bindings.values)
    }

    /// The first condition of the only rule in `rule` (as `proposalRule` checks it), its file, and
    /// an evaluator over `proposal` on 2021-03-01.
    static func firstCondition(of rule: String, proposal: String) throws -> (Code, SourceFile, Evaluator) {
        let (checked, data) = try proposalRule(rule, proposal: proposal)
        let rule = try #require(checked.rulesets.first?.rules.first)
        let evaluator = Evaluator(program: checked, data: data, today: CivilDate(parsing: "2021-03-01")!)
        return (try #require(rule.requires.first), rule.declared.file, evaluator)
    }

    /// An explanation tree as text: each node's role, source, value or error, detail and
    /// operator, nested.
    static func outline(_ node: Explanation?, depth: Int = 0) -> String {
        guard let node else { return "nil" }
        let value = node.value.map { $0.literal() } ?? "error: \(node.error ?? "?")"
        var line = String(repeating: "  ", count: depth) + "\(node.role) `\(node.source)` \(value) \(String(describing: node.detail)) \(node.op ?? "")\n"
        for child in node.children { line += outline(child, depth: depth + 1) }
        return line
    }

    /// Diagnostics of rule text, drawn as the command line draws them.
    static func rendered(_ text: String, schema: Bool = false, path: String = "test.rules") -> String {
        let (_, diagnostics) = program(text, schema: schema, path: path)
        return DiagnosticRenderer().render(diagnostics.filter { $0.file?.path != schemaPath })
    }

    /// Evaluates one expression against data given as JSON texts by data name.
    static func evaluate(_ expression: String, data: [String: String] = [:], today: String = "2021-03-01",
                         extra: String = "") throws -> Value {
        let (program, diagnostics) = program("define result__ = \(expression)\n\(extra)")
        guard let program else {
            throw Failure(DiagnosticRenderer().render(diagnostics))
        }
        var bindings = DataBindings(program: program)
        for (name, json) in data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else {
                throw Failure("bad JSON for \(name)")
            }
            bindings.bind(name, to: value)
        }
        let evaluator = Evaluator(program: program, data: bindings.values, today: CivilDate(parsing: today)!)
        let slot = program.definitions.firstIndex { $0.name == "result__" }!
        return try evaluator.evaluate(program.definitions[slot].code)
    }

    /// The value as the REPL shows it, or `error: …` when evaluation fails.
    static func show(_ expression: String, data: [String: String] = [:], today: String = "2021-03-01", extra: String = "") -> String {
        do {
            return try evaluate(expression, data: data, today: today, extra: extra).literal(limit: 200)
        } catch let error as EvaluationError {
            return "error: \(error.message)"
        } catch {
            return "\(error)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
