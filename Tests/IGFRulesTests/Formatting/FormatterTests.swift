import Foundation
@testable import IGFRules
import Testing

@Suite struct FormatterTests {
    func format(_ text: String) -> String? {
        if case .success(let formatted) = Formatter.format(SourceFile(path: "f.rules", text: text)) { return formatted }
        return nil
    }

    func dump(_ text: String) -> String {
        Parser.parse(SourceFile(path: "d.rules", text: text)).0.dump
    }

    /// Formatting twice changes nothing, and the formatted file means the same as the original.
    func expectStable(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let once = format(text) else {
            Issue.record("did not parse:\n\(text)", sourceLocation: sourceLocation)
            return
        }
        #expect(format(once) == once, "not idempotent:\n\(once)", sourceLocation: sourceLocation)
        #expect(dump(once) == dump(text), "meaning changed:\n\(text)\n---\n\(once)", sourceLocation: sourceLocation)
        let comments = Parser.parse(SourceFile(path: "c", text: text)).0.comments.count
        #expect(Parser.parse(SourceFile(path: "c", text: once)).0.comments.count == comments, "a comment was lost:\n\(once)",
                sourceLocation: sourceLocation)
    }

    @Test func layoutIsCanonical() {
        let messy = """
            ruleset   bpf.x "X"   for proposal
                 when proposal.kind="bpf"
            param  n=2
            define s=proposal.submitted_by++proposal.seconded_by
            rule a "A"   recommended
            require count( f in proposal.facilitators where f.name is not empty )>=n
                 message   "{count(proposal.facilitators)} named"
            """
        #expect(format(messy) == """
            ruleset bpf.x "X" for proposal
              when proposal.kind = "bpf"
            param n = 2
            define s = proposal.submitted_by ++ proposal.seconded_by
            rule a "A" recommended
              require count(f in proposal.facilitators where f.name is not empty) >= n
              message "{count(proposal.facilitators)} named"

            """)
    }

    @Test func keepsEveryCommentAndBlankLineGroup() {
        let text = """
            # A header comment.

            # Another, after a blank line.
            ruleset r for proposal   # trailing on the header


            # Before a param (two blank lines above become one).
            param n = 2  # trailing on a param
            rule a "A"
              # before the require
              require proposal.title is not empty   # after the require
              # after the last clause
            # at the end
            """
        #expect(format(text) == """
            # A header comment.

            # Another, after a blank line.
            ruleset r for proposal  # trailing on the header

            # Before a param (two blank lines above become one).
            param n = 2  # trailing on a param
            rule a "A"
              # before the require
              require proposal.title is not empty  # after the require
              # after the last clause
            # at the end

            """)
        expectStable(text)
    }

    @Test func keepsACommentInsideAMultiLineExpression() {
        let text = "define x = [\n  1,  # one\n  2\n]\n"
        let formatted = format(text) ?? ""
        #expect(formatted.contains("# one"))
        expectStable(text)
    }

    /// Found by the formatter fuzzer: a comment between the pieces of a text, then one after it.
    @Test func keepsACommentThatFollowsCommentsMovedOutOfAText() {
        let text = "rule a \"A\"\n  cite \"one\"  # first\n       \"two\"  # second\n  require x\n"
        #expect(format(text) == "rule a \"A\"\n  cite \"one two\"\n  # first\n  # second\n  require x\n")
        expectStable(text)
    }

    @Test func breaksLongConditionsAtIfThenElse() {
        let text = "rule r \"R\"\n  require if activity.annual_meeting_session.date is missing then pending until calendar.annual_meeting.end else activity.annual_meeting_session.date is between calendar.annual_meeting.start and calendar.annual_meeting.end\n"
        #expect(format(text) == """
            rule r "R"
              require if activity.annual_meeting_session.date is missing
                      then pending until calendar.annual_meeting.end
                      else activity.annual_meeting_session.date is between calendar.annual_meeting.start and calendar.annual_meeting.end

            """)
        expectStable(text)
    }

    @Test func keepsHowLiteralsWereWritten() {
        #expect(format("param gap = 35   days\nparam t = true\nparam when_ = 2020-11-10T16:30+02:00\n")
            == "param gap = 35 days\nparam t = true\nparam when_ = 2020-11-10T16:30+02:00\n")
    }

    @Test func escapesTextsSoTheyReadBackTheSame() {
        expectStable(#"rule r "a \"quoted\" \{brace\}"  "and more"  required"# + "\n  cite x.y \"q\"\n  require 1 = 1\n  message \"tab\\there {1 + 1} \\\\ done\"\n")
    }

    @Test func refusesAFileThatDoesNotParse() {
        #expect(format("rule a \"A\"\n  require (x\n") == nil)
    }

    @Test func everyFileOfTheLibraryIsFormattedAndStable() throws {
        for path in RuleLoader.ruleFiles(under: Support.fixtures + "/rules") {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(format(text) == text, "\(path) is not formatted: run igfrules fmt \(path)")
            expectStable(text)
        }
    }

    @Test func generatedProgramsAreStable() {
        var generator = ProgramGenerator(seed: 20210223)
        var parsed = 0
        for _ in 0..<600 {
            let text = generator.program()
            guard format(text) != nil else { continue }  // random text need not parse; those that do must be stable
            parsed += 1
            expectStable(text)
        }
        #expect(parsed >= 150, "only \(parsed) generated programs parsed")
    }
}

/// Random rule files that parse: declarations with random expressions, comments, blank lines
/// and spacing, from a seeded generator so that failures can be replayed.
struct ProgramGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick<T>(_ options: [T]) -> T { options[next(options.count)] }

    mutating func space() -> String { pick([" ", " ", "  ", "\t"]) }

    mutating func comment() -> String { next(4) == 0 ? space() + "# " + pick(["note", "TODO: check", "“quoted”", "x = 1"]) : "" }

    mutating func expression(_ depth: Int = 0) -> String {
        if depth > 3 { return leaf() }
        switch next(16) {
        case 0: return expression(depth + 1) + space() + pick(["and", "or"]) + space() + expression(depth + 1)
        case 1: return "not " + expression(depth + 1)
        case 2: return expression(depth + 1) + pick([" = ", " != ", " < ", " <= ", ">", ">= ", " in "]) + expression(depth + 1)
        case 3: return expression(depth + 1) + pick([" + ", " - ", " * ", " / ", " ++ "]) + expression(depth + 1)
        case 4: return "(" + expression(depth + 1) + ")"
        case 5: return "count(x in " + path() + " where " + expression(depth + 1) + ")"
        case 6: return pick(["all", "any", "none"]) + " p in " + path() + (next(2) == 0 ? " where " + expression(depth + 1) : "") + ": " + expression(depth + 1)
        case 7: return "[" + (0..<next(4)).map { _ in expression(depth + 1) }.joined(separator: ", ") + "]"
        case 8: return "{a: " + expression(depth + 1) + ", b: " + leaf() + "}"
        case 9: return "if " + expression(depth + 1) + " then " + expression(depth + 1) + " else " + expression(depth + 1)
        case 10: return path() + pick([" is empty", " is not empty", " is missing", " is not missing"])
        case 11: return expression(depth + 1) + " is between " + leaf() + " and " + leaf()
        case 12: return path() + " by " + leaf()
        case 13: return pick(["pending", "pending until 2021-01-01"])
        case 14: return "[" + path() + " for q in " + path() + "]"
        default: return leaf()
        }
    }

    mutating func leaf() -> String {
        pick(["1", "2.5", "\"text\"", "\"a {b} c\"", "yes", "no", "true", "2021-02-23", "2020-11-10T14:30:00Z", "12 hours", "6  weeks",
              "missing", "today", path(), "-3", "min(1, 2)", "x[1]"])
    }

    mutating func path() -> String { pick(["proposal.title", "p.name", "x", "proposal.facilitators.name", "calendar.annual_meeting.start", "a.type.date"]) }

    mutating func program() -> String {
        var text = next(3) == 0 ? "# header\n\n" : ""
        for index in 0..<(1 + next(5)) {
            switch next(6) {
            case 0: text += "param p\(index) =\(space())" + leaf() + comment() + "\n"
            case 1: text += "define d\(index) = " + expression() + comment() + "\n"
            case 2: text += "ruleset r\(index).set \"Set\" for proposal" + comment() + "\n  when " + expression() + "\n"
            case 3: text += "data d\(index) { a: text, b: list of { c: date, d: yes/no } }\n"
            case 4: text += "test \"t\(index)\"\n  today 2021-03-01\n  set proposal.title = \"x\"\n  expect r.a pass\n"
            default:
                text += "rule a\(index) \"A\(index)\"" + pick(["", " recommended", " required"]) + comment() + "\n"
                if next(2) == 0 { text += "  cite m.iii.x \"words\"\n" }
                for _ in 0..<(1 + next(3)) { text += "  require " + expression() + comment() + "\n" }
                if next(2) == 0 { text += "  message \"{" + expression() + "} seen\"\n" }
            }
            if next(3) == 0 { text += "\n" }
        }
        return text
    }
}
