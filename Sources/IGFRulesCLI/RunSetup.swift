import IGFRules

/// What `check`, `score`, `timeline`, `validate` and `diff` share, as an adapter from the
/// command line to the library's front door: the options, the rules loaded through
/// ``Workspace``, and the ``RunInputs`` it binds (today, `--param`, `--data`); this type only
/// reads the arguments, prints what the library has to say, and reads records files.
struct RunSetup {
    var inputs: RunInputs
    /// `--each NAME=FILE`: the data name each record is bound to, and the file.
    let each: (name: String, path: String)?

    var program: Program { inputs.program }
    var today: CivilDate { inputs.today }
    var parameters: [Value] { inputs.parameters }
    var bindings: DataBindings { inputs.bindings }
    /// The `--data` file that gave each data name, to name it in warnings.
    var dataFiles: [String: String] { inputs.dataFiles }

    static let dataOptions: [Arguments.Option] = [
        .init(name: "data", takesValue: true, valueName: "FILE|NAME=FILE", help: "data for the rules: a JSON object whose keys are data names, or NAME=FILE to bind the whole file to one name"),
        .init(name: "each", takesValue: true, valueName: "NAME=FILE", help: "check every record of FILE (JSON Lines or a JSON array) as NAME"),
        .init(name: "param", takesValue: true, valueName: "NAME=VALUE", help: "override a parameter, written as in a rule file: 4, 2021-03-01, 2 days (quote the whole argument for the shell: --param \"draft_grace=2 days\"); a text keeps its double quotes: --param 'name=\"text\"'"),
        .init(name: "today", takesValue: true, valueName: "YYYY-MM-DD", help: "the date to check as of (default: the system's date, in UTC)"),
    ]

    /// Warns, on standard error, about what is wrong or doubtful in the `--data` files (each named
    /// by its file, line and column): malformed values, fields that look misspelt (with `strict`,
    /// every unknown field; none with `unknownFields` false), periods that end before they start and
    /// past events dated after today. Said once, before any record of a batch.
    func warnAboutDataFiles(strict: Bool = false, unknownFields: Bool = true, console: Console) {
        let places = FindingPlaces(self)
        let findings = bindings.findings(strict: strict).filter { unknownFields || $0.kind != .unknownField }
        CheckCommand.report(findings + bindings.futureDates(today: today), places: places, console: console)
    }

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
        var inputs = RunInputs(program: program, today: today)
        let parameterArguments = arguments.values("param").filter { argument in
            !parametersMayBeMissing || Workspace.splitBinding(argument).map { program.parameterSlot(named: $0.0) != nil } ?? true
        }
        try adapt(console: console) { () throws(SetupProblem) in try inputs.override(parameterArguments) }
        for argument in arguments.values("data") {
            let notices = try adapt(console: console) { () throws(SetupProblem) in try inputs.bind(argument) }
            print(notices, console: console)
        }
        let each = try arguments.value("each").map { argument throws(CommandFailure) in
            try adapt(console: console) { () throws(SetupProblem) in try inputs.records(argument) }
        }
        for (name, records) in arguments.values("each").compactMap(Workspace.splitBinding) {
            guard let file = inputs.dataFiles[name] else { continue }
            console.err("warning: `\(name)` is given by --data \(file) and by --each \(records); the records of \(records) are checked "
                        + "and the one from \(file) is not used\n")
        }
        return RunSetup(inputs: inputs, each: each)
    }

    /// Runs a step of the front door, turning its problem into the command's failure (diagnostics
    /// printed, a usage error to print with the usage).
    static func adapt<T>(console: Console? = nil, _ body: () throws(SetupProblem) -> T) throws(CommandFailure) -> T {
        do throws(SetupProblem) {
            return try body()
        } catch {
            throw failure(error, console: console)
        }
    }

    /// A setup problem as the command's failure; diagnostics are printed on `console` first.
    static func failure(_ problem: SetupProblem, console: Console?) -> CommandFailure {
        switch problem {
        case .usage: return .usage(usageError(problem))
        case .diagnostics(let diagnostics):
            console?.report(diagnostics)
            return .reported
        }
    }

    /// Prints what binding data had to say, on the error stream.
    static func print(_ notices: [RunInputs.Notice], console: Console) {
        for notice in notices {
            switch notice {
            case .diagnostics(let diagnostics): console.report(diagnostics)
            case .warning(let text): console.err("warning: \(text)\n")
            }
        }
    }

    /// A command that reads the records of one file refuses a second `--each`.
    static func oneEach(_ arguments: Arguments) throws(CommandFailure) {
        let eachArguments = arguments.values("each")
        guard eachArguments.count > 1 else { return }
        throw .usage(UsageError("`--each` is given \(eachArguments.count) times; this command reads the records of one file",
                                notes: ["to check the records of several files, join them first: cat a.jsonl b.jsonl > all.jsonl",
                                        "`igfrules timeline` takes several --each, to show a whole year at once"]))
    }

    /// An `--each` file with no records in it: a mistake (an export that wrote nothing), refused
    /// by every command that checks records rather than read as data that asks for nothing.
    static func noRecords(in path: String) -> CommandFailure {
        .usage(UsageError("the records file \(path) holds no records"))
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

    /// `--today`, read by the front door.
    static func parseToday(_ text: String?) throws(CommandFailure) -> CivilDate {
        try adapt { () throws(SetupProblem) in try Workspace.today(text) }
    }

    static func unknownDataName(_ name: String, program: Program) -> UsageError {
        usageError(Workspace.unknownDataName(name, program: program))
    }

    /// A problem's message and notes as a usage error.
    static func usageError(_ problem: SetupProblem) -> UsageError {
        switch problem {
        case .usage(let message, let notes): UsageError(message, notes: notes)
        case .diagnostics(let diagnostics): UsageError(problem.message, notes: diagnostics.first?.notes ?? [])
        }
    }
}

/// Why a command stopped: a usage error to print with the command's usage, or problems already
/// reported (exit status 2 either way).
enum CommandFailure: Error {
    case usage(UsageError)
    case reported
}
