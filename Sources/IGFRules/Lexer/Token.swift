/// One token of a rule file, with the byte range it was read from.
package struct Token: Sendable {
    package enum Kind: Sendable, Equatable {
        case identifier(String)
        case keyword(Keyword)
        case number(Number)
        case text(TextLiteral)
        case date(CivilDate)
        case dateTime(DateTime)
        case duration(Duration)
        case symbol(Symbol)
        /// Something the lexer already reported (a bad date, a stray character); the parser
        /// treats it as a placeholder and reports nothing more about it.
        case invalid
        case endOfFile
        /// The `}` that closes a `{…}` inside a text: where the tokens of an interpolation end.
        case endOfInterpolation
    }

    package let kind: Kind
    package let range: Range<Int>
    /// Whether a line break separates this token from the one before.
    package let startsLine: Bool
}

/// Punctuation and operators; raw values are their spelling. `≤ ≥ ≠` are read as `<= >= !=`.
package enum Symbol: String, Sendable, CaseIterable {
    case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}", comma = ",", colon = ":", dot = "."
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", star = "*", slash = "/", concat = "++"
}

/// A quoted text: literal pieces and `{…}` interpolations (kept as byte ranges of the source,
/// which the parser reads as expressions).
package struct TextLiteral: Sendable, Equatable {
    package enum Part: Sendable, Equatable {
        case literal(String)
        case interpolation(Range<Int>)
    }
    package var parts: [Part]

    /// How a character is written inside "…" when it cannot stand for itself (the lexer's escapes).
    package static func escape(_ character: Character) -> String? {
        TextEscape.escape(character)
    }

    /// The text when it has no interpolations.
    package var plainText: String? {
        var text = ""
        for part in parts {
            guard case .literal(let piece) = part else { return nil }
            text += piece
        }
        return text
    }
}
