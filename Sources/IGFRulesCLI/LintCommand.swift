import IGFRules

/// `igfrules lint RULES…`: check rule files without data, and report likely mistakes.
enum LintCommand: Command {
    static let name = "lint"
    static let summary = "Check rule files without data: syntax, names, kinds, and likely mistakes. Changes nothing."
    static let usage = "igfrules lint RULES... [--format text|json] [--warnings-as-errors]"
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, valueName: "text|json",
              help: "text (default, on standard error) or json (on standard output, for tools: ids, ranges, notes, fixes)"),
        .init(name: "warnings-as-errors", takesValue: false, valueName: "", help: "exit with 1 when there are warnings"),
    ]
    static let discussion = """
        Errors: anything `check` would refuse (syntax, unknown names and fields, kinds that do not fit,
        unknown clause ids), and tests that expect outcomes of rules that do not exist.
        Warnings: unused parameters and definitions, rules that cite no clause, rules that can never
        fail, rules with the same title.

        EXIT STATUS:
          0  no errors (and no warnings, with --warnings-as-errors)
          1  warnings only, with --warnings-as-errors
          2  errors
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("give at least one rule file or folder (for example rules/)"))
        }
        let format = try arguments.format(among: ["text", "json"], command: "lint")
        // The files read are counted whether or not they check, so that JSON's `files` is always a number.
        let (files, all) = Workspace.lint(paths: arguments.positionals)
        let errors = all.count { $0.severity == .error }
        let warnings = all.count { $0.severity == .warning }
        if format == "json" {
            console.out(DiagnosticJSON.render(all, filesChecked: files))
            return errors > 0 ? 2 : warnings > 0 && arguments.flag("warnings-as-errors") ? 1 : 0
        }
        console.report(all)
        console.err("\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        if errors > 0 { return 2 }
        return warnings > 0 && arguments.flag("warnings-as-errors") ? 1 : 0
    }
}
