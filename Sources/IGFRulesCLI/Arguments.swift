import IGFRules

/// A command line split into options and positional arguments, by a list of known options.
/// Accepts `--name value` and `--name=value`; `--` ends the options.
struct Arguments {
    struct Option {
        let name: String
        let takesValue: Bool
        let valueName: String
        let help: String
    }

    private(set) var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    init(_ arguments: [String], options: [Option]) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard !optionsEnded, argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { "--" + $0.name == name }) else {
                let known = options.map { "--" + $0.name }
                let suggestion = closest(to: name, among: known)
                throw UsageError("unknown option `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""))
            }
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError("`--\(option.name)` needs a value: --\(option.name) \(option.valueName)")
                }
                if !Arguments.repeatable.contains(option.name), let first = values[option.name]?.first {
                    throw Arguments.givenTwice("--\(option.name)", first, value, give: "give it once")
                }
                values[option.name, default: []].append(value)
            } else {
                if inlineValue != nil { throw UsageError("`--\(option.name)` takes no value") }
                flags.insert(option.name)
            }
        }
    }

    /// The options that may be given several times, each time adding a value (`--param` and
    /// `--set` once for each name or path). Any other option takes one value: giving it twice is a
    /// usage error naming both values, not "the last one wins". (`--each` is checked by the
    /// commands, since `timeline` takes several.)
    static let repeatable: Set<String> = ["data", "each", "param", "rule", "set", "status"]

    /// The usage error for an option (`--today`, `--param NAME`) given two values.
    static func givenTwice(_ option: String, _ first: String, _ second: String, give: String) -> UsageError {
        UsageError("`\(option)` is given more than once, as `\(first)` and as `\(second)`; \(give)")
    }

    func values(_ name: String) -> [String] { values[name] ?? [] }

    /// The option's value (options not `repeatable` are given at most once).
    func value(_ name: String) -> String? { values[name]?.last }

    /// The `--format` asked for (text by default), one of `formats`; an unknown one is a usage
    /// error naming the closest and the formats `command` writes.
    func format(among formats: [String], command: String) throws(CommandFailure) -> String {
        let format = value("format") ?? "text"
        guard formats.contains(format) else {
            let suggestion = suggestion(for: format, among: formats)
            throw .usage(UsageError("unknown format `\(format)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "")
                                    + " (\(command) writes " + formats.joined(separator: ", ") + ")"))
        }
        return format
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that cannot run: wrong options, missing arguments, bad values. Exit status 2.
struct UsageError: Error {
    let message: String
    var notes: [String] = []

    init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
    }
}

/// "Did you mean …?" for option names and similar words.
func closest(to word: String, among candidates: [String]) -> String? {
    IGFRules.suggestion(for: word, among: candidates)
}
