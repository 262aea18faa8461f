/// The wording of every diagnostic the front end can give, in one place. Each has a stable code.
/// Messages say what is wrong in the user's terms; notes say what to do.
extension Diagnostic {
    // MARK: Reading the text

    static func notUTF8(file: SourceFile, at offset: Int, byte: UInt8) -> Diagnostic {
        Diagnostic(.error, code: "not-utf8", message: "this file is not UTF-8 text (byte 0x\(hex(byte)) cannot start a character)",
                   file: file, range: offset..<offset + 1,
                   notes: ["rule files must be plain text saved as UTF-8; is this the right file?"])
    }

    static func unexpectedCharacter(file: SourceFile, range: Range<Int>, character: String) -> Diagnostic {
        var notes: [String] = []
        var fixes: [FixIt] = []
        switch character {
        case "“", "”", "„", "‘", "’", "'":
            notes.append("texts are written between straight double quotes: \"…\"")
            fixes.append(.replace(range, with: "\"", title: "use a straight double quote"))
        case "&", "&&":
            notes.append("write `and` instead of `\(character)`")
            fixes.append(.replace(range, with: "and", title: "write `and`"))
        case "|", "||":
            notes.append("write `or` instead of `\(character)`")
            fixes.append(.replace(range, with: "or", title: "write `or`"))
        case "!": notes.append("write `not` instead of `!`; for \"not equal\" write `!=`")
        case "%": notes.append("there is no `%` operator")
        case ";": notes.append("no `;` is needed: a new line or the next keyword ends a clause")
        default:
            if character.unicodeScalars.first.map({ $0.value > 127 }) == true {
                notes.append("names are written with the letters a–z, digits and `_`; other characters belong inside \"…\"")
            }
        }
        let shown = character.unicodeScalars.first.map { $0.properties.isWhitespace || $0.value < 32 } == true
            ? "U+" + String(character.unicodeScalars.first!.value, radix: 16, uppercase: true) : character
        return Diagnostic(.error, code: "unexpected-character", message: "unexpected character `\(shown)`",
                          file: file, range: range, notes: notes, fixes: fixes)
    }

    static func misquotedText(file: SourceFile, range: Range<Int>) -> Diagnostic {
        let straight = "\"\(String(file.text(range).dropFirst().dropLast()))\""
        return Diagnostic(.error, code: "misquoted-text", message: "texts are written between straight double quotes",
                          file: file, range: range, notes: ["write \(straight) instead"],
                          fixes: [.replace(range, with: straight, title: "use straight double quotes")])
    }

    static func unterminatedText(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unterminated-text", message: "this text has no closing `\"`",
                   file: file, range: range.lowerBound..<range.lowerBound + 1,
                   notes: ["a text must end on the line where it starts; to continue a long text, close it and open another \"…\" on the next line"])
    }

    static func unknownEscape(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unknown-escape", message: "unknown escape `\(file.text(range))` in a text",
                   file: file, range: range,
                   notes: ["inside \"…\" a backslash may only come before \", \\, {, }, n (new line) or t (tab)"])
    }

    static func unterminatedInterpolation(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "unterminated-interpolation", message: "this `{` has no closing `}` on the same line",
                   file: file, range: range,
                   notes: ["`{…}` inside a text shows the value of an expression; to write a brace itself, use \\{ or \\}"])
    }

    static func invalidDate(file: SourceFile, range: Range<Int>, year: Int, month: Int, day: Int) -> Diagnostic {
        Diagnostic(.error, code: "invalid-date", message: "`\(file.text(range))` is not a date",
                   file: file, range: range, notes: [dateProblem(year: year, month: month, day: day)])
    }

    static func invalidDateTime(file: SourceFile, range: Range<Int>, problem: DateTime.ParseProblem) -> Diagnostic {
        let note = switch problem {
        case .missingZone: "a date-time needs a zone: add `Z` for UTC or an offset such as `+02:00`"
        case .invalidDate: "the date part is not a real date"
        case .invalidTime: "the time must be hh:mm or hh:mm:ss with hours below 24 and minutes below 60"
        case .invalidZone: "the zone offset must be from -18:00 to +18:00, with minutes below 60"
        case .notADateTime: "write a date-time as 2020-11-10T14:30:00Z or 2020-11-10T16:30:00+02:00"
        }
        return Diagnostic(.error, code: "invalid-date-time", message: "`\(file.text(range))` is not a date-time",
                          file: file, range: range, notes: [note])
    }

    static func malformedNumber(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "malformed-number", message: "`\(file.text(range))` is not a number, a date or a duration",
                   file: file, range: range,
                   notes: ["a name cannot start with a digit; a duration is a number, a space and a unit: `12 hours`, `6 weeks`"])
    }

    static func numberTooLarge(file: SourceFile, range: Range<Int>) -> Diagnostic {
        let text = file.text(range)
        let shown = text.count > 20 ? text.prefix(20) + "…" : text
        return Diagnostic(.error, code: "number-too-large", message: "the number `\(shown)` is too large", file: file, range: range,
                          notes: ["numbers in rule files are below 10^308; integers are exact up to 9223372036854775807"])
    }

    static func durationNotWhole(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "duration-not-whole", message: "`\(file.text(range))` is not a whole number of units",
                   file: file, range: range, notes: ["write a smaller unit instead: `36 hours`, not `1.5 days`"])
    }

    static func doubleEqual(file: SourceFile, range: Range<Int>) -> Diagnostic {
        Diagnostic(.error, code: "double-equal", message: "`==` is written `=` in rule files", file: file, range: range,
                   fixes: [.replace(range, with: "=", title: "write `=`")])
    }

    // MARK: Helpers

    static func dateProblem(year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "there is no month \(month); months go from 01 to 12" }
        guard (1...9999).contains(year) else { return "years go from 0001 to 9999" }
        let days = CivilDate.daysIn(month: month, year: year)
        return "\(monthNames[month - 1]) \(year) has \(days) days"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}

// MARK: Parsing

extension Diagnostic {
    static func expected(_ what: String, found token: Token, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "expected", message: "expected \(what), found \(token.kind.described)",
                   file: file, range: token.range)
    }

    static func expectedDeclaration(found token: Token, file: SourceFile) -> Diagnostic {
        var notes = ["a rule file is a list of declarations, each starting on a new line with one of: "
            + Keyword.declarationStarts.map(\.rawValue).sorted().joined(separator: ", ")]
        var fixes: [FixIt] = []
        if case .identifier(let word) = token.kind,
            let suggestion = Suggestions.closest(to: word, among: Keyword.declarationStarts.map(\.rawValue))
        {
            notes.insert("did you mean `\(suggestion)`?", at: 0)
            fixes = FixIt.didYouMean(suggestion, at: token.range)
        } else if case .keyword(let keyword) = token.kind, Keyword.declarationStarts.contains(keyword) {
            notes.insert("`\(keyword.rawValue)` starts a declaration only at the beginning of a line", at: 0)
        }
        return Diagnostic(.error, code: "expected-declaration", message: "expected a declaration, found \(token.kind.described)",
                          file: file, range: token.range, notes: notes, fixes: fixes)
    }

    static func expectedClause(_ clauses: [String], in what: String, found token: Token, file: SourceFile,
                               otherWords: [String] = []) -> Diagnostic {
        var notes = ["the lines of \(what) start with " + clauses.map { "`\($0)`" }.joined(separator: ", ")]
        var fixes: [FixIt] = []
        if case .identifier(let word) = token.kind, let suggestion = Suggestions.closest(to: word, among: clauses + otherWords) {
            notes.insert("did you mean `\(suggestion)`?", at: 0)
            fixes = FixIt.didYouMean(suggestion, at: token.range)
        }
        return Diagnostic(.error, code: "expected-clause", message: "expected a clause of \(what), found \(token.kind.described)",
                          file: file, range: token.range, notes: notes, fixes: fixes)
    }

    static func keywordAsName(_ keyword: Keyword, what: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "keyword-as-name", message: "expected \(what), found the reserved word `\(keyword.rawValue)`",
                   file: file, range: range, notes: ["`\(keyword.rawValue)` has a meaning of its own in rule files; choose another name"])
    }

    static func duplicateClause(_ clause: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "duplicate-clause", message: "`\(clause)` is given twice", file: file, range: range,
                   notes: ["keep one `\(clause)` line"])
    }

    static func severityPlacement(range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "severity-placement", message: "the severity belongs on the `rule` line, after the title",
                   file: file, range: range, notes: ["write `rule name \"Title\" \(file.text(range))`"])
    }

    static func ruleWithoutRequire(_ name: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "rule-without-require", message: "rule `\(name)` has no `require` condition",
                   file: file, range: range, notes: ["add a line `require …` saying when the rule is met"])
    }

    static func titleReadsData(_ field: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "title-reads-data", message: "a title can show only parameters and definitions that need no data, but this one reads `\(field)`",
                   file: file, range: range, notes: ["a title is the same for every subject; show `\(field)` in the rule's `message` instead"])
    }

    static func interpolationNotAllowed(what: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "interpolation-not-allowed", message: "\(what) cannot show values with `{…}`",
                   file: file, range: range, notes: ["write the braces as \\{ and \\} if you mean them literally"])
    }

    static func emptyInterpolation(range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "empty-interpolation", message: "`{}` in a text must hold an expression", file: file, range: range,
                   notes: ["write `{count(proposal.facilitators)}` to show a value, or \\{\\} for braces"])
    }

    static func tooDeep(limit: Int, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "too-deep", message: "this expression is nested more than \(limit) levels deep",
                   file: file, range: range, notes: ["split it into smaller parts with `define`"])
    }

    static func chainedComparison(range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "chained-comparison", message: "comparisons cannot be chained", file: file, range: range,
                   notes: ["write `a <= b and b <= c`, or `b is between a and c`", "or is a `)` missing before it?"])
    }
}

// MARK: Checking

extension Diagnostic {
    static func duplicate(_ what: String, _ name: String, at range: Range<Int>, file: SourceFile, first: Declared?,
                          firstKind: String? = nil) -> Diagnostic {
        let message = firstKind.map { "`\(name)` is already declared as \($0)" } ?? "\(what) `\(name)` is declared twice"
        var notes: [String] = []
        if let first { notes.append("it is first declared at \(first.location)") }
        notes.append(firstKind == nil ? "give each \(what) its own name" : "choose another name")
        let related = first.map { [Note("first declared here", file: $0.file, range: $0.range)] } ?? []
        return Diagnostic(.error, code: "duplicate", message: message, file: file, range: range, notes: notes, related: related)
    }

    static func ruleOutsideRuleset(_ name: String, rulesetSuggestion: String?, range: Range<Int>, file: SourceFile) -> Diagnostic {
        if let ruleset = rulesetSuggestion {
            let prefix = name.split(separator: ".").dropLast().joined(separator: ".")
            return Diagnostic(.error, code: "rule-outside-ruleset", message: "no ruleset `\(prefix)` for rule `\(name)`",
                              file: file, range: range, notes: ["did you mean `\(ruleset)`?"])
        }
        return Diagnostic(.error, code: "rule-outside-ruleset", message: "rule `\(name)` comes before any `ruleset` line",
                          file: file, range: range,
                          notes: ["start the file with a line such as `ruleset bpf.proposal for proposal`; the rules after it belong to it",
                                  "or give the rule its full id, such as `rule bpf.proposal.\(name)`, to add it to that ruleset"])
    }

    static func unknownSubject(_ name: String, suggestion: String?, declared: [String], range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        notes.append("a ruleset checks one of the data names the schema declares: " + declared.joined(separator: ", "))
        return Diagnostic(.error, code: "unknown-subject", message: "`\(name)` is not a data name", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func shadowsFunction(_ name: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.warning, code: "shadows-function", message: "`\(name)` is also the name of a function",
                   file: file, range: range, notes: ["`\(name)(…)` still calls the function; another name would be clearer"])
    }

    static func builtinTypeRedeclared(_ name: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "builtin-type", message: "`\(name)` is a built-in kind and cannot be redeclared", file: file, range: range)
    }

    static func subjectNotData(_ name: String, kind: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "subject-not-data", message: "a ruleset checks a data name, but `\(name)` is \(kind)",
                   file: file, range: range)
    }

    static func unknownName(_ name: String, suggestion: String?, isFunction: Bool, noDataDeclared: Bool,
                            range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        if isFunction { notes.append("`\(name)` is a function: write `\(name)(…)`") }
        if suggestion == nil, !isFunction, noDataDeclared {
            notes.append("data names such as `proposal` and `calendar` are declared with `data`; add `include \"../schema.rules\"` (the path to the library's schema) at the top of this file")
        } else if suggestion == nil, !isFunction {
            notes.append("a name must be a data name, a `param`, a `define`, or an element named by `all`, `any`, `none`, `where` or `for`")
        }
        return Diagnostic(.error, code: "unknown-name", message: "unknown name `\(name)`", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func unknownFunction(_ name: String, suggestion: String?, isName: Bool, range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        if isName { notes.append("`\(name)` is a value, not a function; remove the parentheses") }
        notes.append("the functions are: " + Builtin.allCases.map(\.rawValue).joined(separator: ", "))
        return Diagnostic(.error, code: "unknown-function", message: "unknown function `\(name)`", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func elementWithoutWhere(_ function: String, element: String, list: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "element-without-where",
                   message: "`\(element)` names each entry of `\(list)`, but no `where` follows to say which to \(function)",
                   file: file, range: range,
                   notes: ["did you mean `\(function)(\(element) in \(list) where …)` (the entries that meet a condition) or `\(function)(\(list))` (all of them)?"])
    }

    static func wrongArgumentCount(_ builtin: Builtin, given: Int, range: Range<Int>, file: SourceFile) -> Diagnostic {
        let expected = builtin.arity.lowerBound == builtin.arity.upperBound ? "\(builtin.arity.lowerBound)"
            : builtin.arity.upperBound == Int.max ? "at least \(builtin.arity.lowerBound)"
            : "\(builtin.arity.lowerBound) or \(builtin.arity.upperBound)"
        return Diagnostic(.error, code: "argument-count",
                          message: "`\(builtin.rawValue)` takes \(expected) argument\(expected == "1" ? "" : "s"), but \(given) \(given == 1 ? "is" : "are") given",
                          file: file, range: range, notes: ["write it as \(builtin.signature)"])
    }

    static func unknownField(_ field: String, on owner: String, suggestion: String?, known: [String], range: Range<Int>,
                             file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        notes.append("the fields of \(owner) are: " + known.joined(separator: ", "))
        return Diagnostic(.error, code: "unknown-field", message: "unknown field `\(field)` on \(owner)", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func noFields(_ source: String, kind: DataType, field: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "no-fields", message: "`\(source)` is \(Checker.article(kind)), which has no field `\(field)`",
                   file: file, range: range)
    }

    static func notAList(_ source: String, found: DataType, role: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if found == .text { notes.append("for the length of a text, use `length(…)`") }
        return Diagnostic(.error, code: "not-a-list", message: "\(role) needs a list, but `\(source)` is \(Checker.article(found))",
                          file: file, range: range, notes: notes)
    }

    static func wrongKind(_ source: String, found: DataType, expected: String, role: String, range: Range<Int>,
                          file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "wrong-kind", message: "\(role) needs \(expected), but `\(source)` is \(Checker.article(found))",
                   file: file, range: range)
    }

    static func incomparable(_ a: String, _ aType: DataType, _ b: String, _ bType: DataType, range: Range<Int>,
                             file: SourceFile) -> Diagnostic {
        var notes = ["both sides of a comparison must be the same kind of value"]
        if aType.isTemporal != bType.isTemporal, [aType, bType].contains(where: { $0 == .number || $0 == .text }) {
            notes.append("write a date as YYYY-MM-DD, without quotes: 2021-02-23")
        }
        return Diagnostic(.error, code: "incomparable",
                          message: "cannot compare `\(a)` (\(Checker.article(aType))) with `\(b)` (\(Checker.article(bType)))",
                          file: file, range: range, notes: notes)
    }

    static func unordered(_ source: String, _ type: DataType, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "unordered", message: "`\(source)` is \(Checker.article(type)), which has no order",
                   file: file, range: range, notes: ["`<`, `<=`, `>`, `>=` and `between` compare numbers, texts, dates, date-times and durations"])
    }

    static func badArithmetic(_ op: String, _ a: String, _ aType: DataType, _ b: String, _ bType: DataType,
                              range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if op == "+", aType == .text || bType == .text { notes.append("to join texts, use `++`") }
        if aType == .date, bType == .number || aType == .number && bType == .date {
            notes.append("add a duration to a date: `+ 14 days`, not `+ 14`")
        }
        return Diagnostic(.error, code: "bad-arithmetic",
                          message: "cannot compute `\(a)` (\(Checker.article(aType))) \(op) `\(b)` (\(Checker.article(bType)))",
                          file: file, range: range, notes: notes)
    }

    static func branchKinds(_ a: DataType, _ b: DataType, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "branch-kinds", message: "the two outcomes of `if` are of different kinds (\(a) and \(b))",
                   file: file, range: range)
    }

    static func conditionNotYesNo(role: String, found: DataType, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "condition-not-yes-no", message: "\(role) needs a yes/no condition, but this is \(Checker.article(found))",
                   file: file, range: range, notes: ["compare it with something: `… >= 2`, `… is not empty`"])
    }

    static func variableHides(_ name: String, kind: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "variable-hides", message: "`\(name)` is already used as \(kind)", file: file, range: range,
                   notes: ["choose another name for each element, such as a single letter"])
    }

    static func notConstant(_ name: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "not-constant", message: "a parameter's value must be written out, not computed from `\(name)`",
                   file: file, range: range, notes: ["write a number, a date, a duration, a text or yes/no: `param min_facilitators = 2`"])
    }

    static func parameterValueError(_ name: String, _ problem: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "parameter-value", message: "the value of parameter `\(name)` cannot be computed: \(problem)",
                   file: file, range: range)
    }

    static func parameterKind(_ name: String, expected: DataType, found: DataType, range: Range<Int>, file: SourceFile,
                              declaredAt: Range<Int>? = nil) -> Diagnostic {
        let related = declaredAt.map { [Note("declared as \(Checker.article(expected)) here", file: file, range: $0)] } ?? []
        return Diagnostic(.error, code: "parameter-kind", message: "parameter `\(name)` is declared as \(Checker.article(expected)), but its value is \(Checker.article(found))",
                          file: file, range: range, related: related)
    }

    static func definitionCycle(_ path: [String], range: Range<Int>, file: SourceFile) -> Diagnostic {
        let chain = path.map { "`\($0)`" }.joined(separator: " → ")
        return Diagnostic(.error, code: "definition-cycle",
                          message: path.count == 2 ? "`\(path[0])` is defined in terms of itself" : "`\(path[0])` is defined in terms of itself, through \(chain)",
                          file: file, range: range, notes: ["a definition cannot use its own value; break the circle"])
    }

    static func definitionsTooDeep(limit: Int, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "definitions-too-deep", message: "this definition builds on a chain of more than \(limit) definitions",
                   file: file, range: range)
    }

    static func recursiveType(_ path: [String], range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "recursive-type", message: "type `\(path.first ?? "")` contains itself (\(path.joined(separator: " → ")))",
                   file: file, range: range)
    }

    static func unknownType(_ name: String, suggestion: String?, range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        notes.append("the kinds are text, number, yes/no, date, date-time, duration, list of …, { … }, or a name declared with `type`")
        return Diagnostic(.error, code: "unknown-type", message: "unknown kind `\(name)`", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func unknownClause(_ id: String, suggestion: String?, noClauses: Bool, range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        notes.append(noClauses ? "clauses are declared in the clause index; add `include \"../clauses.rules\"` at the top of this file"
                               : "the clause index (rules/clauses.rules) lists the clauses rules can cite")
        return Diagnostic(.error, code: "unknown-clause", message: "unknown clause `\(id)`", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }
}
