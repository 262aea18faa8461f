/// The facts about the language that the catalogue words, as values of this layer: the catalogue
/// knows no token, kind or function of the layers above it, only these. The lexer's tokens
/// (`Lexer/Token+Facts.swift`), the program's kinds and its built-in functions
/// (`Program/DataType+Facts.swift`) conform to them, so their callers pass them as they are.

/// What stood where something else was expected, as the parser saw it.
enum Found: Sendable, Equatable {
    case name(String)
    /// A reserved word; some start a declaration.
    case reservedWord(String, startsDeclaration: Bool)
    case number(Number)
    case text
    case date(CivilDate)
    case dateTime(DateTime)
    case duration(Duration)
    case symbol(String)
    /// Something already reported (a bad date, a stray character).
    case invalid
    case endOfFile
}

/// A token as the catalogue needs it: what it is and where.
protocol TokenFacts {
    var found: Found { get }
    var range: Range<Int> { get }
    /// The reserved words that start a declaration, for "a rule file is a list of declarations".
    static var declarationWords: [String] { get }
}

/// A kind of value as the catalogue needs it: its family, and (as its description) how the
/// language writes it ("list of text").
protocol KindFacts: CustomStringConvertible {
    var family: KindFamily { get }
}

/// The families of kinds, whatever a list holds or a record's fields are.
enum KindFamily: Sendable {
    case unknown, yesNo, text, number, date, dateTime, duration, list, record

    var isTemporal: Bool { self == .date || self == .dateTime }
}

/// A built-in function as the catalogue needs it: its name, how many arguments it takes and how
/// it is written (`count(list)`).
protocol FunctionFacts {
    var name: String { get }
    var arity: ClosedRange<Int> { get }
    var signature: String { get }
}
