/// A token as the diagnostic catalogue words it (`Found`, in `Diagnostics/DiagnosticFacts.swift`).
extension Token: TokenFacts {
    var found: Found { kind.found }

    static var declarationWords: [String] { Keyword.declarationStarts.map(\.rawValue) }
}

extension Token.Kind {
    /// What this token is, as a fact for the catalogue.
    var found: Found {
        switch self {
        case .identifier(let name): .name(name)
        case .keyword(let keyword): .reservedWord(keyword.rawValue, startsDeclaration: Keyword.declarationStarts.contains(keyword))
        case .number(let number): .number(number)
        case .text: .text
        case .date(let date): .date(date)
        case .dateTime(let dateTime): .dateTime(dateTime)
        case .duration(let duration): .duration(duration)
        case .symbol(let symbol): .symbol(symbol.rawValue)
        case .invalid: .invalid
        case .endOfFile: .endOfFile
        case .endOfInterpolation: .symbol("}")
        }
    }

    /// How a token is named in "expected …, found …" messages.
    var described: String { found.described }
}
