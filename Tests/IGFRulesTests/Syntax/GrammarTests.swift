import Foundation
@testable import IGFRules
import Testing

/// Keeps `grammar/igfrules.ebnf` true to the parser.
@Suite struct GrammarTests {
    static let grammar = (try? String(contentsOfFile: Support.root + "/grammar/igfrules.ebnf", encoding: .utf8)) ?? ""

    /// The text between each "example:" line and the next "end example" line.
    static var examples: [String] {
        var found: [String] = []
        var current: [Substring]?
        for line in grammar.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "example:" {
                current = []
            } else if line == "end example" {
                if let current { found.append(current.joined(separator: "\n")) }
                current = nil
            } else {
                current?.append(line)
            }
        }
        return found
    }

    /// Words the grammar quotes that are read in context (kinds, units) rather than reserved.
    static let contextualWords: Set<String> = [
        "text", "number", "date", "time", "duration", "any", "list", "of",
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "T", "Z", "A", "Z", "a", "z", "n", "t",
        "met",  // `message when met "…"`: a word only there, not a keyword (a definition may be named `met`)
    ]

    @Test func hasExamples() {
        #expect(GrammarTests.examples.count >= 3)
    }

    @Test func everyExampleParses() {
        for example in GrammarTests.examples {
            let (_, diagnostics) = Parser.parse(SourceFile(path: "grammar example", text: example))
            #expect(diagnostics.isEmpty, "\(DiagnosticRenderer().render(diagnostics))")
        }
    }

    @Test func quotesExactlyTheKeywordsTheLexerKnows() throws {
        let quoted = try Regex(#""([A-Za-z]+)""#)
        var words: Set<String> = []
        let rules = GrammarTests.grammar.components(separatedBy: "examples\n").first ?? ""
        for match in rules.matches(of: quoted) {
            if let word = match.output[1].substring { words.insert(String(word)) }
        }
        let keywords = Set(Keyword.allCases.map(\.rawValue))
        #expect(keywords.subtracting(words).isEmpty, "keywords missing from the grammar: \(keywords.subtracting(words).sorted())")
        let unknown = words.subtracting(keywords).subtracting(GrammarTests.contextualWords)
        #expect(unknown.isEmpty, "words in the grammar that the lexer does not know: \(unknown.sorted())")
    }

    @Test func listsEveryDurationUnitTheLexerKnows() {
        for unit in Duration.units.keys {
            #expect(GrammarTests.grammar.contains("\"\(unit)\""), "unit \(unit) missing from the grammar")
        }
    }
}
