@testable import IGFRulesCLI
import Testing

/// Every command answers `--help` (and `igfrules help COMMAND`) with its overview, usage and
/// options, and exits 0; a command added to the list is covered without a new test.
@Suite struct HelpTests {
    @Test(arguments: IGFRulesCommand.commands.map(\.name))
    func everyCommandDescribesItself(_ name: String) {
        for arguments in [[name, "--help"], [name, "-h"], ["help", name]] {
            let run = CLI.run(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.errors.isEmpty, "\(arguments): \(run.errors)")
            #expect(run.output.hasPrefix("OVERVIEW: "), "\(arguments)")
            #expect(run.output.contains("\nUSAGE: igfrules \(name)"), "\(arguments)")
            #expect(run.output.contains("\nOPTIONS:\n"), "\(arguments)")
            #expect(run.output.contains("--help"), "\(arguments)")
        }
    }

    @Test func theOverviewListsEveryCommand() {
        let run = CLI.run(["--help"])
        #expect(run.status == 0)
        for command in IGFRulesCommand.commands {
            #expect(run.output.contains("\n  \(command.name) "), "\(command.name)")
        }
    }
}
