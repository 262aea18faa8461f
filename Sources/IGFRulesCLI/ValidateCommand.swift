import IGFRules

/// `igfrules validate RULES… --data …`: check data against the schema alone, without the rules:
/// every value of the wrong kind, every field the schema does not know and every period that ends
/// before it starts, with its path.
enum ValidateCommand: Command {
    static let name = "validate"
    static let summary = "Check data files against the schema alone: every malformed value, unknown field and reversed period, with its place."
    static let usage = "igfrules validate RULES... --data FILE|NAME=FILE... [--each NAME=FILE]"
    static let options: [Arguments.Option] = [
        .init(name: "data", takesValue: true, valueName: "FILE|NAME=FILE", help: "a data file (keys are data names), or one data name's file"),
        .init(name: "each", takesValue: true, valueName: "NAME=FILE", help: "every record of a JSON Lines file (or a JSON array) as NAME"),
    ]
    static let discussion = """
        The schema is the rules' `data` and `type` declarations (rules/schema.rules). No rule is
        run: this is the list a person fixing a data file, or building a form, wants.

        EXIT STATUS:
          0  the data has no problem
          1  some value is malformed, some field is unknown, or some period ends before it starts
          2  the command could not run (a file that is not JSON, bad usage)
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.values("data").isEmpty || arguments.value("each") != nil else {
            throw CommandFailure.usage(UsageError("give the data to validate with --data FILE (or --each NAME=FILE)"))
        }
        let setup = try RunSetup.prepare(arguments, rulePaths: arguments.positionals, console: console)
        var problems = 0
        func show(_ findings: [DataValidation.Finding], _ place: String) {
            for finding in findings { console.out("\(place): \(finding)\n") }
            problems += findings.count
        }
        let places = FindingPlaces(setup)
        for finding in setup.bindings.findings(strict: true) { show([finding], places.place(of: finding)) }
        var records = 0
        if let (name, path) = setup.each, let slot = setup.program.dataSlot(named: name) {
            let (read, unreadable) = try RunSetup.forEachRecord(in: path, console: console) { value, position in
                let conformed = setup.bindings.conformed(value, slot: slot)
                show(DataValidation.findings(in: conformed, type: setup.program.dataNames[slot].type, name: name, strict: true),
                     "\(path), record \(position)")
            }
            records = read
            if unreadable > 0 { return 2 }
            // "No problems found" would pass an export that wrote nothing.
            guard read > 0 else { throw RunSetup.noRecords(in: path) }
        }
        let counted = records > 0 ? " in \(records) record\(records == 1 ? "" : "s")" : ""
        console.out(problems == 0 ? "no problems found\(counted)\n" : "\(problems) problem\(problems == 1 ? "" : "s") found\(counted)\n")
        return problems == 0 ? 0 : 1
    }
}
