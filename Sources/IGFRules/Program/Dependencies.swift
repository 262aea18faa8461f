/// What a piece of checked code reads: parameters, definitions, data fields, `today`.
/// `explain` shows it; `lint` uses it to find unused parameters and definitions.
package struct Dependencies: Sendable {
    package var parameters: Set<Int> = []
    package var definitions: Set<Int> = []
    /// Data paths read, such as `proposal.facilitators.name` (through lists, element fields are
    /// named after the list).
    package var fields: Set<String> = []
    package var readsToday = false

    package init() {}

    /// Everything `codes` read, following the definitions they use.
    package init(of codes: [Code], in program: Program) {
        var visitedDefinitions: Set<Int> = []
        var pending = codes
        while let code = pending.popLast() {
            var walker = Walker(program: program)
            walker.visit(code)
            parameters.formUnion(walker.dependencies.parameters)
            fields.formUnion(walker.dependencies.fields)
            readsToday = readsToday || walker.dependencies.readsToday
            for slot in walker.dependencies.definitions where visitedDefinitions.insert(slot).inserted {
                definitions.insert(slot)
                pending.append(program.definitions[slot].code)
            }
        }
    }

    private struct Walker {
        let program: Program
        var dependencies = Dependencies()
        /// The data path each bound variable iterates over.
        var locals: [Int: String] = [:]

        /// The data path a piece of code denotes, if it is one (`proposal.facilitators`).
        func path(of code: Code) -> String? {
            switch code.op {
            case .data(let slot): program.dataNames[slot].name
            case .field(let base, let name, _): path(of: base).map { "\($0).\(name)" }
            case .local(let slot): locals[slot]
            case .group(let inner): path(of: inner)
            case .index(let base, _): path(of: base)
            default: nil
            }
        }

        mutating func visit(_ code: Code) {
            switch code.op {
            case .constant: break
            case .data, .field, .local:
                if let path = path(of: code) {
                    dependencies.fields.insert(path)
                } else if case .field(let base, _, _) = code.op {
                    visit(base)
                }
            case .param(let slot): dependencies.parameters.insert(slot)
            case .definition(let slot): dependencies.definitions.insert(slot)
            case .today: dependencies.readsToday = true
            case .index(let base, let index): visit(base); visit(index)
            case .call(_, let arguments): arguments.forEach { visit($0) }
            case .not(let a), .negate(let a), .check(let a, _), .group(let a): visit(a)
            case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b),
                 .membership(let a, let b, _), .by(let a, let b):
                visit(a)
                visit(b)
            case .between(let a, let b, let c, _), .conditional(let a, let b, let c):
                visit(a)
                visit(b)
                visit(c)
            case .quantifier(_, let slot, let list, let filter, let body):
                visit(list)
                locals[slot] = path(of: list)
                filter.map { visit($0) }
                visit(body)
                locals[slot] = nil
            case .comprehension(let slot, let list, let filter, let map):
                visit(list)
                locals[slot] = path(of: list)
                filter.map { visit($0) }
                map.map { visit($0) }
                locals[slot] = nil
            case .list(let elements), .record(_, let elements): elements.forEach { visit($0) }
            case .text(let parts):
                for case .value(let inner) in parts { visit(inner) }
            case .pending(let due, let from):
                from.map { visit($0) }
                due.map { visit($0) }
            }
        }
    }
}

extension Rule {
    /// All the code a rule runs: its ruleset's `when`, its own `when`, its conditions and message.
    package func codes(in program: Program) -> [Code] {
        [program.rulesets[rulesetIndex].when, when].compactMap { $0 } + requires + [message, titleTemplate].compactMap { $0 }
            + messageCases.flatMap { [$0.condition, $0.text].compactMap { $0 } }
    }
}
