/// The reserved words of the language. Their raw values are their spelling. After a `.` (a field)
/// and in field positions of records and schemas, a keyword is an ordinary name, so data fields
/// such as `type`, `date` or `message` need no quoting.
package enum Keyword: String, CaseIterable, Sendable {
    // Declarations: each starts a new declaration; the parser resumes at one after an error.
    case ruleset, param, define, rule, data, type, include, test, clause, scoring
    // Clauses of declarations.
    case `for`, source, when, cite, require, message, recommended, required, quote, unchecked
    case given, from, each, expect, set, unset
    case eligible, criterion, weight
    // Expressions.
    case and, or, not, `in`, `is`, empty, missing, between, by
    case `if`, then, `else`, all, any, none, `where`, pending, until, today
    case `true`, `false`, yes, no

    /// Keywords that begin a top-level declaration.
    static let declarationStarts: Set<Keyword> = [.ruleset, .param, .define, .rule, .data, .type, .include, .test, .clause, .scoring]
}

extension Keyword {
    /// The keywords by the first byte of their spelling, each with its UTF-8 bytes.
    private static let byFirstByte: [[(keyword: Keyword, spelling: [UInt8])]] = {
        var table = [[(keyword: Keyword, spelling: [UInt8])]](repeating: [], count: 128)
        for keyword in Keyword.allCases {
            let spelling = Array(keyword.rawValue.utf8)
            table[Int(spelling[0])].append((keyword, spelling))
        }
        return table
    }()

    /// The keyword spelled by `bytes[range]` (a non-empty word), compared byte by byte: the lexer
    /// makes no `String` for a keyword.
    static func spelled(by bytes: [UInt8], _ range: Range<Int>) -> Keyword? {
        let first = Int(bytes[range.lowerBound])
        guard first < 128 else { return nil }
        for candidate in byFirstByte[first] where candidate.spelling.count == range.count {
            if candidate.spelling.elementsEqual(bytes[range]) { return candidate.keyword }
        }
        return nil
    }
}
