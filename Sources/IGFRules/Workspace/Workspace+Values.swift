import Foundation

/// Values a person types for a run, read as rule files write them: parameter overrides, data
/// changes (`PATH=VALUE`), and today's date; the problems worded with how to write them.
extension Workspace {
    /// The parameter values: the defaults with `arguments` (`NAME=VALUE` each) put over them,
    /// each checked against its parameter's kind (`Program.overriding`). `option` names the
    /// option in messages (`--param`).
    package static func parameterValues(_ arguments: [String], program: Program, option: String = "--param") throws(SetupProblem) -> [Value] {
        var values = program.parameters.map(\.defaultValue)
        var given: [String: String] = [:]
        for argument in arguments {
            guard let (name, text) = splitBinding(argument) else {
                throw .usage("`\(option)` needs NAME=VALUE, such as \(option) min_open_meetings=4; found `\(argument)`")
            }
            if let first = given.updateValue(text, forKey: name) {
                throw .usage("`\(option) \(name)` is given more than once, as `\(first)` and as `\(text)`; give each parameter once")
            }
            let parameter: Parameter
            switch program.parameter(named: name) {
            case .success(let slot): parameter = program.parameters[slot]
            case .failure(let problem): throw .usage(problem.description, notes: problem.notes)
            }
            switch Checker.constantValue(SourceFile(path: "\(option) \(name)", text: text)) {
            case .success(let value):
                switch program.overriding(name, with: value) {
                case .success(let slot): values[slot] = value
                case .failure(let problem): throw .usage(problem.description, notes: quotingNotes(problem, name: name, option: option) + problem.notes)
                }
            case .failure(let problems):
                if let beyond = beyondLimits(problems) { throw .usage("\(beyond.message), for `\(option) \(name)`", notes: beyond.notes) }
                throw .usage("`\(text)` is not a value the rules can read, for `\(option) \(name)`",
                             notes: valueNotes(text, option: option, name: name, expected: parameter.defaultValue))
            }
        }
        return values
    }

    /// A value written well but beyond what the rules can hold (a number or a duration too large):
    /// said as such, rather than as a value that cannot be read.
    private static func beyondLimits(_ problems: DiagnosticList) -> Diagnostic? {
        problems.diagnostics.first { $0.code == "number-too-large" || $0.code == "duration-too-long" }
    }

    /// For a parameter given a text that would be of its kind without the quotes (`"4"`), how to
    /// write it.
    private static func quotingNotes(_ problem: ParameterProblem, name: String, option: String) -> [String] {
        guard case .wrongKind(let parameter, .text(let inner)) = problem,
            case .success(let unquoted) = Checker.constantValue(SourceFile(path: "", text: inner)), unquoted.fits(parameter.type)
        else { return [] }
        return ["write it without the double quotes: \(option) \"\(name)=\(inner)\""]
    }

    /// How to write a value on the command line, for a value that could not be read.
    package static func valueNotes(_ text: String, option: String, name: String, expected: Value? = nil) -> [String] {
        var notes = ["write it as in a rule file: 4, 2021-03-01, 2 days, yes, or a text in double quotes"]
        if let expected, expected.kindName != "text" {
            notes.insert("`\(name)` is \(article(expected)), such as its default \(expected.literal())", at: 0)
        } else if !text.hasPrefix("\""), text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            notes.insert("a text needs its double quotes, and the shell needs quotes around them: \(option) '\(name)=\"\(text)\"'", at: 0)
        }
        return notes
    }

    /// "a number", "an element", "a yes/no": a value's kind with its article.
    package static func article(_ value: Value) -> String {
        switch value.kindName {
        case "yes/no": "a yes/no"
        case "missing": "missing"
        default: (["a", "e", "i", "o", "u"].contains(value.kindName.prefix(1)) ? "an " : "a ") + value.kindName
        }
    }

    /// A data change `PATH=VALUE` (`proposal.submitted=2021-02-23`), as `option` gives it.
    package static func dataChange(_ argument: String, option: String = "--set") throws(SetupProblem) -> (DataPath, Value) {
        guard let equals = argument.firstIndex(of: "=") else {
            throw .usage("`\(option)` needs PATH=VALUE, such as \(option) calendar.annual_meeting.start=2021-12-13; found `\(argument)`")
        }
        let pathText = String(argument[..<equals])
        let valueText = String(argument[argument.index(after: equals)...])
        guard case (let expression?, _) = Parser.parseExpression(SourceFile(path: option, text: pathText)), let path = DataPath(expression) else {
            throw .usage("`\(option) \(pathText)=…`: the path must be a data name and fields, such as proposal.submitted or proposal.facilitators[1].name")
        }
        switch Checker.constantValue(SourceFile(path: "\(option) \(pathText)", text: valueText)) {
        case .success(let value): return (path, value)
        case .failure(let problems):
            if let beyond = beyondLimits(problems) { throw .usage("\(beyond.message), for `\(option) \(pathText)`", notes: beyond.notes) }
            throw .usage("`\(valueText)` is not a value the rules can read, for `\(option) \(pathText)`",
                         notes: valueNotes(valueText, option: option, name: pathText))
        }
    }

    /// The date `text` (YYYY-MM-DD) for `--today`; the system's date (in UTC) when nil.
    package static func today(_ text: String?, option: String = "--today") throws(SetupProblem) -> CivilDate {
        guard let text else { return systemToday() }
        if let date = CivilDate(parsing: text) { return date }
        let parts = text.split(separator: "-")
        if text.utf8.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
            throw .usage("`\(option) \(text)` is not a date: \(dateProblem(year, month, day))")
        }
        throw .usage("`\(option)` needs a date written YYYY-MM-DD, such as \(option) 2021-03-01; found `\(text)`")
    }

    /// Today in UTC, by the system's clock.
    package static func systemToday() -> CivilDate {
        CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    private static func dateProblem(_ year: Int, _ month: Int, _ day: Int) -> String {
        guard (1...9999).contains(year) else {
            return "the years go from 0001 to 9999, so there is no year \(String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year))"
        }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(names[month - 1]) \(year) has \(lengths[month - 1]) days"
    }
}
