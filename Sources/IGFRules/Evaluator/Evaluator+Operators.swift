/// Fields, comparisons, arithmetic and the date rules.
///
/// Missing data: a comparison, an arithmetic operation or a field of a missing value is missing
/// (an unknown truth), so a rule that needs the value cannot pass. Malformed data is an error.
extension Evaluator {
    /// The field `name` of a record (`hint`: where it is expected, see `Record.value(of:hint:)`).
    func field(_ name: String, hint: Int = 0, of base: Value, at range: Range<Int>) throws(EvaluationError) -> Value {
        switch base {
        case .record(let record):
            return record.value(of: name, hint: hint)
        case .missing:
            return .missing
        case .list(let items):
            return try field(name, hint: hint, ofEach: items, at: range)
        case .malformed(let problem):
            throw .malformed(problem, at: range)
        default:
            throw EvaluationError("\(base.kindName) \(base.literal()) has no field `\(name)`", at: range)
        }
    }

    /// A path through a list: the field of each element. Where that field is itself a list, its
    /// entries are joined in (`output.sections.covers` is every section's covers). Costs a step
    /// per element, once per list and field for a subject: the result is kept for the next time.
    private func field(_ name: String, hint: Int, ofEach items: [Value], at range: Range<Int>) throws(EvaluationError) -> Value {
        let key = EvaluationCaches.FieldKey(list: .init(items), name: name)
        if let cached = caches.fields[key] { return cached.result }
        try charge(items.count, at: range)
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items {
            let value = try field(name, hint: hint, of: item, at: range)
            if case .list(let inner) = value, case .record = item {
                try Evaluator.checkLength(values.count + inner.count, at: range)
                try charge(inner.count, at: range)
                values.append(contentsOf: inner)
            } else {
                values.append(value)
            }
        }
        let result = Value.list(values)
        if caches.fields.count >= EvaluationCaches.maximumEntries { caches.fields.removeAll() }
        caches.fields[key] = (items, result)
        return result
    }

    func element(of base: Value, at position: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        let items: [Value]
        switch base {
        case .list(let list): items = list
        case .missing: return .missing
        case .malformed(let problem): throw .malformed(problem, at: range)
        default: throw EvaluationError("\(base.kindName) \(base.literal()) is not a list, so it has no positions", at: range)
        }
        switch position {
        case .number(.integer(let index)):
            return index >= 1 && index <= items.count ? items[index - 1] : .missing
        case .missing:
            return .missing
        case .malformed(let problem):
            throw .malformed(problem, at: range)
        default:
            throw EvaluationError("a position in a list is a whole number from 1, not \(position.literal())", at: range)
        }
    }

    func negate(_ value: Value, at range: Range<Int>) throws(EvaluationError) -> Value {
        switch value {
        case .number(let number): return .number(number.negated)
        case .duration(let duration):
            guard let opposite = duration.negated else { throw .outOfRange("-(\(duration))", at: range) }
            return .duration(opposite)
        case .missing: return .missing
        case .malformed(let problem): throw .malformed(problem, at: range)
        default: throw EvaluationError("cannot negate \(value.kindName) \(value.literal())", at: range)
        }
    }

    func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        try Evaluator.readable(a, range)
        try Evaluator.readable(b, range)
        if a.isMissing || b.isMissing { return .missing }
        if case .pending = a { return .missing }
        if case .pending = b { return .missing }
        switch op {
        case .equal, .notEqual:
            guard let same = a.equals(b) else {
                throw EvaluationError("cannot compare \(a.kindName) \(a.literal()) with \(b.kindName) \(b.literal())", at: range)
            }
            return .bool(op == .equal ? same : !same)
        default:
            guard let order = a.compare(b) else {
                if case .duration = a, case .duration = b {
                    throw EvaluationError("cannot compare \(a.literal()) with \(b.literal()): months differ in length, so a duration in months cannot be compared with one in days; compare dates instead, such as `x <= y + 1 month`", at: range)
                }
                throw EvaluationError("cannot order \(a.kindName) \(a.literal()) and \(b.kindName) \(b.literal())", at: range)
            }
            switch op {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        }
    }

    /// Malformed data cannot be read: reading it is an error naming its path.
    static func readable(_ value: Value, _ range: Range<Int>) throws(EvaluationError) {
        if case .malformed(let problem) = value { throw .malformed(problem, at: range) }
    }

    func arithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        try Evaluator.readable(a, range)
        try Evaluator.readable(b, range)
        if op == .concat { return try concatenate(a, b, range: range) }
        if a.isMissing || b.isMissing { return .missing }
        guard let x = OperatorTable.Kind(a), let y = OperatorTable.Kind(b), OperatorTable.result(op, x, y) != nil else {
            throw EvaluationError("cannot compute \(a.kindName) \(a.literal()) \(op.rawValue) \(b.kindName) \(b.literal())", at: range)
        }
        func outOfRange() -> EvaluationError { Evaluator.outsideYears(op, a, b, at: range) }
        switch (op, a, b) {
        case let (.add, .number(x), .number(y)): return .number(x.adding(y))
        case let (.subtract, .number(x), .number(y)): return .number(x.subtracting(y))
        case let (.multiply, .number(x), .number(y)): return .number(x.multiplying(y))
        case let (.divide, .number(x), .number(y)):
            guard let quotient = x.dividing(by: y) else { throw EvaluationError("division by zero", at: range) }
            return .number(quotient)
        case let (.add, .date(date), .duration(duration)), let (.add, .duration(duration), .date(date)):
            guard let result = Evaluator.add(duration, to: date) else { throw outOfRange() }
            return result
        case let (.subtract, .date(date), .duration(duration)):
            guard let opposite = duration.negated, let result = Evaluator.add(opposite, to: date) else { throw outOfRange() }
            return result
        case let (.add, .dateTime(instant), .duration(duration)), let (.add, .duration(duration), .dateTime(instant)):
            guard let result = Evaluator.add(duration, to: instant) else { throw outOfRange() }
            return .dateTime(result)
        case let (.subtract, .dateTime(instant), .duration(duration)):
            guard let opposite = duration.negated, let result = Evaluator.add(opposite, to: instant) else { throw outOfRange() }
            return .dateTime(result)
        case let (.subtract, .date(x), .date(y)):
            return .duration(Duration(milliseconds: (x.daysSinceEpoch - y.daysSinceEpoch) * DateTime.millisecondsPerDay, unit: "day"))
        case let (.subtract, .dateTime(x), .dateTime(y)):
            return .duration(Duration(milliseconds: x.millisecondsSinceEpoch - y.millisecondsSinceEpoch))
        case let (.subtract, .date(x), .dateTime(y)):
            return .duration(Duration(milliseconds: DateTime(startOf: x).millisecondsSinceEpoch - y.millisecondsSinceEpoch))
        case let (.subtract, .dateTime(x), .date(y)):
            return .duration(Duration(milliseconds: x.millisecondsSinceEpoch - DateTime(startOf: y).millisecondsSinceEpoch))
        case let (.add, .duration(x), .duration(y)):
            guard let sum = x.adding(y) else { throw .outOfRange("\(x) + \(y)", at: range) }
            return .duration(sum)
        case let (.subtract, .duration(x), .duration(y)):
            guard let difference = y.negated.flatMap(x.adding) else { throw .outOfRange("\(x) - \(y)", at: range) }
            return .duration(difference)
        case let (.multiply, .duration(duration), .number(factor)), let (.multiply, .number(factor), .duration(duration)):
            guard case .integer(let whole) = factor else {
                throw EvaluationError("a duration can only be multiplied by a whole number, not \(factor)", at: range)
            }
            guard let product = duration.scaled(by: whole) else { throw .outOfRange("\(duration) * \(whole)", at: range) }
            return .duration(product)
        case let (.divide, .duration(duration), .number(divisor)):
            guard case .integer(let whole) = divisor, let quotient = duration.divided(by: whole) else {
                throw EvaluationError(divisor.doubleValue == 0 ? "division by zero" : "\(duration) cannot be divided evenly by \(divisor)", at: range)
            }
            return .duration(quotient)
        default:
            throw EvaluationError("cannot compute \(a.kindName) \(a.literal()) \(op.rawValue) \(b.kindName) \(b.literal())", at: range)
        }
    }

    /// `a ++ b` joins two lists or two texts. A missing list joins as an empty list (a missing
    /// list is an empty list wherever its entries are gone through); two missing lists stay missing.
    private func concatenate(_ a: Value, _ b: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        switch (a, b) {
        case let (.list(x), .list(y)):
            try Evaluator.checkLength(x.count + y.count, at: range)
            try charge(x.count + y.count, at: range)
            return .list(x + y)
        case let (.text(x), .text(y)):
            try Evaluator.checkSize(x.utf8.count + y.utf8.count, at: range)
            try charge(textBytes: x.utf8.count + y.utf8.count, at: range)
            return .text(x + y)
        case (.missing, .missing): return .missing
        case (.missing, .list), (.list, .missing): return a.isMissing ? b : a
        case (.missing, .text), (.text, .missing): return .missing
        default:
            throw EvaluationError("cannot join \(a.kindName) \(a.literal()) with \(b.kindName) \(b.literal()) using ++", at: range)
        }
    }

    /// A date plus a duration: months first (clamped to the month's last day), then the exact
    /// part. A whole number of days gives a date; hours or minutes give a date-time from the
    /// start of the date's UTC day.
    static func add(_ duration: Duration, to date: CivilDate) -> Value? {
        guard let moved = date.adding(months: duration.months) else { return nil }
        let day = DateTime.millisecondsPerDay
        if duration.milliseconds % day == 0 {
            let result = moved.adding(days: duration.milliseconds / day)
            return result.isValidYear ? .date(result) : nil
        }
        return DateTime(startOf: moved).adding(milliseconds: duration.milliseconds).map(Value.dateTime)
    }

    static func add(_ duration: Duration, to instant: DateTime) -> DateTime? {
        instant.adding(months: duration.months)?.adding(milliseconds: duration.milliseconds)
    }

    func membership(_ item: Value, in collection: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        try Evaluator.readable(item, range)
        switch collection {
        case .missing:
            return .missing
        case .malformed(let problem):
            throw .malformed(problem, at: range)
        case .list(let items):
            if item.isMissing { return .missing }
            // Blank texts are not entries, so they never match: a blank name is among no one.
            return .bool(try contains(items, item, at: range))
        case .text(let text):
            if item.isMissing { return .missing }
            guard case .text(let part) = item else {
                throw EvaluationError("only a text can be found in a text, not \(item.kindName) \(item.literal())", at: range)
            }
            try charge(textBytes: text.utf8.count + part.utf8.count, at: range)
            return .bool(text.containsText(part))
        default:
            throw EvaluationError("`in` needs a list or a text, not \(collection.kindName) \(collection.literal())", at: range)
        }
    }

    /// Whether a list holds an entry equal to `item`. A short list is searched entry by entry (a
    /// step each); a longer one gets a hash table, built once per list for the subject (a step
    /// per entry) and then looked up in one step, so `x in list` inside `all` is not quadratic.
    /// Every entry is checked readable either way: malformed data anywhere is an error.
    private func contains(_ items: [Value], _ item: Value, at range: Range<Int>) throws(EvaluationError) -> Bool {
        guard items.count >= EvaluationCaches.indexThreshold else {
            try charge(items.count, at: range)
            var found = false
            for element in items {
                try Evaluator.readable(element, range)
                if element.isEntry, item.isEntry, element.equals(item) == true { found = true }
            }
            return found
        }
        let identity = EvaluationCaches.ListIdentity(items)
        if let index = caches.indexes[identity] { return item.isEntry && index.keys.contains(ValueKey(value: item)) }
        try charge(items.count, at: range)
        var keys = Set<ValueKey>(minimumCapacity: items.count)
        for element in items {
            try Evaluator.readable(element, range)
            if element.isEntry { keys.insert(ValueKey(value: element)) }
        }
        if caches.indexes.count >= EvaluationCaches.maximumEntries { caches.indexes.removeAll() }
        caches.indexes[identity] = (items, keys)
        return item.isEntry && keys.contains(ValueKey(value: item))
    }

    /// `done by due`: met when `done` is on or before `due`; when `done` is missing, pending until
    /// `due` has passed, then not met.
    func doneBy(_ done: Value, due: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        try Evaluator.readable(done, range)
        if done.isMissing { return try pendingUntil(due, range: range) }
        return try compare(.lessOrEqual, done, due, range: range)
    }

    /// Pending while `due` has not passed as of today, else not met. A due date passes at the end
    /// of its day; a due date-time has passed when its UTC date is before today.
    func pendingUntil(_ due: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        switch due {
        case .missing: return .missing
        case .malformed(let problem): throw .malformed(problem, at: range)
        case .date(let date): return date < today ? .no : .pending(due: due)
        case .dateTime(let instant): return instant.utcDate < today ? .no : .pending(due: due)
        default: throw EvaluationError("a due moment must be a date or a date-time, not \(due.kindName) \(due.literal())", at: range)
        }
    }

    func check(_ value: Value, _ check: Check, at range: Range<Int>) throws(EvaluationError) -> Value {
        try Evaluator.readable(value, range)
        // Whether a list is empty depends on its entries: a malformed one is read.
        if case .list(let items) = value {
            try charge(items.count, at: range)
            for item in items { try Evaluator.readable(item, range) }
        }
        switch check {
        case .empty: return .bool(value.isEmpty)
        case .notEmpty: return .bool(!value.isEmpty)
        case .missing: return .bool(value.isMissing)
        case .notMissing: return .bool(!value.isMissing)
        }
    }

    func between(_ value: Value, _ low: Value, _ high: Value, range: Range<Int>) throws(EvaluationError) -> Value {
        let above = try compare(.greaterOrEqual, value, low, range: range)
        let below = try compare(.lessOrEqual, value, high, range: range)
        func truth(_ value: Value) -> Truth { value.isMissing ? .unknown : (value.isTrue ? .yes : .no) }
        return Value(truth(above).and(truth(below)))
    }
}

extension Value {
    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }
}
