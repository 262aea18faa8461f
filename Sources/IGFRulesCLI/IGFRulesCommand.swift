import IGFRules

/// The `igfrules` command line: picks the subcommand, runs it, and turns failures into messages
/// and exit statuses (0 all required rules pass, 1 some do not, 2 the command could not run).
public enum IGFRulesCommand {
    public static let version = "0.1.0"

    static let commands: [CommandEntry] = [
        CommandEntry(CheckCommand.self),
        CommandEntry(TestCommand.self),
        CommandEntry(ExplainCommand.self),
        CommandEntry(ListCommand.self),
        CommandEntry(CoverageCommand.self),
        CommandEntry(LintCommand.self),
        CommandEntry(FormatCommand.self),
        CommandEntry(ValidateCommand.self),
        CommandEntry(SchemaCommand.self),
        CommandEntry(ReplCommand.self),
        CommandEntry(DiffCommand.self),
        CommandEntry(ScoreCommand.self),
        CommandEntry(TimelineCommand.self),
        CommandEntry(LspCommand.self),
    ]

    public static func run(_ arguments: [String], console: Console) -> Int32 {
        defer { console.flush() }
        guard let first = arguments.first else {
            console.err(overview)
            return 2
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                console.out(command.help)
            } else {
                console.out(overview)
            }
            return 0
        case "--version":
            console.out("igfrules \(version)\n")
            return 0
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let names = commands.map(\.name)
            var message = first.hasPrefix("-") ? "expected a command before `\(first)`" : "unknown command `\(first)`"
            if let suggestion = suggestion(for: first, among: names) { message += "; did you mean `\(suggestion)`?" }
            console.err("Error: \(message)\nThe commands are: \(names.joined(separator: ", ")).\nSee 'igfrules --help'.\n")
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.help)
            return 0
        }
        do {
            return try command.run(rest, console)
        } catch let error as CommandFailure {
            switch error {
            case .usage(let usage):
                var text = "Error: \(usage.message)\n"
                for note in usage.notes { text += "  \(note)\n" }
                text += "Usage: \(command.usage)\nSee 'igfrules \(command.name) --help'.\n"
                console.err(text)
            case .reported:
                break
            }
            return 2
        } catch {
            console.err("Error: \(error)\n")
            return 2
        }
    }

    static var overview: String {
        var text = """
            OVERVIEW: Check IGF intersessional procedures, written as rules, against proposal and report data.

            USAGE: igfrules COMMAND [ARGUMENTS]

            COMMANDS:

            """
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands {
            text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n"
        }
        text += "\nSee 'igfrules COMMAND --help' for a command's options, and 'igfrules --version'.\n"
        return text
    }
}

/// A command's help and entry point, without the protocol's existential metatype (which the
/// 6.3 compiler cannot lower in a throwing context).
struct CommandEntry: Sendable {
    let name: String
    let summary: String
    let usage: String
    /// Worded only when asked for (`--help`): every command's entry is made at each start.
    private let wordHelp: @Sendable () -> String
    let run: @Sendable ([String], Console) throws -> Int32

    var help: String { wordHelp() }

    init<C: Command>(_ command: C.Type) {
        name = command.name
        summary = command.summary
        usage = command.usage
        wordHelp = { command.help }
        run = { arguments, console in
            let parsed: Arguments
            do {
                parsed = try Arguments(arguments, options: command.options)
            } catch let error as UsageError {
                throw CommandFailure.usage(error)
            }
            return try command.run(parsed, console: console)
        }
    }
}
