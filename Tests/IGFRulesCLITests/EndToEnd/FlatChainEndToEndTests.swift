import Foundation
import Testing

/// A rule whose condition is a flat chain of 100,000 `and` (and one of `or`), through the built
/// executable: checked and formatted with no stack overflow and the outcomes as written.
@Suite struct FlatChainEndToEndTests {
    static func library(_ count: Int) -> String {
        let all = (0..<count).map { "proposal.year > \($0 % 7)" }.joined(separator: " and ")
        let any = (0..<count).map { "proposal.year = \($0 + 3000)" }.joined(separator: " or ")
        return """
            data proposal {
              id: text
              year: number
            }

            ruleset p "P" for proposal

            rule p.all "Every condition"
              require \(all)

            rule p.any "Some condition"
              require \(any) or proposal.year = 2021

            """
    }

    @Test func aRuleOfAHundredThousandConditionsIsCheckedAndFormatted() throws {
        let folder = try CLI.temporaryFolder()
        let rules = folder + "/chain.rules"
        try Data(Self.library(100_000).utf8).write(to: URL(fileURLWithPath: rules))
        let data = try CLI.file("year.json", #"{"proposal": {"id": "x", "year": 2021}}"#)
        let (check, signalled) = try CLI.execute(["check", rules, "--data", data])
        #expect(!signalled)
        #expect(check.status == 0, "\(check.errors.prefix(500))")
        #expect(check.output.contains("2 pass, 0 fail, 0 warn, 0 skip, 0 error"))
        let (format, formatSignalled) = try CLI.execute(["fmt", rules])
        #expect(!formatSignalled)
        #expect(format.status == 0, "\(format.errors.prefix(500))")
        let (again, _) = try CLI.execute(["fmt", "--check", rules])
        #expect(again.status == 0, "formatting a formatted file changes nothing")
    }
}
