import Foundation
@testable import IGFRules
import Testing

/// `rules/examples/README.md` gives, for every example file, the outcome each rule gives. This
/// reads those tables and checks them against the live rule library, so that they cannot go
/// stale: a rule edit that changes an example's outcome must update its row, and a rule added to
/// the library must appear in every table of its subject.
@Suite struct ExampleTablesTests {
    static let folder = Support.root + "/rules/examples"
    static let readme = folder + "/README.md"

    /// One row of a table: the rule (an id, or `prefix.*` for every other rule of a ruleset), the
    /// outcome it must give, for which record (nil for a file with one subject), and its line.
    struct Row {
        let rule: String
        let expected: String
        let record: String?
        let line: Int
        var wildcard: String? { rule.hasSuffix(".*") ? String(rule.dropLast(2)) : nil }
    }

    /// One table: the example file it is about, the day it is checked on, and its rows.
    struct Table {
        let file: String
        let today: String
        var rows: [Row] = []
    }

    @Test func everyExampleTableAgreesWithTheRules() throws {
        let text = try String(contentsOfFile: ExampleTablesTests.readme, encoding: .utf8)
        let tables = ExampleTablesTests.tables(in: text)
        #expect(tables.count >= 13, "found only \(tables.count) tables of outcomes in rules/examples/README.md")
        let (loaded, diagnostics) = RuleLoader.load([Support.root + "/rules"])
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        for table in tables {
            for problem in try ExampleTablesTests.problems(table, program: program) {
                Issue.record("rules/examples/README.md:\(problem)")
            }
        }
    }

    @Test func theTableReaderFindsRulesWildcardsAndRecords() {
        let text = """
            ## Proposals (today = 2021-03-01)
            ### `p.json` — a proposal
            | rule | expected | why |
            |---|---|---|
            | bpf.proposal.title | **fail** | no title |
            | all 11 `bpf.selection.*` rules | skip | |
            ### `a.json` — an activity (today = 2021-02-01)
            | rule | expected | why |
            |---|---|---|
            | bpf.timeline.milestones | pass (pending, due 2021-10-22) | |
            ## Session reports: `r.jsonl` (today = 2020-12-15)
            | report id | report's track | short-report | why |
            |---|---|---|---|
            | `WS #1` | Data | *warn* | |
            """
        let tables = ExampleTablesTests.tables(in: text)
        #expect(tables.map(\.file) == ["p.json", "a.json", "r.jsonl"])
        #expect(tables.map(\.today) == ["2021-03-01", "2021-02-01", "2020-12-15"])
        #expect(tables[0].rows.map(\.rule) == ["bpf.proposal.title", "bpf.selection.*"])
        #expect(tables[0].rows.map(\.expected) == ["fail", "skip"])
        #expect(tables[1].rows.map(\.expected) == ["pass"])
        #expect(tables[2].rows.map(\.rule) == ["session.report.short-report"])
        #expect(tables[2].rows.map(\.record) == ["WS #1"])
    }

    // MARK: Reading the tables

    static func tables(in text: String) -> [Table] {
        var tables: [Table] = []
        var sectionToday = "2021-03-01"
        var current: Table?
        var columns: [String]?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("#") {
                if let current, !current.rows.isEmpty { tables.append(current) }
                current = nil
                columns = nil
                let today = firstMatch(#"today = (\d{4}-\d\d-\d\d)"#, in: line)
                if line.hasPrefix("## ") { sectionToday = today ?? "2021-03-01" }
                if let file = firstMatch(#"`([A-Za-z0-9.-]+\.jsonl?)`"#, in: line) {
                    current = Table(file: file, today: today ?? sectionToday)
                }
                continue
            }
            guard line.hasPrefix("|"), current != nil else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            if cells.first?.hasPrefix("---") == true { continue }
            if cells.first == "rule" || cells.first == "report id" {
                columns = cells
                continue
            }
            guard let columns else { continue }
            current!.rows += rows(cells, columns: columns, line: index + 1)
        }
        if let current, !current.rows.isEmpty { tables.append(current) }
        return tables
    }

    /// The rows of one table line: one for a `rule | expected` table, one per rule column of a
    /// `report id | report's track | RULE… | why` table.
    static func rows(_ cells: [String], columns: [String], line: Int) -> [Row] {
        if columns.first == "rule" {
            guard cells.count >= 2, let expected = outcome(cells[1]) else { return [] }
            let rule = firstMatch(#"([a-z][a-z0-9.-]*\.\*)"#, in: cells[0]) ?? cells[0]
            return [Row(rule: rule, expected: expected, record: nil, line: line)]
        }
        var rows: [Row] = []
        for (index, column) in columns.enumerated() where index >= 2 && index < cells.count && column != columns.last {
            if let expected = outcome(cells[index]) {
                rows.append(Row(rule: "session.report." + column, expected: expected, record: cells[0], line: line))
            }
        }
        return rows
    }

    /// "**fail**" → fail, "pass (pending, due …)" → pass (a pending obligation passes).
    static func outcome(_ cell: String) -> String? {
        let word = cell.replacingOccurrences(of: "*", with: "").split(separator: " ").first.map(String.init) ?? ""
        return RuleResult.Status(rawValue: word)?.rawValue
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    // MARK: Checking them

    /// Every disagreement between a table and the rules, as "LINE: what to change".
    static func problems(_ table: Table, program: Program) throws -> [String] {
        let results = try check(table, program: program)
        guard !results.isEmpty else { return ["\(table.rows[0].line): no subject of the rules found in \(table.file)"] }
        var problems: [String] = []
        for (record, subject) in results {
            let rows = table.rows.filter { $0.record == nil || $0.record == record }
            let named = Set(rows.filter { $0.wildcard == nil }.map(\.rule))
            for result in subject.results {
                let id = result.rule.id
                let row = rows.first { $0.rule == id } ?? rows.first { $0.wildcard.map { id.hasPrefix($0 + ".") } == true && !named.contains(id) }
                guard let row else {
                    problems.append("\(table.rows[0].line): the table for \(table.file) has no row for \(id) (it gives \(result.status.rawValue))")
                    continue
                }
                if row.expected != result.status.rawValue {
                    let who = record.map { " for \($0)" } ?? ""
                    problems.append("\(row.line): \(table.file)\(who) (today \(table.today)): the table says \(id) gives \(row.expected), but the rules give \(result.status.rawValue); update the row, or the rule")
                }
            }
        }
        for row in table.rows where row.wildcard == nil && !results.contains(where: { $0.1.results.contains { $0.rule.id == row.rule } }) {
            problems.append("\(row.line): \(row.rule) is not a rule of the library, or gives no result for \(table.file)")
        }
        return problems
    }

    /// The results for the table's file: one subject, or (for JSON Lines) one per record, by id.
    static func check(_ table: Table, program: Program) throws -> [(String?, SubjectResult)] {
        let runner = RuleRunner(program: program, today: try #require(CivilDate(parsing: table.today)))
        let path = folder + "/" + table.file
        if table.file.hasSuffix(".jsonl") {
            var bindings = DataBindings(program: program)
            guard case .success(let calendar) = DataFile.read(folder + "/calendar-2020.json") else { throw Support.Failure("calendar") }
            bindings.bind("calendar", to: calendar)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            return try lines.flatMap { line -> [(String?, SubjectResult)] in
                guard case .success(let report) = DataFile.parse(SourceFile(path: path, text: String(line))) else {
                    throw Support.Failure("\(table.file): a line that is not JSON")
                }
                bindings.bind("report", to: report)
                return runner.check(data: bindings.values).map { ($0.id, $0) }
            }
        }
        var bindings = DataBindings(program: program)
        guard case .success(let value) = DataFile.read(path) else { throw Support.Failure("\(table.file) cannot be read") }
        _ = bindings.bindObject(value, from: path)
        return runner.check(data: bindings.values).map { (nil, $0) }
    }
}
