/// The wording of the checker's diagnostics (names, kinds, declarations), with those of reading and
/// parsing in `Diagnostic+Catalogue.swift`. Each has a stable code.
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

    static func unknownFunction(_ name: String, suggestion: String?, isName: Bool, functions: [String], range: Range<Int>,
                                file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if let suggestion { notes.append("did you mean `\(suggestion)`?") }
        if isName { notes.append("`\(name)` is a value, not a function; remove the parentheses") }
        notes.append("the functions are: " + functions.joined(separator: ", "))
        return Diagnostic(.error, code: "unknown-function", message: "unknown function `\(name)`", file: file, range: range, notes: notes,
                          fixes: FixIt.didYouMean(suggestion, at: range))
    }

    static func elementWithoutWhere(_ function: String, element: String, list: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "element-without-where",
                   message: "`\(element)` names each entry of `\(list)`, but no `where` follows to say which to \(function)",
                   file: file, range: range,
                   notes: ["did you mean `\(function)(\(element) in \(list) where …)` (the entries that meet a condition) or `\(function)(\(list))` (all of them)?"])
    }

    static func wrongArgumentCount(_ builtin: some FunctionFacts, given: Int, range: Range<Int>, file: SourceFile) -> Diagnostic {
        let expected = builtin.arity.lowerBound == builtin.arity.upperBound ? "\(builtin.arity.lowerBound)"
            : builtin.arity.upperBound == Int.max ? "at least \(builtin.arity.lowerBound)"
            : "\(builtin.arity.lowerBound) or \(builtin.arity.upperBound)"
        return Diagnostic(.error, code: "argument-count",
                          message: "`\(builtin.name)` takes \(expected) argument\(expected == "1" ? "" : "s"), but \(given) \(given == 1 ? "is" : "are") given",
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

    static func noFields(_ source: String, kind: some KindFacts, field: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "no-fields", message: "`\(source)` is \(article(kind)), which has no field `\(field)`",
                   file: file, range: range)
    }

    static func notAList(_ source: String, found: some KindFacts, role: String, range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        if found.family == .text { notes.append("for the length of a text, use `length(…)`") }
        return Diagnostic(.error, code: "not-a-list", message: "\(role) needs a list, but `\(source)` is \(article(found))",
                          file: file, range: range, notes: notes)
    }

    static func wrongKind(_ source: String, found: some KindFacts, expected: String, role: String, range: Range<Int>,
                          file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "wrong-kind", message: "\(role) needs \(expected), but `\(source)` is \(article(found))",
                   file: file, range: range)
    }

    static func incomparable(_ a: String, _ aType: some KindFacts, _ b: String, _ bType: some KindFacts, range: Range<Int>,
                             file: SourceFile) -> Diagnostic {
        var notes = ["both sides of a comparison must be the same kind of value"]
        if aType.family.isTemporal != bType.family.isTemporal, [aType.family, bType.family].contains(where: { $0 == .number || $0 == .text }) {
            notes.append("write a date as YYYY-MM-DD, without quotes: 2021-02-23")
        }
        return Diagnostic(.error, code: "incomparable",
                          message: "cannot compare `\(a)` (\(article(aType))) with `\(b)` (\(article(bType)))",
                          file: file, range: range, notes: notes)
    }

    static func unordered(_ source: String, _ type: some KindFacts, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "unordered", message: "`\(source)` is \(article(type)), which has no order",
                   file: file, range: range, notes: ["`<`, `<=`, `>`, `>=` and `between` compare numbers, texts, dates, date-times and durations"])
    }

    static func badArithmetic(_ op: String, _ a: String, _ aType: some KindFacts, _ b: String, _ bType: some KindFacts,
                              range: Range<Int>, file: SourceFile) -> Diagnostic {
        var notes: [String] = []
        let (left, right) = (aType.family, bType.family)
        if op == "+", left == .text || right == .text { notes.append("to join texts, use `++`") }
        if left == .date, right == .number || left == .number && right == .date {
            notes.append("add a duration to a date: `+ 14 days`, not `+ 14`")
        }
        return Diagnostic(.error, code: "bad-arithmetic",
                          message: "cannot compute `\(a)` (\(article(aType))) \(op) `\(b)` (\(article(bType)))",
                          file: file, range: range, notes: notes)
    }

    static func branchKinds(_ a: some KindFacts, _ b: some KindFacts, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "branch-kinds", message: "the two outcomes of `if` are of different kinds (\(a) and \(b))",
                   file: file, range: range)
    }

    static func conditionNotYesNo(role: String, found: some KindFacts, range: Range<Int>, file: SourceFile) -> Diagnostic {
        Diagnostic(.error, code: "condition-not-yes-no", message: "\(role) needs a yes/no condition, but this is \(article(found))",
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

    static func parameterKind(_ name: String, expected: some KindFacts, found: some KindFacts, range: Range<Int>, file: SourceFile,
                              declaredAt: Range<Int>? = nil) -> Diagnostic {
        let related = declaredAt.map { [Note("declared as \(article(expected)) here", file: file, range: $0)] } ?? []
        return Diagnostic(.error, code: "parameter-kind", message: "parameter `\(name)` is declared as \(article(expected)), but its value is \(article(found))",
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
