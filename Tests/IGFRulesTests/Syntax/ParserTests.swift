@testable import IGFRules
import Testing

@Suite struct ParserTests {
    func parse(_ text: String) -> (RuleFile, [Diagnostic]) {
        Parser.parse(SourceFile(path: "t.rules", text: text))
    }

    func rendered(_ text: String) -> String {
        DiagnosticRenderer().render(parse(text).1)
    }

    /// An expression printed back with explicit parentheses, to pin precedence.
    func shape(_ text: String) -> String {
        let file = SourceFile(path: "e", text: text)
        let (expression, diagnostics) = Parser.parseExpression(file)
        guard let expression else { return "error: " + diagnostics.map(\.message).joined(separator: "; ") }
        return describe(expression, file)
    }

    func describe(_ e: Expr, _ file: SourceFile) -> String {
        switch e.kind {
        case .binary(let op, let a, let b): return "(\(describe(a, file)) \(op.rawValue) \(describe(b, file)))"
        case .unary(let op, let a): return "(\(op.rawValue) \(describe(a, file)))"
        case .check(let a, let check): return "(\(describe(a, file)) \(check.rawValue))"
        case .between(let a, let b, let c, let negated): return "(\(describe(a, file)) \(negated ? "not " : "")between \(describe(b, file)) and \(describe(c, file)))"
        case .quantifier(let q, let v, let list, let condition, let body):
            return "(\(q.rawValue) \(v.text) in \(describe(list, file))\(condition.map { " where " + describe($0, file) } ?? ""): \(describe(body, file)))"
        case .comprehension(let v, let list, let condition, let map):
            return "[\(map.map { describe($0, file) + " for " } ?? "")\(v.text) in \(describe(list, file))\(condition.map { " where " + describe($0, file) } ?? "")]"
        case .conditional(let a, let b, let c): return "(if \(describe(a, file)) then \(describe(b, file)) else \(describe(c, file)))"
        case .field(let base, let name): return "\(describe(base, file)).\(name.text)"
        case .call(let name, let arguments): return "\(name.text)(\(arguments.map { describe($0, file) }.joined(separator: ", ")))"
        case .group(let inner): return describe(inner, file)
        case .pending(let due, let from): return "pending" + (from.map { " from " + describe($0, file) } ?? "") + (due.map { " until " + describe($0, file) } ?? "")
        default: return file.text(e.range)
        }
    }

    @Test(arguments: [
        ("a or b and not c", "(a or (b and (not c)))"),
        ("not a = b", "(not (a = b))"),
        ("a + b * c - d", "((a + (b * c)) - d)"),
        ("x.y.z >= 2", "(x.y.z >= 2)"),
        ("-a.b", "(- a.b)"),
        ("a ++ b ++ c", "((a ++ b) ++ c)"),
        ("x not in list", "(x not in list)"),
        ("x is not empty and y is missing", "((x is not empty) and (y is missing))"),
        ("d is between a + 1 and b", "(d between (a + 1) and b)"),
        ("done by due - 6 weeks", "(done by (due - 6 weeks))"),
        ("all p in ps where p.m: p.n in names and ok", "(all p in ps where p.m: ((p.n in names) and ok))"),
        ("count(f in fs where f.name is not empty) >= 2", "(count([f in fs where (f.name is not empty)]) >= 2)"),
        ("[p.name for p in ps where p.m]", "[p.name for p in ps where p.m]"),
        ("if a then b else c or d", "(if a then b else (c or d))"),
        ("pending until x + 1 day", "pending until (x + 1 day)"),
        ("x = 1 or all a in b: c", "((x = 1) or (all a in b: c))"),
    ])
    func respectsPrecedence(_ source: String, _ expected: String) {
        #expect(shape(source) == expected)
    }

    @Test func readsARulesetWithRules() {
        let (file, diagnostics) = parse("""
            ruleset bpf.proposal "Proposals" for proposal
              source "Modalities"
              when proposal.kind = "bpf"

            rule sponsors-facilitate "Sponsors facilitate" recommended
              cite "§III"
              require a
              require b
              message "m {x}"
            """)
        #expect(diagnostics.isEmpty)
        guard case .ruleset(let ruleset) = file.declarations[0], case .rule(let rule) = file.declarations[1] else {
            Issue.record("wrong declarations")
            return
        }
        #expect(ruleset.id.text == "bpf.proposal")
        #expect(ruleset.title?.text == "Proposals")
        #expect(ruleset.subject.text == "proposal")
        #expect(ruleset.source?.text == "Modalities")
        #expect(rule.name.text == "sponsors-facilitate")
        #expect(rule.severity == .recommended)
        #expect(rule.requires.count == 2)
        #expect(rule.cite?.quote?.text == "§III")
    }

    @Test func joinsTextPiecesOnFollowingLinesWithASpace() {
        let (file, _) = parse("rule a \"t\"\n  cite \"one\"\n       \"two\"\n  require x")
        guard case .rule(let rule) = file.declarations[0] else { return }
        #expect(rule.cite?.quote?.text == "one two")
    }

    @Test func readsFieldsNamedLikeKeywordsInRecordsAndPaths() {
        let (file, diagnostics) = parse("data report {\n  type: text\n  date: date\n}\ndefine t = report.type ++ {type: 1, data: 2}.type")
        #expect(diagnostics.isEmpty)
        #expect(file.declarations.count == 2)
    }

    @Test func reportsAMissingComparisonOperand() {
        #expect(rendered("rule a \"A\"\n  require count(x) >=\n  message \"m\"\n") == """
            t.rules:2:22: error: expected a value or an expression, found the end of the line
             2 |   require count(x) >=
               |                      ^
               = the next line starts with `message`

            """)
    }

    @Test func reportsEveryErrorInAFileNotOnlyTheFirst() {
        let diagnostics = parse("""
            ruleset r for proposal
            rule a "A"
              require x >
            rule b "B"
              requir y
            param p 2
            rule c "C"
              require (z
            """).1
        #expect(diagnostics.map(\.code) == ["expected", "expected-clause", "expected", "expected"])
        #expect(diagnostics.map { $0.location!.line } == [3, 5, 6, 8])
    }

    @Test func suggestsTheClauseKeywordThatWasMeant() {
        #expect(rendered("rule a \"A\"\n  requir x\n") == """
            t.rules:2:3: error: expected a clause of a rule, found the name `requir`
             2 |   requir x
               |   ^~~~~~
               = did you mean `require`?
               = the lines of a rule start with `cite`, `when`, `require`, `message`

            """)
    }

    @Test func suggestsTheDeclarationKeywordThatWasMeant() {
        #expect(rendered("rul a \"A\"\n").contains("did you mean `rule`?"))
    }

    @Test func reportsARuleWithoutARequire() {
        #expect(rendered("rule a \"A\"\n  cite \"x\"\n") == """
            t.rules:1:6: error: rule `a` has no `require` condition
             1 | rule a "A"
               |      ^
               = add a line `require …` saying when the rule is met

            """)
    }

    @Test func reportsASeverityInTheWrongPlace() {
        #expect(rendered("rule a \"A\"\n  require x\n  recommended\n").contains("the severity belongs on the `rule` line, after the title"))
    }

    @Test func reportsAClauseGivenTwice() {
        #expect(rendered("rule a \"A\"\n  cite \"x\"\n  cite \"y\"\n  require x\n").contains("`cite` is given twice"))
    }

    @Test func reportsChainedComparisons() {
        #expect(rendered("define a = 1 < b < 3\n").contains("comparisons cannot be chained"))
    }

    @Test func reportsAKeywordUsedAsAName() {
        #expect(rendered("param when = 2\n") == """
            t.rules:1:7: error: expected a parameter name after `param`, found the reserved word `when`
             1 | param when = 2
               |       ^~~~
               = `when` has a meaning of its own in rule files; choose another name

            """)
    }

    @Test func reportsAnUnclosedParenthesisAtTheNextClause() {
        #expect(rendered("rule a \"A\"\n  require (x\n  message \"m\"\n") == """
            t.rules:2:13: error: expected `)` to close the `(` opened at 2:11, found the end of the line
             2 |   require (x
               |             ^
               = the next line starts with `message`

            """)
    }

    @Test func reportsAnInterpolationThatIsNotAnExpression() {
        #expect(rendered("rule a \"A\"\n  require x\n  message \"n: {count(}\"\n").contains("expected a value or an expression, found `}`"))
    }

    @Test func refusesTenThousandNestedParenthesesWithAMessage() {
        let text = "define d = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000) + "\n"
        let diagnostics = parse(text).1
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "this expression is nested more than 100 levels deep")
    }

    @Test func refusesALongChainOfArithmeticSayingItJoinsTooManyTermsNotThatItIsNested() {
        let text = "define d = 1" + String(repeating: " + 1", count: 5_000) + "\n"
        #expect(parse(text).1.map(\.code) == ["long-chain"])
        #expect(parse(text).1.first?.message == "this expression joins more than 100 terms with `+`, `-` or `++`")
        let product = "define d = 2" + String(repeating: " * 2", count: 150) + "\n"
        #expect(parse(product).1.first?.message == "this expression joins more than 100 terms with `*` or `/`")
    }

    @Test func aShortChainOfDeeplyNestedTermsIsStillNestedTooDeep() {
        let deep = String(repeating: "(", count: 98) + "1" + String(repeating: ")", count: 98)
        #expect(parse("define d = \(deep) + \(deep) + \(deep)\n").1.first?.code == "too-deep")
    }

    @Test func refusesDeeplyNestedRecordKinds() {
        let text = "data d " + String(repeating: "{ a: ", count: 5_000) + "text" + String(repeating: " }", count: 5_000) + "\n"
        #expect(parse(text).1.first?.code == "too-deep")
    }

    @Test func neverCrashesOnArbitraryTokens() {
        let words = ["rule", "ruleset", "(", ")", "[", "]", "{", "}", "x", "1", "\"t\"", "require", "and", "all", "in", ":",
                     "where", "for", "if", "then", "else", "is", "not", "empty", ".", ",", "=", "<", "2021-01-01", "\n", "param",
                     "data", "type", "test", "given", "expect", "set", "pending", "until", "by", "between", "-", "++"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            _ = parse(text)
        }
    }
}
