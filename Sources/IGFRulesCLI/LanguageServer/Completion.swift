import Foundation
import IGFRules

/// `textDocument/completion`: from the text before the cursor (the document may not parse while
/// it is typed): fields after `name.`, clause ids after `cite`, rule ids after `expect`, and
/// otherwise names, functions and the keywords that fit the place.
extension LanguageServer {
    func completion(_ params: JSON) throws(JSONRPC.Failure) -> JSON {
        guard let uri = params["textDocument"]?["uri"]?.string, let document = store[uri] else { return [] }
        let positions = TextPositions(document.text)
        guard let offset = positions.offset(of: params["position"]) else {
            throw .invalidParams("`position` needs a `line` and a `character`, both whole numbers from 0")
        }
        let lineStart = positions.lineRange(positions.line(of: offset)).lowerBound
        let before = String(decoding: document.text[lineStart..<offset], as: UTF8.self)
        let key = document.path.map(Workspace.key(for:))
        guard let key, let unit = self.unit(containing: key) else { return .array(Self.keywordItems(before)) }
        complete(unit, for: key)
        return .array(items(before: before, text: String(decoding: document.text[..<offset], as: UTF8.self), unit: unit))
    }

    private func items(before: String, text: String, unit: RuleUnit) -> [JSON] {
        let program = unit.program ?? unit.lastProgram
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("cite") && !trimmed.contains("\"") {
            return (program?.clauses ?? []).map { Self.item($0.id, kind: 18, detail: $0.heading, documentation: $0.quote) }
        }
        if trimmed.hasPrefix("expect") {
            return (program?.rules ?? []).map { Self.item($0.id, kind: 21, detail: $0.title) }
        }
        if let dotted = Self.dottedPrefix(before), dotted.contains(".") {
            let base = dotted.split(separator: ".", omittingEmptySubsequences: false).dropLast().map(String.init)
            return fieldItems(base, text: text, unit: unit)
        }
        var result = Self.keywordItems(before)
        guard let program else { return result }
        result += program.dataNames.map { Self.item($0.name, kind: 6, detail: "data: \($0.type)") }
        result += program.parameters.map { Self.item($0.name, kind: 21, detail: "param = \($0.defaultValue.literal())") }
        result += program.definitions.map { Self.item($0.name, kind: 6, detail: "define") }
        result += Builtin.allCases.map { builtin in
            let (signature, summary) = BuiltinDocs.describe(builtin)
            return Self.item(builtin.rawValue, kind: 3, detail: signature, documentation: summary)
        }
        return result
    }

    /// The fields after `base.`: `base` is a data name, a definition, or an element name bound
    /// earlier in the text by `NAME in PATH`.
    private func fieldItems(_ base: [String], text: String, unit: RuleUnit) -> [JSON] {
        guard let first = base.first else { return [] }
        var path: [String]?
        if unit.index.dataNames.contains(first) {
            path = base
        } else if let value = unit.index.definitionValues[first] {
            path = unit.index.path(of: value, scope: [:]).map { $0 + base.dropFirst() }
        } else if let bound = Self.boundPath(of: first, in: text) {
            path = bound + base.dropFirst()
        }
        let lookup = SchemaLookup(index: unit.index, program: unit.program ?? unit.lastProgram)
        guard let path, let type = lookup.kind(of: path) else { return [] }
        return SchemaLookup.fields(of: type).map { name, kind in
            let description = lookup.declaration(of: path + [name]).flatMap { SchemaLookup.comment(above: $0.range.lowerBound, in: $0.file) }
            return Self.item(name, kind: 5, detail: lookup.describe(kind), documentation: description)
        }
    }

    /// The path of an element name, from the last `NAME in PATH` before the cursor.
    static func boundPath(of name: String, in text: String) -> [String]? {
        let escaped = NSRegularExpression.escapedPattern(for: name)
        guard let pattern = try? NSRegularExpression(pattern: "\\b\(escaped) in ([A-Za-z_][A-Za-z0-9_.]*)") else { return nil }
        let tail = String(text.suffix(4000))
        guard let match = pattern.matches(in: tail, range: NSRange(tail.startIndex..., in: tail)).last,
              let range = Range(match.range(at: 1), in: tail) else { return nil }
        return tail[range].split(separator: ".").map(String.init)
    }

    /// The dotted name the cursor is at the end of (`proposal.fac`), if any.
    static func dottedPrefix(_ before: String) -> String? {
        let word = before.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return word.isEmpty ? nil : String(word.reversed())
    }

    /// The keywords that can start what is being typed: declarations at the start of a line,
    /// clauses on an indented line, operators and quantifiers inside an expression.
    static func keywordItems(_ before: String) -> [JSON] {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        let words: [String]
        if !trimmed.contains(" ") {
            words = before.first == " " || before.first == "\t"
                ? ["cite", "when", "require", "message", "source", "quote", "given", "each", "today", "set", "unset", "expect"]
                : ["ruleset", "rule", "param", "define", "data", "type", "include", "test", "clause"]
        } else {
            words = ["and", "or", "not", "is", "empty", "missing", "between", "in", "all", "any", "none", "where", "for",
                     "if", "then", "else", "today", "pending", "until", "by", "yes", "no"]
        }
        return words.map { item($0, kind: 14) }
    }

    static func item(_ label: String, kind: Int, detail: String? = nil, documentation: String? = nil) -> JSON {
        var json: [String: JSON] = ["label": .string(label), "kind": .int(kind)]
        if let detail { json["detail"] = .string(detail) }
        if let documentation { json["documentation"] = .string(documentation) }
        return .object(json)
    }
}
