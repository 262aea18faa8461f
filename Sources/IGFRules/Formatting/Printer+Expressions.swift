/// Expressions in canonical form: one line when it fits in the width, otherwise broken at
/// `if`/`then`/`else`, at `and`/`or`, between list and record entries, or after a quantifier's `:`.
extension Printer {
    /// The expression on one line.
    func printed(_ expression: Expr) -> String {
        switch expression.kind {
        case .name(let name): return name
        case .number, .date, .dateTime, .duration:
            return file.text(expression.range).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        case .bool(let value):
            let written = file.text(expression.range)
            return ["yes", "no", "true", "false"].contains(written) ? written : (value ? "yes" : "no")
        case .missing: return "missing"
        case .today: return "today"
        case .invalid: return file.text(expression.range)
        case .text(let parts): return printedText(parts)
        case .field(let base, let name): return printed(base) + "." + name.text
        case .index(let base, let index): return printed(base) + "[" + printed(index) + "]"
        case .call(let name, let arguments):
            return name.text + "(" + arguments.map { printedElement($0) }.joined(separator: ", ") + ")"
        case .unary(.not, let operand): return "not " + printed(operand)
        case .unary(.negate, let operand): return "-" + printed(operand)
        case .binary(let op, let a, let b): return printed(a) + " " + op.rawValue + " " + printed(b)
        case .check(let operand, let check): return printed(operand) + " " + check.rawValue
        case .between(let value, let low, let high, let negated):
            return printed(value) + (negated ? " is not between " : " is between ") + printed(low) + " and " + printed(high)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return "if " + printed(condition) + " then " + printed(whenTrue) + " else " + printed(whenFalse)
        case .quantifier(let quantifier, let variable, let list, let condition, let body):
            return quantifierHead(quantifier, variable, list, condition) + " " + printed(body)
        case .comprehension: return "[" + printedElement(expression) + "]"
        case .list(let elements): return "[" + elements.map { printed($0) }.joined(separator: ", ") + "]"
        case .record(let fields): return "{" + fields.map { printedField($0) }.joined(separator: ", ") + "}"
        case .pending(let due, let from): return "pending" + (from.map { " from " + printed($0) } ?? "") + (due.map { " until " + printed($0) } ?? "")
        case .group(let inner): return "(" + printed(inner) + ")"
        }
    }

    /// A call argument or list element: a comprehension without its brackets.
    private func printedElement(_ expression: Expr) -> String {
        guard case .comprehension(let variable, let list, let condition, let map) = expression.kind else { return printed(expression) }
        var text = map.map { printed($0) + " for " } ?? ""
        text += variable.text + " in " + printed(list)
        if let condition { text += " where " + printed(condition) }
        return text
    }

    private func printedField(_ field: RecordField) -> String {
        let plain = field.name.text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }
            && field.name.text.first.map { !$0.isNumber } == true
        return (plain ? field.name.text : Printer.quoted(field.name.text)) + ": " + printed(field.value)
    }

    private func quantifierHead(_ quantifier: Quantifier, _ variable: Name, _ list: Expr, _ condition: Expr?) -> String {
        "\(quantifier.rawValue) \(variable.text) in " + printed(list) + (condition.map { " where " + printed($0) } ?? "") + ":"
    }

    func printedText(_ parts: [TextPart]) -> String {
        var text = "\""
        for part in parts {
            switch part {
            case .literal(let piece): text += Printer.escaped(piece)
            case .expression(let inner): text += "{" + printed(inner) + "}"
            case .counted(let inner, let noun): text += "{" + printed(inner) + " " + noun + "}"
            }
        }
        return text + "\""
    }

    /// The expression's lines when it starts at `column` on a line indented by `lineIndent`:
    /// the first line without indentation, the others with their full indentation.
    func layout(_ expression: Expr, column: Int, lineIndent: Int) -> [String] {
        let single = printed(expression)
        if column + single.count <= Formatter.width { return [single] }
        let pad = { (count: Int) in String(repeating: " ", count: count) }
        switch expression.kind {
        case .conditional(let condition, let whenTrue, let whenFalse):
            var lines = prefixed("if ", layout(condition, column: column + 3, lineIndent: column))
            lines += prefixed(pad(column) + "then ", layout(whenTrue, column: column + 5, lineIndent: column))
            lines += prefixed(pad(column) + "else ", layout(whenFalse, column: column + 5, lineIndent: column))
            return lines
        case .binary(let op, _, _) where op == .and || op == .or:
            let operands = chain(expression, op)
            var lines = layout(operands[0], column: column, lineIndent: lineIndent)
            let continuation = lineIndent + 4
            for operand in operands.dropFirst() {
                let head = pad(continuation) + op.rawValue + " "
                lines += prefixed(head, layout(operand, column: head.count, lineIndent: continuation))
            }
            return lines
        case .list(let elements) where !elements.isEmpty:
            return bracketed("[", "]", elements.map { element in { (column: Int, indent: Int) in self.layout(element, column: column, lineIndent: indent) } },
                             lineIndent: lineIndent)
        case .record(let fields) where !fields.isEmpty:
            return bracketed("{", "}", fields.map { field in
                { (column: Int, indent: Int) in
                    let head = field.name.text + ": "
                    return self.prefixed(head, self.layout(field.value, column: column + head.count, lineIndent: indent))
                }
            }, lineIndent: lineIndent)
        case .quantifier(let quantifier, let variable, let list, let condition, let body):
            let bodyIndent = lineIndent + 4
            return [quantifierHead(quantifier, variable, list, condition)]
                + prefixed(pad(bodyIndent), layout(body, column: bodyIndent, lineIndent: bodyIndent))
        default:
            return [single]
        }
    }

    /// `[` entries, one per line and indented, `]`.
    private func bracketed(_ open: String, _ close: String, _ entries: [(Int, Int) -> [String]], lineIndent: Int) -> [String] {
        let indent = lineIndent + 2
        var lines = [open]
        for (index, entry) in entries.enumerated() {
            var entryLines = prefixed(String(repeating: " ", count: indent), entry(indent, indent))
            if index < entries.count - 1 { entryLines[entryLines.count - 1] += "," }
            lines += entryLines
        }
        lines.append(String(repeating: " ", count: lineIndent) + close)
        return lines
    }

    /// The operands of a run of the same `and` or `or` (the parser splits a long run in halves,
    /// so either side may itself be part of the run; a written `( … )` is a group, not a run).
    private func chain(_ expression: Expr, _ op: BinaryOperator) -> [Expr] {
        var operands: [Expr] = []
        func collect(_ part: Expr) {
            if case .binary(let inner, let a, let b) = part.kind, inner == op {
                collect(a)
                collect(b)
            } else {
                operands.append(part)
            }
        }
        collect(expression)
        return operands
    }

    private func prefixed(_ head: String, _ lines: [String]) -> [String] {
        guard let first = lines.first else { return [head] }
        return [head + first] + lines.dropFirst()
    }
}
