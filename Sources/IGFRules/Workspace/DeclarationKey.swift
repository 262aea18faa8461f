/// What a declaration typed over the loaded rules replaces: a definition, a parameter or a rule,
/// by name (a rule by its full id, `ruleset.rule`). Declarations of other kinds (rulesets, data,
/// tests) have no key: they add to the rules and replace nothing.
public enum DeclarationKey: Hashable, Sendable {
    case definition(String)
    case parameter(String)
    case rule(String)

    /// The key of `declaration`, read inside the ruleset `ruleset` (for a rule's full id); nil for
    /// a declaration that replaces nothing.
    package init?(_ declaration: Declaration, ruleset: String?) {
        switch declaration {
        case .define(let d): self = .definition(d.name.text)
        case .param(let d): self = .parameter(d.name.text)
        case .rule(let d): self = .rule(ruleset.map { $0 + "." + d.name.text } ?? d.name.text)
        default: return nil
        }
    }

    /// The name, or the rule's full id.
    public var name: String {
        switch self {
        case .definition(let name), .parameter(let name), .rule(let name): name
        }
    }

    /// "definition", "parameter" or "rule", as messages name the kind.
    public var kindWord: String {
        switch self {
        case .definition: "definition"
        case .parameter: "parameter"
        case .rule: "rule"
        }
    }

    /// Whether `program` already declares what this key names.
    public func isDeclared(in program: Program) -> Bool {
        switch self {
        case .definition(let name): program.definitions.contains { $0.name == name }
        case .parameter(let name): program.parameterSlot(named: name) != nil
        case .rule(let id): program.rule(id: id) != nil
        }
    }
}
