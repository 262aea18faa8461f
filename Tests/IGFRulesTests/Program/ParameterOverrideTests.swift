@testable import IGFRules
import Testing

/// `Program.overriding`: the one check of a new value for a parameter, used by `--param`, a test's
/// `given NAME = …` and the REPL's `param`.
@Suite struct ParameterOverrideTests {
    static let rules = """
        param names: list of text = []
        param minimum = 2
        param grace = 2 days
        param start = 2021-03-01
        param anything = []
        """

    func program() throws -> Program {
        let (program, diagnostics) = Support.program(Self.rules, schema: false)
        guard let program else { throw Support.Failure("\(diagnostics)") }
        return program
    }

    func value(_ text: String) throws -> Value {
        try Checker.constantValue(SourceFile(path: "v", text: text)).get()
    }

    @Test func refusesAListOfNumbersForAListOfTexts() throws {
        let result = try program().overriding("names", with: value("[1, 2]"))
        guard case .failure(let problem) = result else {
            Issue.record("[1, 2] was accepted for a list of text")
            return
        }
        #expect(problem.description == "parameter `names` is a list of text (its default is []), but `[1, 2]` is a list of number")
        #expect(problem.notes == ["declared at test.rules:1:7"])
    }

    @Test func refusesAListMixingTextsAndNumbersForAListOfTexts() throws {
        #expect(throws: ParameterProblem.self) { try program().overriding("names", with: value("[\"a\", 2]")).get() }
    }

    @Test func acceptsValuesOfTheDeclaredKind() throws {
        let program = try program()
        for (name, text) in [("names", "[\"Ana\", \"Ben\"]"), ("names", "[]"), ("minimum", "3"), ("grace", "5 days"),
                             ("start", "2021-04-01"), ("anything", "[1, \"two\"]")] {
            #expect(throws: Never.self, "\(name) = \(text)") { try program.overriding(name, with: value(text)).get() }
        }
    }

    @Test func refusesAValueOfAnotherScalarKind() throws {
        let program = try program()
        for (name, text) in [("minimum", "\"3\""), ("grace", "2"), ("start", "2 days"), ("minimum", "yes")] {
            #expect(throws: ParameterProblem.self, "\(name) = \(text)") { try program.overriding(name, with: value(text)).get() }
        }
    }

    @Test func namesTheClosestParameterForAMisspeltOne() throws {
        guard case .failure(let problem) = try program().overriding("minimun", with: value("3")) else {
            Issue.record("an unknown parameter was accepted")
            return
        }
        #expect(problem.description == "the rules have no parameter `minimun`; did you mean `minimum`?")
    }
}
