@testable import IGFRules
import Testing

/// The full text of every lexer and parser diagnostic, as a MAG member sees it.
@Suite struct DiagnosticGoldenTests {
    static let cases: [(input: String, rendered: String)] = [
        ("rule a \"A\"\n  require 1 = 1\n  message \"a \\q\"", """
            t.rules:3:14: error: unknown escape `\\q` in a text
             3 |   message "a \\q"
               |              ^~
               = inside "…" a backslash may only come before ", \\, {, }, n (new line) or t (tab)

            """),
        ("rule a \"A\"\n  require 1 = 1\n  message \"n: {count(x)\"", """
            t.rules:3:15: error: this `{` has no closing `}` on the same line
             3 |   message "n: {count(x)"
               |               ^
               = `{…}` inside a text shows the value of an expression; to write a brace itself, use \\{ or \\}

            """),
        ("param n = 12abc", """
            t.rules:1:11: error: `12abc` is not a number, a date or a duration
             1 | param n = 12abc
               |           ^~~~~
               = a name cannot start with a digit; a duration is a number, a space and a unit: `12 hours`, `6 weeks`

            """),
        ("param n = " + String(repeating: "9", count: 400), """
            t.rules:1:11: error: the number `99999999999999999999…` is too large
             1 | param n = \(String(repeating: "9", count: 90))…
               |           ^\(String(repeating: "~", count: 90))
               = numbers in rule files are below 10^308; integers are exact up to 9223372036854775807

            """),
        ("param d = 1.5 days", """
            t.rules:1:11: error: `1.5 days` is not a whole number of units
             1 | param d = 1.5 days
               |           ^~~~~~~~
               = write a smaller unit instead: `36 hours`, not `1.5 days`

            """),
        ("rul a \"A\"", """
            t.rules:1:1: error: expected a declaration, found the name `rul`
             1 | rul a "A"
               | ^~~
               = did you mean `rule`?
               = a rule file is a list of declarations, each starting on a new line with one of: clause, data, define, include, param, rule, ruleset, scoring, test, type

            """),
        ("rule a \"A\"\n  message \"x\"\n  message \"y\"\n  require 1 = 1", """
            t.rules:3:3: error: `message` is given twice
             3 |   message "y"
               |   ^~~~~~~
               = keep one `message` line

            """),
        ("rule a \"A\"\n  require 1 = 1\n  recommended", """
            t.rules:3:3: error: the severity belongs on the `rule` line, after the title
             3 |   recommended
               |   ^~~~~~~~~~~
               = write `rule name "Title" recommended`

            """),
        ("ruleset r \"R {x}\" for proposal", """
            t.rules:1:11: error: a title cannot show values with `{…}`
             1 | ruleset r "R {x}" for proposal
               |           ^~~~~~~
               = write the braces as \\{ and \\} if you mean them literally

            """),
        ("rule a \"A\"\n  require 1 = 1\n  message \"{}\"", """
            t.rules:3:12: error: `{}` in a text must hold an expression
             3 |   message "{}"
               |            ^~
               = write `{count(proposal.facilitators)}` to show a value, or \\{\\} for braces

            """),
        ("define x = 1 < 2 < 3", """
            t.rules:1:18: error: comparisons cannot be chained
             1 | define x = 1 < 2 < 3
               |                  ^
               = write `a <= b and b <= c`, or `b is between a and c`
               = or is a `)` missing before it?

            """),
        ("define t = 2020-11-10T25:00:00Z", """
            t.rules:1:12: error: `2020-11-10T25:00:00Z` is not a date-time
             1 | define t = 2020-11-10T25:00:00Z
               |            ^~~~~~~~~~~~~~~~~~~~
               = the time must be hh:mm or hh:mm:ss with hours below 24 and minutes below 60

            """),
        ("define t = 2021-02-29T10:00:00Z", """
            t.rules:1:12: error: `2021-02-29T10:00:00Z` is not a date-time
             1 | define t = 2021-02-29T10:00:00Z
               |            ^~~~~~~~~~~~~~~~~~~~
               = February 2021 has 28 days

            """),
        ("define t = 2020-11-10T14:30", """
            t.rules:1:12: error: `2020-11-10T14:30` is not a date-time
             1 | define t = 2020-11-10T14:30
               |            ^~~~~~~~~~~~~~~~
               = a date-time needs a zone: add `Z` for UTC or an offset such as `+02:00`

            """),
        ("ruleset r for proposal\n  sourc \"x\"", """
            t.rules:2:3: error: expected a clause of a ruleset, found the name `sourc`
             2 |   sourc "x"
               |   ^~~~~
               = did you mean `source`?
               = the lines of a ruleset start with `source`, `when`

            """),
        ("define d = " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150), """
            t.rules:1:112: error: this expression is nested more than 100 levels deep
             1 | …\(String(repeating: "[", count: 90))]]]]]]]]]]…
               |                                          ^
               = split it into smaller parts with `define`

            """),
    ]

    @Test(arguments: DiagnosticGoldenTests.cases)
    func rendersExactly(_ input: String, _ rendered: String) {
        let (_, diagnostics) = Parser.parse(SourceFile(path: "t.rules", text: input))
        #expect(DiagnosticRenderer().render(diagnostics) == rendered)
    }
}
