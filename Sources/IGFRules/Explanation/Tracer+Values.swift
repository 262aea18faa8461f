/// How a trace keeps the values of its nodes: whole, or cut short past `Tracer.valueEntriesKept` entries.
extension Tracer {
    /// The value as the trace keeps it: whole when it has at most `valueEntriesKept` entries.
    static func kept(_ value: Value) -> Value {
        switch value {
        case .list, .record:
            var budget = valueEntriesKept
            measure(value, budget: &budget)
            guard budget <= 0 else { return value }
            budget = valueEntriesKept
            return cut(value, budget: &budget)
        default:
            return value
        }
    }

    /// Spends `budget` as `cut` does, without building anything: it is left above zero when
    /// `cut` would keep the value whole.
    static func measure(_ value: Value, budget: inout Int) {
        budget -= 1
        switch value {
        case .list(let items):
            for item in items {
                guard budget > 0 else { return }
                measure(item, budget: &budget)
            }
        case .record(let record):
            for index in 0..<record.count where budget > 0 { measure(record.value(at: index), budget: &budget) }
        default:
            return
        }
    }

    private static func cut(_ value: Value, budget: inout Int) -> Value {
        budget -= 1
        switch value {
        case .list(let items):
            var kept: [Value] = []
            for item in items {
                guard budget > 0 else { break }
                kept.append(cut(item, budget: &budget))
            }
            // The budget only falls, so while it is left, nothing inside was cut.
            return budget > 0 ? value : .list(kept)
        case .record(let record):
            var kept: [(String, Value)] = []
            for (key, field) in record.fields {
                guard budget > 0 else { break }
                kept.append((key, cut(field, budget: &budget)))
            }
            return budget > 0 ? value : .record(Record(kept))
        default:
            return value
        }
    }
}
