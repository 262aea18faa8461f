@testable import IGFRules

/// Seeded random data shaped by a program's schema, with the mistakes real data has: fields left
/// out, nulls, blank texts, values of the wrong kind, impossible dates. For differential tests.
enum GeneratedData {
    /// A value for every data name with a declared shape, read as `DataBindings` reads data.
    static func values(for program: Program, _ random: inout SeededRandom) -> [Value] {
        var bindings = DataBindings(program: program)
        for name in program.dataNames where name.type != .unknown {
            if let value = value(of: name.type, &random, depth: 0) { bindings.bind(name.name, to: value) }
        }
        return bindings.values
    }

    static func pick<T>(_ choices: [T], _ random: inout SeededRandom) -> T {
        choices[Int(random.next() % UInt64(choices.count))]
    }

    static func chance(_ percent: UInt64, _ random: inout SeededRandom) -> Bool { random.next() % 100 < percent }

    /// A JSON value for `type`; nil to leave the field out.
    static func value(of type: DataType, _ random: inout SeededRandom, depth: Int) -> Value? {
        if depth > 0, chance(7, &random) { return nil }
        if chance(3, &random) { return .missing }
        if chance(3, &random) { return pick([.text("yes"), .number(.integer(3)), .text("2021-02-30"), .bool(true), .list([])], &random) }
        switch type {
        case .unknown, .text:
            return .text(pick(["", "  ", "bpf", "pn", "Gender", "A plan to reach out", "yes", "2021-02-23", "x"], &random))
        case .number: return .number(pick([.integer(0), .integer(1), .integer(3), .integer(12), .real(2.5)], &random))
        case .bool: return .bool(chance(60, &random))
        case .date: return .text(date(&random).description)
        case .dateTime: return .text("\(date(&random))T\(pick(["09:30:00Z", "23:00:00+02:00", "00:00:00Z"], &random))")
        case .duration: return .text(pick(["14 days", "2 weeks", "1 month", "12 hours"], &random))
        case .list(let element):
            guard depth < 4 else { return .list([]) }
            let count = Int(random.next() % 5)
            return .list((0..<count).compactMap { _ in value(of: element, &random, depth: depth + 1) ?? .missing })
        case .record(let shape):
            guard depth < 4 else { return .record(Record()) }
            var fields: [(String, Value)] = []
            for (name, field) in zip(shape.fieldNames, shape.fieldTypes) {
                if let value = value(of: field, &random, depth: depth + 1) { fields.append((name, value)) }
            }
            if chance(10, &random) { fields.reverse() }
            return .record(Record(fields))
        }
    }

    /// A date around the IGF calendars of 2020 and 2021.
    static func date(_ random: inout SeededRandom) -> CivilDate {
        CivilDate(daysSinceEpoch: 18_250 + Int(random.next() % 800))
    }
}
