import Foundation
import Testing

/// `swift test` runs the live rule library's own tests, exactly as `igfrules test rules/` does: a
/// MAG member's edit of `rules/` fails here only where the library's `.tests.rules` fail, with the
/// tool's own report of each unmet expectation.
@Suite struct LibraryTestsTests {
    @Test func theLiveLibrarysOwnTestsPass() {
        let run = CLI.run(["test", CLI.repository + "/rules"], environment: ["NO_COLOR": "1"])
        if run.status != 0 {
            Issue.record("the rule library's own tests do not pass; `igfrules test rules/` says:\n\(run.errors)\(run.output)")
        }
        #expect(run.output.hasSuffix(" 0 failed\n"))
    }
}
