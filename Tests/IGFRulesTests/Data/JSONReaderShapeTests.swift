@testable import IGFRules
import Testing

/// A line read as its declared shape (`DataBindings.read(line:…)`, one pass when nothing is to
/// change) gives exactly what reading it untyped and then `Conformance.read` gives; keys are the
/// schema's own texts, and duplicates are still refused however the keys are ordered.
@Suite struct JSONReaderShapeTests {
    static let rules = "ruleset r for activity\nrule a \"A\"\n  require activity.id is not empty\n"
    static let today = CivilDate(parsing: "2021-09-01")!

    func bindings() throws -> (DataBindings, Int) {
        let (program, diagnostics) = Support.program(Self.rules)
        let bindings = DataBindings(program: try #require(program, "\(diagnostics)"))
        return (bindings, try #require(bindings.program.dataSlot(named: "activity")))
    }

    /// The line read in one pass, and read untyped then conformed, as literals and findings.
    func bothWays(_ line: String, strict: Bool = false) throws -> (shaped: String, twoPasses: String) {
        let (bindings, slot) = try bindings()
        let bytes = Array(line.utf8)
        func shown(_ result: Result<(value: Value, findings: [DataValidation.Finding]), Diagnostic>) -> String {
            switch result {
            case .success(let (value, findings)): value.literal(limit: 10_000) + " | " + findings.map(\.description).joined(separator: "; ")
            case .failure(let diagnostic): DiagnosticRenderer().render(diagnostic)
            }
        }
        let shaped = shown(bindings.read(line: bytes, number: 3, path: "a.jsonl", slot: slot, strict: strict, today: Self.today))
        let twoPasses = shown(RecordStream.parse(line: bytes, number: 3, path: "a.jsonl").map {
            bindings.read($0, slot: slot, strict: strict, today: Self.today)
        })
        return (shaped, twoPasses)
    }

    static let lines = [
        #"{"id": "bpf", "approved": "2021-02-03", "documented_on_website": true, "mailing_list": {"subscribers": 3, "messages": 4}}"#,
        #"{"approved": "2021-02-03", "id": "bpf", "milestones": [{"due": "2021-12-01", "name": "m"}, {"name": "n", "done": "2021-01-05"}]}"#,
        #"{"id": "bpf", "approved": "2021-02-30", "draft_output": {"published": "2021-10-29", "open_for_comment": "yes"}}"#,
        #"{"id": "bpf", "aproved": "2021-02-03", "notes": {"done": "2021-12-24", "when": "2021-13-01"}, "extra": [1, "2021-01-01"]}"#,
        #"{"id": 7, "approved": "2021-02-03T10:00:00Z", "meetings": "none", "final_output": {"published": "2021-08-31"}}"#,
        #"{"id": "b\u0070f", "appro\u0076ed": "2021-02-03", "draft_output": {"published": "2021-09-02"}}"#,
        #"{"id": "bpf", "id": "again"}"#,
        #"{"id": "bpf", "approved": "2021-02-03", "x": 1, "approved": "2021-02-04"}"#,
        #"{"x": 1, "y": 2, "x": 3}"#,
        #"{"id": "bpf", "approved": 20210203, "mailing_list": {"subscribers": "3", "messages": 1e400}}"#,
        #"{"id": "bpf", "approved": "2021-02-03", "#,
        "{\"id\": \"caf\u{E9}\", \"approved\": \"2021-02-03\"}",
    ]

    @Test(arguments: lines) func readingAsTheShapeGivesWhatConformanceGives(_ line: String) throws {
        for strict in [false, true] {
            let (shaped, twoPasses) = try bothWays(line, strict: strict)
            #expect(shaped == twoPasses, "\(line)")
        }
    }

    @Test func aRecordWithEveryDeclaredFieldInOrderSharesTheShapesKeys() throws {
        let shape = RecordType(name: "pair", fields: [("name", .text), ("done", .date)])
        var reader = JSONReader(bytes: Array(#"{"name": "m", "done": "2021-01-05"}"#.utf8))
        guard case .record(let record) = try reader.readDocument(as: .record(shape)) else {
            Issue.record("not a record")
            return
        }
        #expect(record.keys.withUnsafeBufferPointer { $0.baseAddress } == shape.fieldNames.withUnsafeBufferPointer { $0.baseAddress })
        #expect(Value.record(record).literal() == "{name: \"m\", done: 2021-01-05}")
        #expect(!reader.needsConformance)
        #expect(reader.latestPastEvent == CivilDate(parsing: "2021-01-05"))
    }

    @Test func aKeyTheShapeDoesNotDeclareOrATextInADateFieldNeedsConformance() throws {
        let shape = RecordType(name: "pair", fields: [("name", .text), ("done", .date)])
        for line in [#"{"name": "m", "other": 1}"#, #"{"done": "2021-02-30"}"#, #"{"name": ["m"]}"#] {
            var reader = JSONReader(bytes: Array(line.utf8))
            _ = try reader.readDocument(as: .record(shape))
            #expect(reader.needsConformance, "\(line)")
        }
    }

    @Test func duplicateKeysAreRefusedInAnyOrderAndPastSixteenKeys() {
        let fields = (0..<70).map { ("f\($0)", DataType.number) }
        let shape = RecordType(name: "wide", fields: fields)
        let many = (0..<20).map { "\"u\($0)\": 1" }.joined(separator: ", ")
        let cases = [
            #"{"f0": 1, "f1": 2, "f0": 3}"#, #"{"f2": 1, "f0": 2, "f2": 3}"#, #"{"f66": 1, "f65": 2, "f66": 3}"#,
            "{\(many), \"u3\": 2}", "{\"f0\": 1, \(many), \"f0\": 2}",
        ]
        for line in cases {
            var reader = JSONReader(bytes: Array(line.utf8))
            #expect(throws: JSONReader.Failure.self, "\(line)") { _ = try reader.readDocument(as: .record(shape)) }
        }
        var reader = JSONReader(bytes: Array("{\"f1\": 1, \(many), \"f0\": 2, \"f69\": 3}".utf8))
        #expect((try? reader.readDocument(as: .record(shape)))?.literal(limit: 10_000).hasSuffix("f0: 2, f69: 3}") == true)
    }

    @Test func aKeyEqualToADeclaredOneButWrittenDifferentlyIsADuplicateInEitherOrder() {
        let shape = RecordType(name: "thing", fields: [("Kind", .text), ("id", .text)])
        for line in [#"{"Kind": "a", "\#u{212A}ind": "b"}"#, #"{"\#u{212A}ind": "a", "Kind": "b"}"#, #"{"\#u{212A}ind": "a", "id": "x", "Kind": "b"}"#] {
            var reader = JSONReader(bytes: Array(line.utf8))
            #expect(throws: JSONReader.Failure.self, "\(line)") { _ = try reader.readDocument(as: .record(shape)) }
        }
    }

    @Test func textsMadeWithoutASecondValidationAreTheSameTexts() {
        for text in ["", "a", "café", "exactly fifteen", "sixteen bytes..", "Łukasz Fernández — “quoted”", "🌍 and ASCII after it, long enough"] {
            let bytes = Array("\"\(text)\"".utf8)
            let made = JSONReader.validatedText(bytes, 1..<(bytes.count - 1))
            #expect(made == text)
            #expect(made.utf8.count == text.utf8.count)
            #expect(made.count == text.count)
            #expect(made.hashValue == text.hashValue)
        }
    }
}
