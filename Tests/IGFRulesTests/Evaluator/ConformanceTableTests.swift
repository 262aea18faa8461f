import Foundation
@testable import IGFRules
import Testing

/// Runs `Tests/Fixtures/conformance.table`: each row an expression, its data, today, and the value
/// or rule outcome the language gives. The table is the semantics in one place, readable without
/// Swift; this file only drives it.
@Suite struct ConformanceTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let line: Int
        let expression: String
        let data: String
        let today: String
        let expected: String
        var testDescription: String { "line \(line): \(expression)" }
    }

    static let rows: [Row] = {
        let path = Support.root + "/Tests/Fixtures/conformance.table"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 4 else {
                rows.append(Row(line: index + 1, expression: trimmed, data: "", today: "", expected: "<a row needs 4 columns>"))
                continue
            }
            rows.append(Row(line: index + 1, expression: columns[0], data: columns[1], today: columns[2], expected: columns[3]))
        }
        return rows
    }()

    @Test func theTableIsReadAndLarge() {
        #expect(Self.rows.count >= 60)
    }

    @Test(arguments: rows)
    func rowGivesItsValueOrOutcome(_ row: Row) throws {
        let data = try Self.dataNames(row.data)
        if row.expected.hasPrefix("rule: ") {
            #expect(try Self.outcome(row, data: data) == String(row.expected.dropFirst(6)))
        } else {
            #expect(Support.show(row.expression, data: data, today: row.today, extra: "data thing any\n") == row.expected)
        }
    }

    /// The data column's top-level keys, each as its own JSON text.
    static func dataNames(_ json: String) throws -> [String: String] {
        guard !json.isEmpty else { return [:] }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
        var names: [String: String] = [:]
        for (name, value) in object {
            names[name] = String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]), as: UTF8.self)
        }
        return names
    }

    /// The outcome of `rule r` requiring the row's expression, for the row's first data name
    /// (or `thing`, bound to an empty record, when there is no data): pass, pending, fail or error.
    static func outcome(_ row: Row, data: [String: String]) throws -> String {
        let subject = data.keys.sorted().first ?? "thing"
        let text = "data thing any\nruleset t for \(subject)\nrule r \"R\"\n  require \(row.expression)\n"
        let (program, diagnostics) = Support.program(text)
        guard let program else { throw Support.Failure(DiagnosticRenderer().render(diagnostics)) }
        var bindings = DataBindings(program: program)
        for (name, json) in data.isEmpty ? ["thing": "{}"] : data {
            guard case .success(let value) = DataFile.parse(SourceFile(path: name, text: json)) else { throw Support.Failure("bad JSON") }
            _ = bindings.bind(name, to: value)
        }
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: row.today)))
        let result = try #require(runner.check(data: bindings.values).first?.results.first)
        return result.outcome.name
    }
}
