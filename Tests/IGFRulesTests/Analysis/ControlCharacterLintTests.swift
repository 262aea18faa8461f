@testable import IGFRules
import Testing

/// `lint` warns of raw control characters in a rule file (once a line, at the first), and text
/// reports show them visibly, as they do for data.
@Suite struct ControlCharacterLintTests {
    func lint(_ text: String) -> [Diagnostic] {
        let (program, diagnostics) = Support.program(text)
        guard let program else { return diagnostics }
        return Linter(program: program).run().filter { $0.code == "control-character" }
    }

    @Test func warnsOncePerLineAtTheFirstControlCharacter() {
        let found = lint("ruleset zz \"T\u{0}\u{1B}[31m\" for output\nrule a \"A \u{7} b\"\n  require output.sections is not empty\n")
        #expect(found.map(\.message) == ["this line holds a control character (U+0000) that a terminal would act on",
                                         "this line holds a control character (U+0007) that a terminal would act on"])
        #expect(found.map(\.location) == [SourceLocation(line: 1, column: 14), SourceLocation(line: 2, column: 11)])
    }

    @Test func aC1ControlIsOneButTabsAndAccentsAreNot() {
        #expect(lint("ruleset zz \"T\u{9B}x\" for output\nrule a \"Zoë\tb\"\n  require output.sections is not empty\n").count == 1)
        #expect(lint("ruleset zz \"Café\" for output\nrule a \"Zoë\tb\"\n  require output.sections is not empty\n").isEmpty)
    }
}
