/// What one run reads, bound by the front door from what a person gave: the checked program,
/// today, the parameter values (defaults with overrides), the data bound to the program's data
/// names, and the file that gave each data name (to name it in warnings). Binding returns what
/// it has to say (`Notice`s) instead of printing it.
package struct RunInputs: Sendable {
    /// Something binding data has to say that does not stop the run.
    package enum Notice: Sendable, Equatable {
        /// Diagnostics of a data file (keys that are not data names).
        case diagnostics([Diagnostic])
        /// A warning sentence (a data name given by two files).
        case warning(String)

        package static func == (lhs: Notice, rhs: Notice) -> Bool {
            switch (lhs, rhs) {
            case (.warning(let a), .warning(let b)): a == b
            case (.diagnostics(let a), .diagnostics(let b)): a.map(\.message) == b.map(\.message)
            default: false
            }
        }
    }

    package let program: Program
    package let today: CivilDate
    package var parameters: [Value]
    package var bindings: DataBindings
    /// The data file that gave each data name.
    package private(set) var dataFiles: [String: String] = [:]
    /// The data names given a file of their own (`--data NAME=FILE`), not a key of a file's object.
    package private(set) var wholeFileNames: Set<String> = []

    /// The program's default parameter values and no data.
    package init(program: Program, today: CivilDate) {
        self.program = program
        self.today = today
        parameters = program.parameters.map(\.defaultValue)
        bindings = DataBindings(program: program)
    }

    /// Overrides parameters (`NAME=VALUE` each, the value written as in a rule file).
    package mutating func override(_ arguments: [String], option: String = "--param") throws(SetupProblem) {
        parameters = try Workspace.parameterValues(arguments, program: program, option: option)
    }

    /// Binds one data argument: `FILE` (a JSON object whose keys are data names) or
    /// `NAME=FILE` (the whole file as that name). Returns what there is to say: the file's
    /// warnings, and a warning when a data name is given again by another file (the later one
    /// wins, which is rarely what was meant).
    package mutating func bind(_ argument: String) throws(SetupProblem) -> [Notice] {
        let (names, warnings) = try Workspace.bind(argument, into: &bindings)
        var notices: [Notice] = warnings.isEmpty ? [] : [.diagnostics(warnings)]
        let split = Workspace.splitBinding(argument)
        let file = split?.1 ?? argument
        for name in names {
            if let earlier = dataFiles[name] {
                notices.append(.warning("`\(name)` is given twice, by \(earlier) and by \(file); only the one from \(file) is used. "
                                        + "To check several records, put them in one JSON Lines file (or a JSON array) and give --each \(name)=FILE"))
            }
            dataFiles[name] = file
            if split != nil { wholeFileNames.insert(name) } else { wholeFileNames.remove(name) }
        }
        return notices
    }

    /// `NAME=FILE` of an option that reads records (`--each`): the data name and the file.
    package func records(_ argument: String, example: String = "report=reports.jsonl") throws(SetupProblem) -> (name: String, path: String) {
        try Workspace.records(argument, program: program, example: example)
    }

    /// A runner of the rules with these parameters and today.
    package var runner: RuleRunner {
        RuleRunner(program: program, parameters: parameters, today: today)
    }

    /// A runner of the rules with their own parameter values and today: a what-if's baseline.
    package var baselineRunner: RuleRunner {
        RuleRunner(program: program, today: today)
    }

    /// The results of the rules for the bound data, with `record` bound to `name` first (a
    /// record of a records file, at `position`), only for the subjects `only` when given. Each
    /// result carries its explanation trees and the obligations the evaluation met.
    package func check(record: Value? = nil, as name: String? = nil, position: Int = 1, only: Set<String>? = nil,
                       runner: RuleRunner? = nil) -> [SubjectResult] {
        var data = bindings
        if let record, let name { data.bind(name, to: record) }
        return (runner ?? self.runner).check(data: data.values, position: position, only: only)
    }
}
