import Foundation
@testable import IGFRules
import Testing

/// The mistakes a MAG member editing a rule file is most likely to make: each gives one message
/// that names the fix, pinned here in full.
@Suite struct MistakeGoldenTests {
    /// Mistakes the lexer and parser catch.
    static let syntax: [(input: String, rendered: String)] = [
        ("define due = 2021-12-06 - six weeks", """
            t.rules:1:27: error: write the number in digits: `6 weeks`, not `six weeks`
             1 | define due = 2021-12-06 - six weeks
               |                           ^~~~~~~~~

            """),
        ("rule a At least two facilitators\n  require 1 = 1", """
            t.rules:1:8: error: a rule's title is written in quotes
             1 | rule a At least two facilitators
               |        ^~~~~~~~~~~~~~~~~~~~~~~~~
               = write "At least two facilitators"

            """),
        ("rule a \"A\"\n  require 3 => 2", """
            t.rules:2:13: error: `=>` is not an operator; did you mean `>=`?
             2 |   require 3 => 2
               |             ^~
               = "at least" is written `>=` and "at most" `<=`, with the `=` second

            """),
        ("param ratio = 2,5", """
            t.rules:1:15: error: decimals are written with a point: `2.5`, not `2,5`
             1 | param ratio = 2,5
               |               ^~~

            """),
        ("rule a \"A\"\n  require 3 >= 2,5", """
            t.rules:2:16: error: decimals are written with a point: `2.5`, not `2,5`
             2 |   require 3 >= 2,5
               |                ^~~

            """),
        ("rule a \"At least two”\n  require 1 = 1", """
            t.rules:1:21: error: this text starts with a straight quote `"` but ends with a curly one `”`
             1 | rule a "At least two”
               |                     ^
               = end it with a straight quote `"` too (word processors change quotes: edit rule files in a plain-text editor)

            """),
        ("rule a \"A\"\n  require 1 = 1\n  message the proposal has no title\"", """
            t.rules:3:11: error: the message has no opening `"`
             3 |   message the proposal has no title"
               |           ^~~~~~~~~~~~~~~~~~~~~~~~~~
               = write it between two straight quotes: message "the proposal has no title"

            """),
        ("test \"t\"\n  today 1 March 2021\n  expect a.b pass", """
            t.rules:2:9: error: write dates as YYYY-MM-DD: `2021-03-01`, not `1 March 2021`
             2 |   today 1 March 2021
               |         ^~~~~~~~~~~~

            """),
    ]

    @Test(arguments: MistakeGoldenTests.syntax)
    func aSyntaxMistakeGetsOneMessageNamingTheFix(_ input: String, _ rendered: String) {
        let (_, diagnostics) = Parser.parse(SourceFile(path: "t.rules", text: input))
        #expect(DiagnosticRenderer().render(diagnostics) == rendered)
    }

    /// Mistakes the checker catches (with the library's schema).
    static let meaning: [(input: String, rendered: String)] = [
        ("ruleset r for proposal\nrule a \"A\"\n  require all f in proposal.facilitators: f.mag_member = True", """
            t.rules:3:58: error: unknown name `True`
             3 |   require all f in proposal.facilitators: f.mag_member = True
               |                                                          ^~~~
               = did you mean `yes`?

            """),
        ("ruleset r for proposal\nparam x = \"3\"\nrule a \"A\"\n  require count(proposal.facilitators) >= x", """
            t.rules:4:11: error: cannot compare `count(proposal.facilitators)` (a number) with `x` (a text)
             4 |   require count(proposal.facilitators) >= x
               |           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
               = both sides of a comparison must be the same kind of value
               = `x` is a text, declared at t.rules:2:7: `param x = "3"`; numbers are written without quotes: `param x = 3`

            """),
        ("ruleset r for proposal\nrule a \"About {proposal.title}\"\n  require 1 = 1", """
            t.rules:2:8: error: a title can show only parameters and definitions that need no data, but this one reads `proposal.title`
             2 | rule a "About {proposal.title}"
               |        ^~~~~~~~~~~~~~~~~~~~~~~~
               = a title is the same for every subject; show `proposal.title` in the rule's `message` instead

            """),
    ]

    @Test(arguments: MistakeGoldenTests.meaning)
    func aMistakeOfMeaningGetsAMessageNamingTheFix(_ input: String, _ rendered: String) {
        #expect(Support.rendered(input, schema: true, path: "t.rules") == rendered)
    }

    @Test func anElementNameMayReuseADefinitionOfAnotherFileButNotOfItsOwn() {
        var loader = RuleLoader()
        loader.add(file: Support.schemaPath, includedFrom: nil)
        loader.add(source: SourceFile(path: "repl.rules", text: "define f = 3\n"))
        loader.add(source: SourceFile(path: "library.rules", text: "ruleset r for proposal\nrule a \"A\"\n  require any f in proposal.facilitators: f.mag_member\n"))
        let (program, diagnostics) = Checker.check(loader.files)
        #expect(program != nil, "\(DiagnosticRenderer().render(diagnostics))")
        let same = Support.rendered("define f = 3\nruleset r for proposal\nrule a \"A\"\n  require any f in proposal.facilitators: f.mag_member", schema: true)
        #expect(same.contains("error: `f` is already used as a definition"))
    }

    @Test func aTitleShowsTheParametersOfTheRun() throws {
        let text = "ruleset r for proposal\nparam n = 2\nrule a \"At least {n} facilitators\"\n  require count(proposal.facilitators) >= n\n"
        let (loaded, diagnostics) = Support.program(text)
        let program = try #require(loaded, "\(DiagnosticRenderer().render(diagnostics))")
        #expect(program.rule(id: "r.a")?.title == "At least 2 facilitators")
        let runner = RuleRunner(program: program, parameters: [.number(.integer(3))], today: CivilDate(parsing: "2021-03-01")!)
        var bindings = DataBindings(program: program)
        bindings.bind("proposal", to: .record(Record()))
        let result = try #require(runner.check(data: bindings.values).first?.results.first)
        #expect(result.rule.title == "At least 3 facilitators")
    }
}
