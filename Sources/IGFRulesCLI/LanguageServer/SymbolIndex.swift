import IGFRules

/// What a name in a rule file stands for, so that hover, definition and references agree.
enum Symbol: Hashable {
    case parameter(String)
    case definition(String)
    case data(String)
    /// A field by its path from a data name: `["proposal", "facilitators", "name"]`.
    case field([String])
    case type(String)
    case clause(String)
    /// A rule by its full id.
    case rule(String)
    case ruleset(String)
    case builtin(String)
    /// An included file, by its loader key.
    case file(String)
}

/// Every place a symbol is declared or used in a set of parsed rule files. Built from the syntax
/// alone, so that it is there even while a file does not check.
struct SymbolIndex {
    struct Occurrence {
        let range: Range<Int>
        let symbol: Symbol
        let isDeclaration: Bool
    }

    struct Declaration {
        let file: SourceFile
        /// The name's range.
        let range: Range<Int>
        /// The whole declaration's range.
        let extent: Range<Int>
    }

    /// Occurrences by the loader key of their file, in source order.
    private(set) var occurrences: [String: [Occurrence]] = [:]
    private(set) var declarations: [Symbol: Declaration] = [:]
    /// The parsed files, by loader key.
    private(set) var files: [String: RuleFile] = [:]
    var parameterNames: Set<String> = []
    var definitionValues: [String: Expr] = [:]
    var dataNames: Set<String> = []
    var typeFields: [String: TypeExpr] = [:]
    var dataTypes: [String: TypeExpr] = [:]
    var clauses: [String: (ClauseDeclaration, SourceFile)] = [:]
    /// The text of every declaration that gives a name (in order): when it is the same, a file
    /// that did not change has the same occurrences.
    private var names: [String] = []
    /// What walking each file found, by key, to reuse.
    private var walked: [String: (file: SourceFile, found: [Occurrence], declared: [Symbol: Declaration])] = [:]
    /// How many files were walked (not reused): what tests of reuse count.
    private(set) var walks = 0

    /// The index of `ruleFiles`; a file of `previous` that did not change (the same parse) is not
    /// walked again when no declaration that gives a name changed.
    init(_ ruleFiles: [RuleFile], reusing previous: SymbolIndex? = nil) {
        for ruleFile in ruleFiles { collectNames(ruleFile) }
        let reusable = previous.map { $0.names == names } == true ? previous?.walked ?? [:] : [:]
        for ruleFile in ruleFiles {
            let key = Workspace.key(for: ruleFile.file.path)
            files[key] = ruleFile
            var result = reusable[key]
            if result.map({ $0.file !== ruleFile.file }) ?? true {
                var walker = IndexWalker(index: self, file: ruleFile.file)
                walker.walk(ruleFile)
                result = (ruleFile.file, walker.found.sorted { $0.range.lowerBound < $1.range.lowerBound }, walker.declared)
                walks += 1
            }
            guard let result else { continue }
            walked[key] = result
            occurrences[key, default: []] += result.found
            for (symbol, declaration) in result.declared where declarations[symbol] == nil {
                declarations[symbol] = declaration
            }
        }
    }

    /// The innermost occurrence at a byte offset (a cursor just after a name is on it).
    func occurrence(at offset: Int, inFile key: String) -> Occurrence? {
        let candidates = (occurrences[key] ?? []).filter { $0.range.lowerBound <= offset && offset <= $0.range.upperBound }
        return candidates.min { $0.range.count < $1.range.count }
    }

    /// Every occurrence of a symbol, by file key.
    func references(to symbol: Symbol) -> [(key: String, occurrence: Occurrence)] {
        occurrences.keys.sorted().flatMap { key in
            occurrences[key]!.filter { $0.symbol == symbol }.map { (key, $0) }
        }
    }

    private mutating func collectNames(_ ruleFile: RuleFile) {
        for declaration in ruleFile.declarations {
            switch declaration {
            case .param, .define, .data, .type, .clause: names.append(ruleFile.file.text(declaration.range))
            default: break
            }
            switch declaration {
            case .param(let param): parameterNames.insert(param.name.text)
            case .define(let define): definitionValues[define.name.text] = define.value
            case .data(let data):
                dataNames.insert(data.name.text)
                dataTypes[data.name.text] = data.type
            case .type(let type): typeFields[type.name.text] = type.type
            case .clause(let clause): clauses[clause.id.text] = clauses[clause.id.text] ?? (clause, ruleFile.file)
            default: break
            }
        }
    }

    /// The data path an expression reads, when it reads one: `proposal.facilitators` for
    /// `proposal.facilitators`, for `f` bound by `all f in proposal.facilitators`, or for a
    /// definition that filters it.
    func path(of expression: Expr, scope: [String: [String]?], seen: Set<String> = []) -> [String]? {
        switch expression.kind {
        case .name(let name):
            if let local = scope[name] { return local }
            if dataNames.contains(name) { return [name] }
            if let value = definitionValues[name], !seen.contains(name) {
                return path(of: value, scope: [:], seen: seen.union([name]))
            }
            return nil
        case .field(let base, let name): return path(of: base, scope: scope, seen: seen).map { $0 + [name.text] }
        case .index(let base, _), .group(let base): return path(of: base, scope: scope, seen: seen)
        case .comprehension(_, let list, _, nil): return path(of: list, scope: scope, seen: seen)
        case .call(let name, let arguments) where ["distinct", "sort"].contains(name.text) && arguments.count == 1:
            return path(of: arguments[0], scope: scope, seen: seen)
        default: return nil
        }
    }
}
