import Foundation
import IGFRules

/// What the schema says about a data path: its kind, where its field is declared, and the
/// comment written above it (the data model's description).
struct SchemaLookup {
    let index: SymbolIndex
    let program: Program?

    /// The kind of a path, from the checked program.
    func kind(of path: [String]) -> DataType? {
        guard let first = path.first, let data = program?.dataNames.first(where: { $0.name == first }) else { return nil }
        var type = data.type
        for field in path.dropFirst() {
            guard let next = Self.field(field, of: type) else { return nil }
            type = next
        }
        return type
    }

    /// A kind as a MAG member reads it: a declared type by its name, a record written in place
    /// by its fields (`record { plan, organisations }`).
    func describe(_ type: DataType) -> String {
        switch type {
        case .list(let element) where element != .unknown: "list of " + describe(element)
        case .record(let record) where record.name.map({ index.typeFields[$0] == nil }) ?? true:
            "record { " + record.fieldNames.joined(separator: ", ") + " }"
        default: type.description
        }
    }

    /// The kind of a field of a record kind, looking through lists.
    static func field(_ name: String, of type: DataType) -> DataType? {
        switch type {
        case .record(let record): record.type(of: name)
        case .list(let element): field(name, of: element)
        default: nil
        }
    }

    /// The fields of a kind, looking through lists, with their kinds.
    static func fields(of type: DataType) -> [(String, DataType)] {
        switch type {
        case .record(let record): Array(zip(record.fieldNames, record.fieldTypes))
        case .list(let element): fields(of: element)
        default: []
        }
    }

    /// Where the last field of a path is declared: in its `data` declaration, or in the `type`
    /// declaration a field's kind names.
    func declaration(of path: [String]) -> (file: SourceFile, range: Range<Int>)? {
        guard let first = path.first, var type = index.dataTypes[first] else { return nil }
        var found: Name?
        for field in path.dropFirst() {
            guard let (name, fieldType) = step(type, field) else { return nil }
            found = name
            type = fieldType
        }
        guard let found else { return nil }
        let holder = index.files.keys.sorted().compactMap { index.files[$0] }
            .first { Self.declares($0, found) && $0.file.text(found.range) == found.text }
        return holder.map { ($0.file, found.range) }
    }

    private static func declares(_ ruleFile: RuleFile, _ name: Name) -> Bool {
        ruleFile.declarations.contains { declaration in
            switch declaration {
            case .data, .type: declaration.range.contains(name.range.lowerBound)
            default: false
            }
        }
    }

    private func step(_ type: TypeExpr, _ field: String) -> (Name, TypeExpr)? {
        switch type.kind {
        case .list(let element): return step(element, field)
        case .named(let name): return index.typeFields[name].flatMap { step($0, field) }
        case .record(let fields):
            return fields.first { $0.name.text == field }.map { ($0.name, $0.type) }
        }
    }

    /// The `#` comment lines just above a line (and a comment at the end of the line itself).
    static func comment(above offset: Int, in file: SourceFile) -> String? {
        let positions = TextPositions(file)
        let line = positions.line(of: offset)
        var lines: [String] = []
        var current = line - 1
        while current >= 0 {
            let text = file.text(positions.lineRange(current)).trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("#") else { break }
            lines.insert(String(text.dropFirst()).trimmingCharacters(in: .whitespaces), at: 0)
            current -= 1
        }
        let own = file.text(positions.lineRange(line))
        if lines.isEmpty, let hash = own.range(of: " # ") {
            lines.append(String(own[hash.upperBound...]))
        }
        let joined = lines.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return joined.isEmpty ? nil : joined
    }
}
