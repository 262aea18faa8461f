/// Checks a set of parsed rule files before any data is read: every name resolves (with a
/// "did you mean" when it does not), ids are unique, definitions do not refer to themselves,
/// parameters have values of their declared kind, and expressions use values of fitting kinds.
/// It collects every problem, then builds the `Program` the evaluator runs.
package struct Checker {
    /// How long a chain of definitions referring to definitions may be.
    package static let maximumDefinitionDepth = 50

    var diagnostics: [Diagnostic] = []
    let files: [RuleFile]
    /// Computes parameter defaults and titles (the evaluator, given by the Engine layer).
    let constants: any ConstantEvaluation

    // Declarations, gathered from all files.
    var typeDeclarations: [String: (TypeDeclaration, SourceFile)] = [:]
    var dataDeclarations: [(DataDeclaration, SourceFile)] = []
    var parameterDeclarations: [(ParamDeclaration, SourceFile)] = []
    var definitionDeclarations: [(DefineDeclaration, SourceFile)] = []
    var rulesetDeclarations: [(RulesetDeclaration, SourceFile, [(RuleDeclaration, SourceFile)])] = []
    var testDeclarations: [(TestDeclaration, SourceFile)] = []
    var clauses: [Clause] = []
    var scoringDeclarations: [(ScoringDeclaration, SourceFile)] = []
    /// Every name usable in expressions (data, parameters, definitions) and where it was declared.
    var globalNames: [String: (kind: String, declared: Declared)] = [:]

    // Resolved.
    var resolvedTypes: [String: DataType] = [:]
    var dataNames: [DataName] = []
    var dataSlots: [String: Int] = [:]
    var parameters: [Parameter] = []
    var parameterSlots: [String: Int] = [:]
    var definitionSlots: [String: Int] = [:]
    var definitionCode: [Code?] = []
    var definitionTypes: [DataType] = []

    init(files: [RuleFile], constants: any ConstantEvaluation) {
        self.files = files
        self.constants = constants
    }

    /// Checks the files together, computing constants with `constants`. The program is nil when any
    /// error was found.
    static func check(_ files: [RuleFile], constants: any ConstantEvaluation) -> (Program?, [Diagnostic]) {
        var checker = Checker(files: files, constants: constants)
        let program = checker.run()
        let ordered = checker.diagnostics.sorted(by: Checker.sourceOrder)
        return (ordered.contains { $0.severity == .error } ? nil : program, ordered)
    }

    static func sourceOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let pathA = a.file?.path ?? ""
        let pathB = b.file?.path ?? ""
        if pathA != pathB { return pathA < pathB }
        return (a.range?.lowerBound ?? 0) < (b.range?.lowerBound ?? 0)
    }

    private mutating func run() -> Program {
        collectDeclarations()
        resolveTypes()
        resolveDataNames()
        resolveParameters()
        resolveDefinitions()
        let rulesets = resolveRulesets()
        let tests = testDeclarations.map { declaration, file in
            Test(name: declaration.name.text, declaration: declaration, declared: Declared(file: file, range: declaration.range))
        }
        let definitions = definitionDeclarations.enumerated().map { index, entry in
            Definition(name: entry.0.name.text,
                       code: definitionCode[index] ?? Code(op: .constant(.missing), range: entry.0.value.range, type: .unknown),
                       declared: Declared(file: entry.1, range: entry.0.name.range))
        }
        let scorings = resolveScorings(scoringDeclarations, rulesets: rulesets)
        return withTitles(Program(files: files, dataNames: dataNames, parameters: parameters, definitions: definitions,
                                  rulesets: rulesets, tests: tests, clauses: clauses, scorings: scorings))
    }

    // MARK: Gathering declarations

    private mutating func collectDeclarations() {
        var detached: [(RuleDeclaration, SourceFile)] = []
        for ruleFile in files {
            let file = ruleFile.file
            var currentRuleset: Int?
            for declaration in ruleFile.declarations {
                switch declaration {
                case .ruleset(let ruleset):
                    if let first = rulesetDeclarations.first(where: { $0.0.id.text == ruleset.id.text }) {
                        report(.duplicate("ruleset", ruleset.id.text, at: ruleset.id.range, file: file,
                                          first: Declared(file: first.1, range: first.0.id.range)))
                    }
                    rulesetDeclarations.append((ruleset, file, []))
                    currentRuleset = rulesetDeclarations.count - 1
                case .rule(let rule):
                    // A rule whose name begins with a ruleset's id is given by its full id.
                    guard let index = currentRuleset, !namesRuleset(rule.name.text) else {
                        detached.append((rule, file))
                        continue
                    }
                    rulesetDeclarations[index].2.append((rule, file))
                case .param(let parameter):
                    if declareGlobal(parameter.name, kind: "a parameter", file: file) {
                        parameterDeclarations.append((parameter, file))
                    }
                case .define(let definition):
                    if declareGlobal(definition.name, kind: "a definition", file: file) {
                        definitionDeclarations.append((definition, file))
                    }
                case .data(let data):
                    if declareGlobal(data.name, kind: "a data name", file: file) {
                        dataDeclarations.append((data, file))
                    }
                case .type(let type):
                    if let first = typeDeclarations[type.name.text] {
                        report(.duplicate("type", type.name.text, at: type.name.range, file: file,
                                          first: Declared(file: first.1, range: first.0.name.range)))
                    } else if Checker.builtinTypes[type.name.text] != nil {
                        report(.builtinTypeRedeclared(type.name.text, range: type.name.range, file: file))
                    } else {
                        typeDeclarations[type.name.text] = (type, file)
                    }
                case .include:
                    break
                case .test(let test):
                    testDeclarations.append((test, file))
                case .scoring(let scoring):
                    scoringDeclarations.append((scoring, file))
                case .clause(let clause):
                    if let first = clauses.first(where: { $0.id == clause.id.text }) {
                        report(.duplicate("clause", clause.id.text, at: clause.id.range, file: file, first: first.declared))
                        continue
                    }
                    clauses.append(Clause(id: clause.id.text, heading: clause.heading.text, quote: clause.quote?.text,
                                          unchecked: clause.unchecked?.text, declared: Declared(file: file, range: clause.id.range)))
                }
            }
        }
        attach(detached)
    }

    /// Whether a rule name starts with the id of a ruleset declared so far (`bpf.proposal.x`).
    private func namesRuleset(_ name: String) -> Bool {
        rulesetDeclarations.contains { name.hasPrefix($0.0.id.text + ".") }
    }

    /// A rule written outside any ruleset joins the ruleset its full id names
    /// (`rule bpf.proposal.deadline …` joins `bpf.proposal`), from whatever file.
    private mutating func attach(_ detached: [(RuleDeclaration, SourceFile)]) {
        for (rule, file) in detached {
            let id = rule.name.text
            let owner = rulesetDeclarations.indices.filter { id.hasPrefix(rulesetDeclarations[$0].0.id.text + ".") }
                .max { rulesetDeclarations[$0].0.id.text.count < rulesetDeclarations[$1].0.id.text.count }
            guard let index = owner else {
                let rulesets = rulesetDeclarations.map(\.0.id.text)
                let prefix = id.split(separator: ".").dropLast().joined(separator: ".")
                let suggestion = id.contains(".") ? Suggestions.closest(to: prefix, among: rulesets) : nil
                report(.ruleOutsideRuleset(id, rulesetSuggestion: suggestion, range: rule.name.range, file: file))
                continue
            }
            let short = String(id.dropFirst(rulesetDeclarations[index].0.id.text.count + 1))
            rulesetDeclarations[index].2.append((rule.renamed(Name(text: short, range: rule.name.range)), file))
        }
    }

    /// Records a name in the shared namespace; false (with a diagnostic) if it is taken.
    private mutating func declareGlobal(_ name: Name, kind: String, file: SourceFile) -> Bool {
        if let first = globalNames[name.text] {
            report(.duplicate(first.kind == kind ? kind : "name", name.text, at: name.range, file: file,
                              first: first.declared, firstKind: first.kind))
            return false
        }
        if Builtin(rawValue: name.text) != nil {
            report(.shadowsFunction(name.text, range: name.range, file: file))
        }
        globalNames[name.text] = (kind, Declared(file: file, range: name.range))
        return true
    }

    // MARK: Data names, parameters, definitions

    private mutating func resolveDataNames() {
        for (declaration, file) in dataDeclarations {
            dataSlots[declaration.name.text] = dataNames.count
            let type = resolve(declaration.type, file: file, naming: declaration.name.text)
            dataNames.append(DataName(name: declaration.name.text, type: type,
                                      declared: Declared(file: file, range: declaration.name.range)))
        }
        // Without a schema, a ruleset's subject is a data name of its own; with one, it must be declared.
        let declared = dataNames.map(\.name)
        for (ruleset, file, _) in rulesetDeclarations where dataSlots[ruleset.subject.text] == nil {
            if let other = globalNames[ruleset.subject.text] {
                report(.subjectNotData(ruleset.subject.text, kind: other.kind, range: ruleset.subject.range, file: file))
                continue
            }
            if !declared.isEmpty {
                report(.unknownSubject(ruleset.subject.text, suggestion: Suggestions.closest(to: ruleset.subject.text, among: declared),
                                       declared: declared, range: ruleset.subject.range, file: file))
                continue
            }
            dataSlots[ruleset.subject.text] = dataNames.count
            dataNames.append(DataName(name: ruleset.subject.text, type: .unknown, declared: nil))
        }
    }

    private mutating func resolveParameters() {
        for (declaration, file) in parameterDeclarations {
            var context = ExpressionContext(file: file, constantOnly: true)
            let code = compile(declaration.value, &context)
            var value = Value.missing
            if !context.failed {
                switch constants.constant(code) {
                case .success(let computed): value = computed
                case .failure(let failure):
                    report(.parameterValueError(declaration.name.text, failure.description, range: declaration.value.range, file: file))
                }
            }
            var type = code.type
            if let declaredType = declaration.declaredType {
                let expected = resolve(declaredType, file: file, naming: nil)
                if !context.failed, !code.type.fits(expected) {
                    report(.parameterKind(declaration.name.text, expected: expected, found: code.type,
                                          range: declaration.value.range, file: file, declaredAt: declaredType.range))
                }
                type = expected
            }
            parameterSlots[declaration.name.text] = parameters.count
            parameters.append(Parameter(name: declaration.name.text, defaultValue: value, type: type,
                                        declared: Declared(file: file, range: declaration.name.range)))
        }
    }

    private mutating func resolveDefinitions() {
        for (index, entry) in definitionDeclarations.enumerated() {
            definitionSlots[entry.0.name.text] = index
        }
        definitionCode = Array(repeating: nil, count: definitionDeclarations.count)
        definitionTypes = Array(repeating: .unknown, count: definitionDeclarations.count)
        guard let order = definitionOrder() else { return }
        for index in order {
            let (declaration, file) = definitionDeclarations[index]
            var context = ExpressionContext(file: file)
            let code = compile(declaration.value, &context)
            definitionCode[index] = code
            definitionTypes[index] = code.type
        }
    }

    /// The definitions in an order where each comes after those it uses; nil (with diagnostics)
    /// when some refer to themselves, directly or through others, or chain too deeply.
    private mutating func definitionOrder() -> [Int]? {
        let count = definitionDeclarations.count
        let uses: [[Int]] = definitionDeclarations.map { declaration, _ in
            Checker.namesUsed(in: declaration.value).compactMap { definitionSlots[$0] }
        }
        var state = [UInt8](repeating: 0, count: count)  // 0 new, 1 on the path, 2 done
        var depth = [Int](repeating: 1, count: count)
        var order: [Int] = []
        var ok = true
        for root in 0..<count where state[root] == 0 {
            // An explicit stack, so that a long chain of definitions cannot overflow the call stack.
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let edges = uses[top.node]
                if top.next < edges.count {
                    stack[stack.count - 1].next += 1
                    let target = edges[top.next]
                    if state[target] == 1 {
                        let path = stack.map(\.node).drop { $0 != target }.map { definitionDeclarations[$0].0.name.text }
                        let (declaration, file) = definitionDeclarations[target]
                        report(.definitionCycle(path + [declaration.name.text], range: declaration.name.range, file: file))
                        ok = false
                    } else if state[target] == 0 {
                        state[target] = 1
                        stack.append((target, 0))
                    }
                } else {
                    stack.removeLast()
                    state[top.node] = 2
                    depth[top.node] = 1 + (edges.map { depth[$0] }.max() ?? 0)
                    if depth[top.node] == Checker.maximumDefinitionDepth + 1 {
                        let (declaration, file) = definitionDeclarations[top.node]
                        report(.definitionsTooDeep(limit: Checker.maximumDefinitionDepth, range: declaration.name.range, file: file))
                        ok = false
                    }
                    order.append(top.node)
                }
            }
        }
        return ok ? order : nil
    }

    /// The free names an expression mentions (names bound inside it by quantifiers are left out).
    static func namesUsed(in expression: Expr) -> Set<String> {
        var names: Set<String> = []
        var bound: [String] = []
        func visit(_ expression: Expr) {
            switch expression.kind {
            case .name(let name):
                if !bound.contains(name) { names.insert(name) }
            case .quantifier(_, let variable, let list, let condition, let body):
                visit(list)
                bound.append(variable.text)
                if let condition { visit(condition) }
                visit(body)
                bound.removeLast()
            case .comprehension(let variable, let list, let condition, let map):
                visit(list)
                bound.append(variable.text)
                if let condition { visit(condition) }
                if let map { visit(map) }
                bound.removeLast()
            default:
                expression.kind.forEachChild(visit)
            }
        }
        visit(expression)
        return names
    }

    // MARK: Rulesets and rules

    private mutating func resolveRulesets() -> [Ruleset] {
        var rulesets: [Ruleset] = []
        var ruleIds: [String: Declared] = [:]
        for (rulesetIndex, entry) in rulesetDeclarations.enumerated() {
            let (declaration, file, ruleDeclarations) = entry
            var context = ExpressionContext(file: file)
            let when = declaration.when.map { compileCondition($0, &context, role: "the ruleset's `when`") }
            var rules: [Rule] = []
            for (rule, file) in ruleDeclarations {
                let id = declaration.id.text + "." + rule.name.text
                if let first = ruleIds[id] {
                    report(.duplicate("rule", id, at: rule.name.range, file: file, first: first))
                    continue
                }
                ruleIds[id] = Declared(file: file, range: rule.name.range)
                var ruleContext = ExpressionContext(file: file)
                let ruleWhen = rule.when.map { compileCondition($0, &ruleContext, role: "`when`") }
                let requires = rule.requires.map { compileCondition($0, &ruleContext, role: "`require`") }
                let message = rule.message.map { compile($0, &ruleContext) }
                let (clause, cite) = citation(rule.cite, file: file)
                rules.append(Rule(id: id, title: rule.title?.text, titleTemplate: rule.titleTemplate.map { compile($0, &ruleContext) },
                                  severity: rule.severity, clause: clause, cite: cite, when: ruleWhen, requires: requires, message: message,
                                  messageCases: compileMessageCases(rule.messageCases, &ruleContext),
                                  declared: Declared(file: file, range: rule.name.range), rulesetIndex: rulesetIndex))
            }
            rulesets.append(Ruleset(id: declaration.id.text, title: declaration.title?.text, subject: declaration.subject.text,
                                    subjectSlot: dataSlots[declaration.subject.text] ?? 0, source: declaration.source?.text,
                                    when: when, rules: rules, declared: Declared(file: file, range: declaration.id.range)))
        }
        return rulesets
    }

    /// The clause a rule cites (checked against the clause index) and the citation as shown:
    /// the clause's heading and the quoted words, `Modalities §III …: “Names of at least two Facilitators”`.
    private mutating func citation(_ citation: Citation?, file: SourceFile) -> (String?, String?) {
        guard let citation else { return (nil, nil) }
        guard let id = citation.clause else { return (nil, citation.quote?.text) }
        guard let clause = clauses.first(where: { $0.id == id.text }) else {
            report(.unknownClause(id.text, suggestion: Suggestions.closest(to: id.text, among: clauses.map(\.id)),
                                  noClauses: clauses.isEmpty, range: id.range, file: file))
            return (nil, citation.quote?.text)
        }
        let words = citation.quote?.text ?? clause.quote
        return (clause.id, clause.heading + (words.map { ": “\($0)”" } ?? ""))
    }

    /// Compiles a condition and checks that it is a yes/no.
    mutating func compileCondition(_ expression: Expr, _ context: inout ExpressionContext, role: String) -> Code {
        let code = compile(expression, &context)
        if !code.type.fits(.bool) {
            report(.conditionNotYesNo(role: role, found: code.type, range: expression.range, file: context.file))
        }
        return code
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}
