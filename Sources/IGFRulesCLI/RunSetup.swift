import Foundation
import IGFRules

/// What `check`, `test`, `repl` and `diff` share: rules loaded and checked, today, parameter
/// values, and data read from `--data` and `--each`.
struct RunSetup {
    let program: Program
    let today: CivilDate
    let parameters: [Value]
    var bindings: DataBindings
    /// `--each NAME=FILE`: the data name each record is bound to, and the file.
    let each: (name: String, path: String)?
    /// The `--data` file that gave each data name, to name it in warnings.
    var dataFiles: [String: String] = [:]

    static let dataOptions: [Arguments.Option] = [
        .init(name: "data", takesValue: true, valueName: "FILE|NAME=FILE", help: "data for the rules: a JSON object whose keys are data names, or NAME=FILE to bind the whole file to one name"),
        .init(name: "each", takesValue: true, valueName: "NAME=FILE", help: "check every record of FILE (JSON Lines or a JSON array) as NAME"),
        .init(name: "param", takesValue: true, valueName: "NAME=VALUE", help: "override a parameter, written as in a rule file: 4, 2021-03-01, 2 days (quote the whole argument for the shell: --param \"draft_grace=2 days\"); a text keeps its double quotes: --param 'name=\"text\"'"),
        .init(name: "today", takesValue: true, valueName: "YYYY-MM-DD", help: "the date to check as of (default: the system's date, in UTC)"),
    ]

    /// Loads the rules named by `rulePaths`; prints diagnostics; nil when the rules cannot be used.
    static func loadProgram(_ rulePaths: [String], console: Console) -> Program? {
        let (program, diagnostics) = Workspace.check(paths: rulePaths)
        console.report(diagnostics)
        if program == nil {
            let errors = diagnostics.filter { $0.severity == .error }.count
            console.err("\(errors) error\(errors == 1 ? "" : "s") in the rules; nothing was checked.\n")
        }
        return program
    }

    /// `parametersMayBeMissing`: `--param` values for parameters these rules do not declare are
    /// left out (for `diff`, where only one side may have them). `severalEach`: the command reads
    /// several `--each` files itself (`timeline`); elsewhere a second `--each` is a usage error,
    /// since only one records file is read.
    static func prepare(_ arguments: Arguments, rulePaths: [String], console: Console,
                        parametersMayBeMissing: Bool = false, severalEach: Bool = false) throws(CommandFailure) -> RunSetup {
        guard !rulePaths.isEmpty else { throw .usage(UsageError("give at least one rule file or folder (for example rules/)")) }
        if !severalEach { try oneEach(arguments) }
        let today = try parseToday(arguments.value("today"))
        guard let program = loadProgram(rulePaths, console: console) else { throw .reported }
        let parameterArguments = arguments.values("param").filter { argument in
            !parametersMayBeMissing || splitBinding(argument).map { program.parameterSlot(named: $0.0) != nil } ?? true
        }
        let parameters = try parseParameters(parameterArguments, program: program, console: console)
        var bindings = DataBindings(program: program)
        var givenBy: [String: String] = [:]
        for argument in arguments.values("data") {
            let names = try bind(argument, into: &bindings, console: console)
            warnAboutRepeatedNames(names, from: argument, givenBy: &givenBy, console: console)
        }
        var each: (String, String)?
        if let argument = arguments.value("each") {
            guard let (name, path) = splitBinding(argument) else {
                throw .usage(UsageError("`--each` needs NAME=FILE, such as --each report=reports.jsonl; found `\(argument)`"))
            }
            guard program.dataSlot(named: name) != nil else { throw .usage(unknownDataName(name, program: program)) }
            each = (name, path)
        }
        return RunSetup(program: program, today: today, parameters: parameters, bindings: bindings, each: each, dataFiles: givenBy)
    }

    /// A command that reads the records of one file refuses a second `--each`.
    static func oneEach(_ arguments: Arguments) throws(CommandFailure) {
        let eachArguments = arguments.values("each")
        guard eachArguments.count > 1 else { return }
        throw .usage(UsageError("`--each` is given \(eachArguments.count) times; this command reads the records of one file",
                                notes: ["to check the records of several files, join them first: cat a.jsonl b.jsonl > all.jsonl",
                                        "`igfrules timeline` takes several --each, to show a whole year at once"]))
    }

    /// Calls `body` with each record of an `--each` file and its position (from 1), reporting the
    /// lines that are not JSON and going on; returns how many records were read and how many not.
    /// A file that cannot be read at all (missing, not records) is reported and stops the command.
    static func forEachRecord(in path: String, console: Console, _ body: (Value, Int) throws -> Void) throws -> (read: Int, unreadable: Int) {
        var stream = RecordStream(path: path)
        var read = 0
        var unreadable = 0
        while let record = stream.next() {
            switch record {
            case .failure(let diagnostic):
                console.report([diagnostic])
                if stream.fileFailed, read == 0 { throw CommandFailure.reported }
                unreadable += 1
            case .success(let value):
                read += 1
                try body(value, read)
            }
        }
        return (read, unreadable)
    }

    static func parseToday(_ text: String?) throws(CommandFailure) -> CivilDate {
        guard let text else { return systemToday() }
        if let date = CivilDate(parsing: text) { return date }
        let bytes = Array(text.utf8)
        if bytes.count == 10, let (year, month, day) = Self.fields(text) {
            throw .usage(UsageError("`--today \(text)` is not a date: \(Self.dateProblem(year, month, day))"))
        }
        throw .usage(UsageError("`--today` needs a date written YYYY-MM-DD, such as --today 2021-03-01; found `\(text)`"))
    }

    static func systemToday() -> CivilDate {
        CivilDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    private static func fields(_ text: String) -> (Int, Int, Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return (y, m, d)
    }

    private static func dateProblem(_ year: Int, _ month: Int, _ day: Int) -> String {
        guard (1...9999).contains(year) else { return "the years go from 0001 to 9999, so there is no year \(pad(year))" }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(names[month - 1]) \(year) has \(lengths[month - 1]) days"
    }

    /// `NAME=rest` when NAME is a plain name; nil otherwise (a path that contains `=`).
    static func splitBinding(_ argument: String) -> (String, String)? {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let name = String(argument[..<equals])
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        else { return nil }
        return (name, String(argument[argument.index(after: equals)...]))
    }

    private static func pad(_ year: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    }

    static func unknownDataName(_ name: String, program: Program) -> UsageError {
        let names = program.dataNames.map(\.name)
        var message = "`\(name)` is not a data name of these rules"
        if let suggestion = suggestion(for: name, among: names) { message += "; did you mean `\(suggestion)`?" }
        return UsageError(message, notes: ["the data names are " + names.joined(separator: ", ")])
    }

    /// Binds one `--data` argument; returns the data names it gave.
    @discardableResult
    static func bind(_ argument: String, into bindings: inout DataBindings, console: Console) throws(CommandFailure) -> [String] {
        if let (name, path) = splitBinding(argument) {
            guard bindings.program.dataSlot(named: name) != nil else { throw .usage(unknownDataName(name, program: bindings.program)) }
            switch DataFile.read(path) {
            case .success(let value): bindings.bind(name, to: value)
            case .failure(let diagnostic):
                console.report([diagnostic])
                throw .reported
            }
            return [name]
        }
        switch DataFile.read(argument) {
        case .success(let value):
            switch bindings.bindObject(value, from: argument) {
            case .success(let warnings):
                console.report(warnings)
                guard case .record(let record) = value else { return [] }
                return record.keys.filter { bindings.program.dataSlot(named: $0) != nil }
            case .failure(let diagnostic):
                console.report([diagnostic])
                throw .reported
            }
        case .failure(let diagnostic):
            console.report([diagnostic])
            throw .reported
        }
    }

    static func parseParameters(_ arguments: [String], program: Program, console: Console) throws(CommandFailure) -> [Value] {
        var values = program.parameters.map(\.defaultValue)
        var given: [String: String] = [:]
        for argument in arguments {
            guard let (name, text) = splitBinding(argument) else {
                throw .usage(UsageError("`--param` needs NAME=VALUE, such as --param min_open_meetings=4; found `\(argument)`"))
            }
            if let first = given.updateValue(text, forKey: name) {
                throw .usage(Arguments.givenTwice("--param \(name)", first, text, give: "give each parameter once"))
            }
            let parameter: Parameter
            switch program.parameter(named: name) {
            case .success(let slot): parameter = program.parameters[slot]
            case .failure(let problem): throw .usage(UsageError(problem.description, notes: problem.notes))
            }
            switch Checker.constantValue(SourceFile(path: "--param \(name)", text: text)) {
            case .success(let value):
                switch program.overriding(name, with: value) {
                case .success(let slot): values[slot] = value
                case .failure(let problem):
                    throw .usage(UsageError(problem.description, notes: quotingNotes(problem, name: name) + problem.notes))
                }
            case .failure:
                throw .usage(UsageError("`\(text)` is not a value the rules can read, for `--param \(name)`",
                                        notes: valueNotes(text, option: "--param", name: name, expected: parameter.defaultValue)))
            }
        }
        return values
    }

    /// For a parameter given a text that would be of its kind without the quotes (`"4"`), how to
    /// write it.
    private static func quotingNotes(_ problem: ParameterProblem, name: String) -> [String] {
        guard case .wrongKind(let parameter, .text(let inner)) = problem,
            case .success(let unquoted) = Checker.constantValue(SourceFile(path: "", text: inner)), unquoted.fits(parameter.type)
        else { return [] }
        return ["write it without the double quotes: --param \"\(name)=\(inner)\""]
    }

    /// How to write a value on the command line, for a value that could not be read.
    static func valueNotes(_ text: String, option: String, name: String, expected: Value? = nil) -> [String] {
        var notes = ["write it as in a rule file: 4, 2021-03-01, 2 days, yes, or a text in double quotes"]
        if let expected, expected.kindName != "text" {
            notes.insert("`\(name)` is \(article(expected)), such as its default \(expected.literal())", at: 0)
        } else if !text.hasPrefix("\""), text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            notes.insert("a text needs its double quotes, and the shell needs quotes around them: \(option) '\(name)=\"\(text)\"'", at: 0)
        }
        return notes
    }

    static func article(_ value: Value) -> String {
        switch value.kindName {
        case "yes/no": "a yes/no"
        case "missing": "missing"
        default: (["a", "e", "i", "o", "u"].contains(value.kindName.prefix(1)) ? "an " : "a ") + value.kindName
        }
    }
}

/// Why a command stopped: a usage error to print with the command's usage, or problems already
/// reported (exit status 2 either way).
enum CommandFailure: Error {
    case usage(UsageError)
    case reported
}
