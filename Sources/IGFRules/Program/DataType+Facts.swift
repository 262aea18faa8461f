/// The program's kinds and built-in functions as the diagnostic catalogue words them
/// (`Diagnostics/DiagnosticFacts.swift`).
extension DataType: KindFacts {
    var family: KindFamily {
        switch self {
        case .unknown: .unknown
        case .bool: .yesNo
        case .text: .text
        case .number: .number
        case .date: .date
        case .dateTime: .dateTime
        case .duration: .duration
        case .list: .list
        case .record: .record
        }
    }
}

extension Builtin: FunctionFacts {
    var name: String { rawValue }
}
