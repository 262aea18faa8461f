import Foundation

/// A canonical text of a syntax tree, without positions: two files with the same dump mean the
/// same thing. The formatter's tests and fuzz target compare dumps before and after formatting.
extension RuleFile {
    package var dump: String {
        declarations.map(\.dump).joined(separator: "\n")
    }
}

extension Declaration {
    package var dump: String {
        switch self {
        case .ruleset(let d):
            return "ruleset \(d.id.text) \(q(d.title?.text)) for \(d.subject.text) source \(q(d.source?.text)) when \(d.when?.dump ?? "-")"
        case .param(let d):
            return "param \(d.name.text) : \(d.declaredType?.dump ?? "-") = \(d.value.dump)"
        case .define(let d):
            return "define \(d.name.text) = \(d.value.dump)"
        case .rule(let d):
            return "rule \(d.name.text) \(q(d.title?.text)) \(d.severity.rawValue) \(d.severityWritten) cite \(d.cite?.clause?.text ?? "-") \(q(d.cite?.quote?.text)) "
                + "when \(d.when?.dump ?? "-") requires [\(d.requires.map(\.dump).joined(separator: "; "))] message \(d.message?.dump ?? "-")"
        case .data(let d):
            return "data \(d.name.text) \(d.type.dump)"
        case .type(let d):
            return "type \(d.name.text) \(d.type.dump)"
        case .include(let d):
            return "include \(q(d.path.text))"
        case .clause(let d):
            return "clause \(d.id.text) \(q(d.heading.text)) quote \(q(d.quote?.text))"
        case .test(let d):
            return "test \(q(d.name.text)) [" + d.clauses.map(\.dump).joined(separator: "; ") + "]"
        case .scoring(let d):
            return "scoring \(d.id.text) \(q(d.title?.text)) for \(d.subject.text) source \(q(d.source?.text)) eligible [\(d.eligible.map(\.text).joined(separator: " "))] ["
                + d.criteria.map { "criterion \($0.name.text) \(q($0.title?.text)) weight \($0.weight.dump) from \($0.grades?.dump ?? "-")" }.joined(separator: "; ") + "]"
        }
    }
}

extension TestClause {
    var dump: String {
        switch self {
        case .givenFile(let path): "given \(q(path.text))"
        case .givenNameFromFile(let name, let path): "given \(name.text) from \(q(path.text))"
        case .givenValue(let name, let value): "given \(name.text) = \(value.dump)"
        case .each(let name, let path): "each \(name.text) from \(q(path.text))"
        case .today(let value): "today \(value.dump)"
        case .set(let target, let operation, let value): "set \(target.dump) \(operation.rawValue) \(value.dump)"
        case .unset(let target): "unset \(target.dump)"
        case .expect(let subject, let rule, let outcome): "expect \(q(subject?.text)) \(rule.text) \(outcome.text)"
        case .expectScore(let subject, let scoring, let measure, let value): "expect \(q(subject?.text)) \(scoring.text) \(measure.text) \(value.dump)"
        }
    }
}

extension TypeExpr {
    var dump: String {
        switch kind {
        case .named(let name): name
        case .list(let element): "(list \(element.dump))"
        case .record(let fields): "{" + fields.map { "\($0.name.text): \($0.type.dump)" }.joined(separator: ", ") + "}"
        }
    }
}

extension Expr {
    package var dump: String {
        switch kind {
        case .name(let name): return name
        case .number(let number): return "#\(number)"
        case .bool(let value): return value ? "yes" : "no"
        case .date(let date): return "@\(date)"
        case .dateTime(let instant): return "@\(instant.millisecondsSinceEpoch)/\(instant.offsetMinutes)"
        case .duration(let duration): return "~\(duration.months)m\(duration.milliseconds)ms"
        case .missing: return "missing"
        case .today: return "today"
        case .invalid: return "invalid"
        case .text(let parts):
            var pieces: [String] = []
            var literal: String?
            for part in parts {
                switch part {
                case .literal(let text): literal = (literal ?? "") + text
                case .expression(let inner):
                    if let pending = literal { pieces.append(q(pending)) }
                    literal = nil
                    pieces.append("{\(inner.dump)}")
                case .counted(let inner, let noun):
                    if let pending = literal { pieces.append(q(pending)) }
                    literal = nil
                    pieces.append("{\(inner.dump) \(noun)}")
                }
            }
            if let literal { pieces.append(q(literal)) }
            return "(text " + pieces.joined(separator: " ") + ")"
        case .field(let base, let name): return "(. \(base.dump) \(name.text))"
        case .index(let base, let index): return "([] \(base.dump) \(index.dump))"
        case .call(let name, let arguments): return "(\(name.text) " + arguments.map(\.dump).joined(separator: " ") + ")"
        case .unary(let op, let operand): return "(\(op.rawValue) \(operand.dump))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(a.dump) \(b.dump))"
        case .check(let operand, let check): return "(\(check.rawValue) \(operand.dump))"
        case .between(let a, let b, let c, let negated): return "(\(negated ? "not-" : "")between \(a.dump) \(b.dump) \(c.dump))"
        case .conditional(let a, let b, let c): return "(if \(a.dump) \(b.dump) \(c.dump))"
        case .quantifier(let quantifier, let variable, let list, let condition, let body):
            return "(\(quantifier.rawValue) \(variable.text) \(list.dump) \(condition?.dump ?? "-") \(body.dump))"
        case .comprehension(let variable, let list, let condition, let map):
            return "(comprehension \(variable.text) \(list.dump) \(condition?.dump ?? "-") \(map?.dump ?? "-"))"
        case .list(let elements): return "[" + elements.map(\.dump).joined(separator: " ") + "]"
        case .record(let fields): return "{" + fields.map { "\($0.name.text): \($0.value.dump)" }.joined(separator: ", ") + "}"
        case .pending(let due, let from): return "(pending \(from.map { "from \($0.dump) " } ?? "")\(due?.dump ?? "-"))"
        case .group(let inner): return "(group \(inner.dump))"
        }
    }
}

private func q(_ text: String?) -> String {
    guard let text else { return "-" }
    return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
