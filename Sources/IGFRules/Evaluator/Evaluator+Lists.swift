/// Quantifiers (`all`, `any`, `none`) and comprehensions (`[x in list where …]`, `count(x in list where …)`).
extension Evaluator {
    /// The elements of a list to iterate over. A missing list is an empty list (the catalogue's
    /// ruling): `all` over it holds, `any` does not, a comprehension over it is `[]`.
    func items(_ value: Value, _ code: Code, role: @autoclosure () -> String) throws(EvaluationError) -> [Value] {
        switch value {
        case .list(let items): return items
        case .missing: return []
        case .malformed(let problem): throw .malformed(problem, at: code.range)
        default: throw EvaluationError("\(role()) needs a list, found \(value.kindName) \(value.literal())", at: code.range)
        }
    }

    func bindLocal(_ slot: Int, _ value: Value) {
        if slot >= locals.count { locals.append(contentsOf: repeatElement(.missing, count: slot + 1 - locals.count)) }
        locals[slot] = value
    }

    /// `all x in list where c: body` holds when every element that meets `c` meets `body`;
    /// `any` when some element meets both; `none` when no element does. `where` keeps the
    /// elements whose condition is yes, as in a comprehension: an element whose condition cannot
    /// be decided (missing data) is left out. A missing (`null`) entry is no entry, as for
    /// `count`: it is skipped, keeping the positions of the others. Over an empty or missing list
    /// `all` and `none` hold and `any` does not.
    func quantify(_ quantifier: Quantifier, slot: Int, list: Code, filter: Code?, body: Code,
                           range: Range<Int>) throws(EvaluationError) -> Value {
        let elements = try items(try evaluate(list), list, role: "`\(quantifier.rawValue)`")
        var result: Truth = quantifier == .all ? .yes : .no
        var due: Value?
        // While obligations are recorded (for the timeline), an element that cannot be evaluated
        // does not hide the others: they are still looked at, then the first error is thrown.
        var firstError: EvaluationError?
        for (index, element) in elements.enumerated() where !element.isMissing {
            let judged: (outcome: Truth, due: Value?)?
            do {
                judged = try judge(element, at: index, of: elements.count, slot: slot, list: list, filter: filter, body: body)
            } catch {
                guard recorder != nil else { throw error }
                firstError = firstError ?? error
                continue
            }
            guard let judged else { continue }
            due = earlierDue(due, judged.due)
            // Every element is looked at (no stopping at the first answer), so that malformed data
            // anywhere in the list makes the rule an error whatever the order of the list.
            result = quantifier == .all ? result.and(judged.outcome) : result.or(judged.outcome)
        }
        if let firstError { throw firstError }
        if quantifier == .none { result = result.negated }
        return Value(result, due: due)
    }

    /// One element of a quantifier: nil when `where` leaves it out, else the body's truth and due.
    private func judge(_ element: Value, at index: Int, of count: Int, slot: Int, list: Code, filter: Code?,
                       body: Code) throws(EvaluationError) -> (outcome: Truth, due: Value?)? {
        bindLocal(slot, element)
        observer?.beginElement()
        var condition = Truth.yes
        if let filter {
            recorder?.suspend()
            defer { recorder?.resume() }
            let value = try evaluate(filter)
            condition = try truth(value, filter)
        }
        if condition == .no || condition == .unknown {
            observer?.endElement(index: index, of: count, value: element, outcome: nil)
            return nil
        }
        recorder?.enter(list: list.range, index: index, element: element)
        defer { recorder?.leave() }
        let value = try evaluate(body)
        let outcome = try truth(value, body)
        observer?.endElement(index: index, of: count, value: element, outcome: outcome)
        return (outcome, value.due)
    }

    /// `[x in list where c]` keeps the elements whose `c` is yes; `[e for x in list …]` maps them.
    /// Missing (`null`) entries are skipped, as in `quantify`.
    func comprehend(slot: Int, list: Code, filter: Code?, map: Code?, range: Range<Int>) throws(EvaluationError) -> Value {
        let elements = try items(try evaluate(list), list, role: map == nil ? "`where`" : "`for`")
        var kept: [Value] = []
        kept.reserveCapacity(elements.count)
        recorder?.suspend()
        defer { recorder?.resume() }
        for (index, element) in elements.enumerated() where !element.isMissing {
            bindLocal(slot, element)
            observer?.beginElement()
            if let filter {
                let value = try evaluate(filter)
                guard try truth(value, filter) == .yes else {
                    observer?.endElement(index: index, of: elements.count, value: element, outcome: nil)
                    continue
                }
            }
            kept.append(map == nil ? element : try evaluate(map!))
            observer?.endElement(index: index, of: elements.count, value: element, outcome: .yes)
        }
        return .list(kept)
    }
}
