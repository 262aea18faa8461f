import Foundation
import IGFRules

/// Walks one parsed file for `SymbolIndex`: what each name stands for, with the element names of
/// `all`, `any`, `none`, `where` and `for` in scope.
struct IndexWalker {
    let index: SymbolIndex
    let file: SourceFile
    var found: [SymbolIndex.Occurrence] = []
    var declared: [Symbol: SymbolIndex.Declaration] = [:]
    private var ruleset: String?

    init(index: SymbolIndex, file: SourceFile) {
        self.index = index
        self.file = file
    }

    mutating func walk(_ ruleFile: RuleFile) {
        for declaration in ruleFile.declarations { walk(declaration) }
    }

    private mutating func declare(_ symbol: Symbol, _ name: Name, extent: Range<Int>) {
        found.append(.init(range: name.range, symbol: symbol, isDeclaration: true))
        if declared[symbol] == nil { declared[symbol] = .init(file: file, range: name.range, extent: extent) }
    }

    private mutating func use(_ symbol: Symbol, _ range: Range<Int>) {
        found.append(.init(range: range, symbol: symbol, isDeclaration: false))
    }

    private mutating func walk(_ declaration: Declaration) {
        switch declaration {
        case .ruleset(let d):
            ruleset = d.id.text
            declare(.ruleset(d.id.text), d.id, extent: d.range)
            use(.data(d.subject.text), d.subject.range)
            walk(d.when)
        case .rule(let d):
            let id = d.name.text.contains(".") || ruleset == nil ? d.name.text : ruleset! + "." + d.name.text
            declare(.rule(id), d.name, extent: d.range)
            if let clause = d.cite?.clause { use(.clause(clause.text), clause.range) }
            walk(d.when)
            for require in d.requires { walk(require) }
            walk(d.message)
            for messageCase in d.messageCases {
                walk(messageCase.condition)
                walk(messageCase.text)
            }
        case .param(let d):
            declare(.parameter(d.name.text), d.name, extent: d.range)
            if let type = d.declaredType { walk(type, path: nil) }
            walk(d.value)
        case .define(let d):
            declare(.definition(d.name.text), d.name, extent: d.range)
            walk(d.value)
        case .data(let d):
            declare(.data(d.name.text), d.name, extent: d.range)
            walk(d.type, path: [d.name.text])
        case .type(let d):
            declare(.type(d.name.text), d.name, extent: d.range)
            walk(d.type, path: nil)
        case .include(let d):
            let base = (file.path as NSString).deletingLastPathComponent
            let target = d.path.text.hasPrefix("/") ? d.path.text : (base as NSString).appendingPathComponent(d.path.text)
            use(.file(Workspace.key(for: target)), d.path.range)
        case .clause(let d):
            declare(.clause(d.id.text), d.id, extent: d.range)
        case .test(let d):
            for clause in d.clauses { walk(clause) }
        case .scoring(let d):
            declare(.ruleset(d.id.text), d.id, extent: d.range)
            use(.data(d.subject.text), d.subject.range)
            for ruleset in d.eligible { use(.ruleset(ruleset.text), ruleset.range) }
            for criterion in d.criteria {
                walk(criterion.weight)
                walk(criterion.grades)
            }
        }
    }

    private mutating func walk(_ clause: TestClause) {
        switch clause {
        case .givenValue(let name, let value):
            use(index.parameterNames.contains(name.text) ? .parameter(name.text) : .data(name.text), name.range)
            walk(value)
        case .givenNameFromFile(let name, _), .each(let name, _): use(.data(name.text), name.range)
        case .today(let value), .unset(let value): walk(value)
        case .set(let target, _, let value):
            walk(target)
            walk(value)
        case .expect(_, let rule, _): use(.rule(rule.text), rule.range)
        case .expectScore(_, let scoring, _, let value):
            use(.ruleset(scoring.text), scoring.range)
            walk(value)
        case .givenFile: break
        }
    }

    /// A kind: declared type names, and (under a data name) each field by its path.
    private mutating func walk(_ type: TypeExpr, path: [String]?) {
        switch type.kind {
        case .named(let name): if index.typeFields[name] != nil { use(.type(name), type.range) }
        case .list(let element): walk(element, path: path)
        case .record(let fields):
            for field in fields {
                if let path { declare(.field(path + [field.name.text]), field.name, extent: field.name.range.lowerBound..<field.type.range.upperBound) }
                walk(field.type, path: path.map { $0 + [field.name.text] })
            }
        }
    }

    private mutating func walk(_ expression: Expr?, scope: [String: [String]?] = [:]) {
        guard let expression else { return }
        switch expression.kind {
        case .name(let name):
            if scope[name] != nil { return }
            if index.parameterNames.contains(name) { use(.parameter(name), expression.range) }
            else if index.definitionValues[name] != nil { use(.definition(name), expression.range) }
            else if index.dataNames.contains(name) { use(.data(name), expression.range) }
        case .field(let base, let name):
            walk(base, scope: scope)
            if let path = index.path(of: base, scope: scope) { use(.field(path + [name.text]), name.range) }
        case .call(let name, let arguments):
            if Builtin(rawValue: name.text) != nil { use(.builtin(name.text), name.range) }
            for argument in arguments { walk(argument, scope: scope) }
        case .quantifier(_, let variable, let list, let condition, let body):
            walk(list, scope: scope)
            let inner = scope.merging([variable.text: index.path(of: list, scope: scope)]) { $1 }
            walk(condition, scope: inner)
            walk(body, scope: inner)
        case .comprehension(let variable, let list, let condition, let mapped):
            walk(list, scope: scope)
            let inner = scope.merging([variable.text: index.path(of: list, scope: scope)]) { $1 }
            walk(condition, scope: inner)
            walk(mapped, scope: inner)
        default:
            for child in expression.kind.children { walk(child, scope: scope) }
        }
    }
}

extension ExprKind {
    /// The sub-expressions of the kinds `IndexWalker` does not treat on their own.
    var children: [Expr] {
        switch self {
        case .index(let a, let b), .binary(_, let a, let b): [a, b]
        case .unary(_, let a), .check(let a, _), .group(let a): [a]
        case .between(let a, let b, let c, _), .conditional(let a, let b, let c): [a, b, c]
        case .list(let items): items
        case .record(let fields): fields.map(\.value)
        case .text(let parts): parts.compactMap { if case .expression(let e) = $0 { e } else { nil } }
        case .pending(let due, let from): [from, due].compactMap { $0 }
        default: []
        }
    }
}
