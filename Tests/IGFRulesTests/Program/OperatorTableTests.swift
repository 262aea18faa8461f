@testable import IGFRules
import Testing

/// The checker accepts exactly what the evaluator computes: both read `OperatorTable`, and these
/// tests go through every operator and every pair of kinds.
@Suite struct OperatorTableTests {
    typealias Kind = OperatorTable.Kind

    /// A literal of each kind, as a rule would write it.
    static let literals: [Kind: String] = [
        .text: "\"a\"", .number: "2", .bool: "yes", .date: "2021-03-01", .dateTime: "2021-03-01T10:00:00Z",
        .duration: "2 days", .list: "[1]", .record: "{a: 1}",
    ]

    static func value(_ kind: Kind) throws -> Value {
        try Checker.constantValue(SourceFile(path: "v", text: literals[kind]!)).get()
    }

    /// The checked type of `define r = TEXT`, or nil when the checker refuses it.
    static func checkedType(_ text: String) -> DataType? {
        let (program, _) = Support.program("ruleset t for thing\ndefine r = \(text)\n", schema: false)
        return program?.definitions.first { $0.name == "r" }?.code.type
    }

    static func sameKind(_ a: Kind, _ b: Kind) -> Bool {
        a == b || Set([a, b]) == [.date, .dateTime]
    }

    @Test func theEvaluatorComputesExactlyThePairsInTheTable() throws {
        let (program, _) = Support.program("", schema: false)
        let evaluator = Evaluator(program: try #require(program), data: [], today: CivilDate(parsing: "2021-03-01")!)
        for op in OperatorTable.operators {
            for a in Kind.allCases {
                for b in Kind.allCases {
                    let expected = OperatorTable.result(op, a, b)
                    do {
                        let result = try evaluator.arithmetic(op, try Self.value(a), try Self.value(b), range: 0..<0)
                        let kind = try #require(Kind(result))
                        #expect(expected.map { Self.sameKind($0, kind) } == true, "\(a) \(op.rawValue) \(b) gave \(kind), table says \(String(describing: expected))")
                    } catch let error as EvaluationError {
                        #expect(expected == nil, "\(a) \(op.rawValue) \(b): \(error.message)")
                    }
                }
            }
        }
    }

    @Test func theCheckerAcceptsExactlyThePairsInTheTable() {
        for op in OperatorTable.operators {
            for a in Kind.allCases {
                for b in Kind.allCases {
                    let type = Self.checkedType("\(Self.literals[a]!) \(op.rawValue) \(Self.literals[b]!)")
                    let expected = OperatorTable.result(op, a, b)
                    #expect((type != nil) == (expected != nil), "\(a) \(op.rawValue) \(b)")
                    if let type, let expected, let kind = Kind(type) { #expect(Self.sameKind(kind, expected), "\(a) \(op.rawValue) \(b)") }
                }
            }
        }
    }

    @Test func aSideOfUnknownKindIsAcceptedWhenSomeKindWouldWork() {
        for op in OperatorTable.operators {
            for b in Kind.allCases {
                let right = Kind.allCases.contains { OperatorTable.result(op, $0, b) != nil }
                #expect((Self.checkedType("thing.n \(op.rawValue) \(Self.literals[b]!)") != nil) == right, "unknown \(op.rawValue) \(b)")
                let left = Kind.allCases.contains { OperatorTable.result(op, b, $0) != nil }
                #expect((Self.checkedType("\(Self.literals[b]!) \(op.rawValue) thing.n") != nil) == left, "\(b) \(op.rawValue) unknown")
            }
        }
    }

    @Test func aDurationTimesOrDividedByAnUndeclaredFieldIsADuration() {
        #expect(Self.checkedType("12 hours * thing.n") == .duration)
        #expect(Self.checkedType("12 hours / thing.n") == .duration)
        #expect(Self.checkedType("thing.n / 12 hours") == nil)
    }
}
