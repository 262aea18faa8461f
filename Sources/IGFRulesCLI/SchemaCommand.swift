import Foundation
import IGFRules

/// `igfrules schema RULES… [--format text|json-schema] [--name NAME]`: the data model the rules
/// declare, for people (text) or for the forms that collect proposals and reports (JSON Schema).
enum SchemaCommand: Command {
    static let name = "schema"
    static let summary = "Show the shape of the data the rules read, as text or as a JSON Schema for forms."
    static let usage = "igfrules schema RULES... [--format text|json-schema] [--name NAME]"
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, valueName: "FORMAT", help: "text (the default) or json-schema (JSON Schema 2020-12)"),
        .init(name: "name", takesValue: true, valueName: "NAME", help: "only this data name (such as proposal)"),
    ]
    static let discussion = """
        The shape comes from the `data` and `type` declarations (rules/schema.rules). In the JSON
        Schema, a date is a string with format "date" (YYYY-MM-DD), a date-time one with format
        "date-time" (with a zone), a duration a string such as "14 days"; any field may be null
        (null is missing), and fields the schema does not list are allowed.
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("give the rules whose schema to show (for example rules/)"))
        }
        let format = try arguments.format(among: ["text", "json-schema"], command: "schema")
        guard let program = RunSetup.loadProgram(arguments.positionals, console: console) else { throw CommandFailure.reported }
        var names = program.dataNames.filter { $0.type != .unknown }
        if let only = arguments.value("name") {
            names = names.filter { $0.name == only }
            guard !names.isEmpty else { throw CommandFailure.usage(RunSetup.unknownDataName(only, program: program)) }
        }
        console.out(format == "text" ? text(names) : try jsonSchema(names, dataNames: Set(program.dataNames.map(\.name))))
        return 0
    }

    static func text(_ names: [DataName]) -> String {
        func lines(_ type: DataType, indent: String) -> [String] {
            switch type {
            case .record(let record):
                return zip(record.fieldNames, record.fieldTypes).flatMap { name, field -> [String] in
                    if case .record(let inner) = field, inner.name?.contains(".") ?? true {
                        return ["\(indent)\(name):"] + lines(field, indent: indent + "  ")
                    }
                    if case .list(.record(let inner)) = field, inner.name?.contains(".") ?? true {
                        return ["\(indent)\(name): list of"] + lines(.record(inner), indent: indent + "  ")
                    }
                    return ["\(indent)\(name): \(field)"]
                }
            default:
                return ["\(indent)\(type)"]
            }
        }
        return names.map { name in ([name.name] + lines(name.type, indent: "  ")).joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    static func jsonSchema(_ names: [DataName], dataNames: Set<String>) throws -> String {
        var definitions: [String: Any] = [:]
        func schema(_ type: DataType) -> [String: Any] {
            switch type {
            case .unknown: return [:]
            case .text: return ["type": ["string", "null"]]
            case .number: return ["type": ["number", "null"]]
            case .bool: return ["type": ["boolean", "null"]]
            case .date: return ["type": ["string", "null"], "format": "date"]
            case .dateTime: return ["type": ["string", "null"], "format": "date-time"]
            case .duration:
                return ["type": ["string", "null"], "pattern": "^[0-9]+ (minute|hour|day|week|month|year)s?$",
                        "description": "a duration such as \"14 days\""]
            case .list(let element): return ["type": ["array", "null"], "items": schema(element)]
            case .record(let record):
                var properties: [String: Any] = [:]
                for (name, field) in zip(record.fieldNames, record.fieldTypes) { properties[name] = schema(field) }
                let object: [String: Any] = ["type": ["object", "null"], "properties": properties]
                guard let name = record.name, !dataNames.contains(name), !name.contains(".") else { return object }
                if definitions[name] == nil {
                    definitions[name] = ["type": "object"]  // placeholder while the fields are built
                    definitions[name] = object
                }
                return ["$ref": "#/$defs/\(name)"]
            }
        }
        var properties: [String: Any] = [:]
        for name in names { properties[name.name] = schema(name.type) }
        var document: [String: Any] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Data read by the igfrules rules",
            "description": "A JSON object whose keys are data names; `igfrules check --data FILE` reads it.",
            "type": "object",
            "properties": properties,
        ]
        if !definitions.isEmpty { document["$defs"] = definitions }
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
