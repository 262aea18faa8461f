/// Binding data files to a program's data names, as the command line and the REPL give them.
extension Workspace {
    /// `NAME=rest` when NAME is a plain name; nil otherwise (a path that contains `=`).
    package static func splitBinding(_ argument: String) -> (String, String)? {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let name = String(argument[..<equals])
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
            name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        else { return nil }
        return (name, String(argument[argument.index(after: equals)...]))
    }

    /// A name that is not a data name of the program, with the closest one and all of them.
    package static func unknownDataName(_ name: String, program: Program) -> SetupProblem {
        let names = program.dataNames.map(\.name)
        var message = "`\(name)` is not a data name of these rules"
        if let suggestion = suggestion(for: name, among: names) { message += "; did you mean `\(suggestion)`?" }
        return .usage(message, notes: ["the data names are " + names.joined(separator: ", ")])
    }

    /// Binds one data argument (`FILE`, a JSON object by data name, or `NAME=FILE`), the file
    /// read at `resolve(path)`: the data names it gave, and the file's warnings (keys that are
    /// not data names).
    package static func bind(_ argument: String, into bindings: inout DataBindings,
                             resolve: (String) -> String = { $0 }) throws(SetupProblem) -> (names: [String], warnings: [Diagnostic]) {
        if let (name, path) = splitBinding(argument) {
            guard bindings.program.dataSlot(named: name) != nil else { throw unknownDataName(name, program: bindings.program) }
            switch DataFile.read(resolve(path)) {
            case .success(let value): bindings.bind(name, to: value)
            case .failure(let diagnostic): throw .diagnostics([diagnostic])
            }
            return ([name], [])
        }
        let value: Value
        switch DataFile.read(resolve(argument)) {
        case .success(let read): value = read
        case .failure(let diagnostic): throw .diagnostics([diagnostic])
        }
        switch bindings.bindObject(value, from: argument) {
        case .success(let warnings):
            guard case .record(let record) = value else { return ([], warnings) }
            return (record.keys.filter { bindings.program.dataSlot(named: $0) != nil }, warnings)
        case .failure(let diagnostic): throw .diagnostics([diagnostic])
        }
    }

    /// `NAME=FILE` of an option that reads records (`--each`): the data name and the file;
    /// `example` shows how to write it.
    package static func records(_ argument: String, program: Program, example: String = "report=reports.jsonl") throws(SetupProblem)
        -> (name: String, path: String) {
        guard let (name, path) = splitBinding(argument) else {
            throw .usage("`--each` needs NAME=FILE, such as --each \(example); found `\(argument)`")
        }
        guard program.dataSlot(named: name) != nil else { throw unknownDataName(name, program: program) }
        return (name, path)
    }
}
