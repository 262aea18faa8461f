/// A dated obligation met while a rule was evaluated: `done by due`, `pending until due`, a
/// window `x is between start and end` of dates, or a deadline `x < date` / `x <= date`. The
/// timeline is made of these, so a new rule with `by` appears in it without code.
public struct Obligation: Sendable {
    /// Where in the rule file it was met.
    package let range: Range<Int>
    /// When it was done; `.missing` when it is not done yet.
    package let done: Value
    /// The last day (or moment) it may be done on.
    package let due: Value
    /// The first day of a window (`is between`), if it is one.
    package let from: Value?
    /// The element of a list it is about (`activity.milestones[2]`), inside `all`/`any`/`none`.
    package internal(set) var element: String?
    /// The list's code and the element's position (from 1), from which `element` is written.
    let list: Range<Int>?
    let position: Int?
    /// That element's own name (its `name`, `action` or `title`), to say what is due.
    package let label: String?
}

/// Collects obligations while the evaluator runs a rule's conditions. Conditions of `where`,
/// comprehensions and definitions are not obligations of the rule and are not recorded.
/// A class, so that the evaluator's test for one on every comparison and element is a pointer
/// test, not a copy of the collections; one rule's evaluation uses it, on one thread.
/// Its properties are read and written by that one evaluation only, never in overlapping
/// accesses, so their run-time exclusivity checks are off.
final class ObligationRecorder {
    @exclusivity(unchecked) private(set) var obligations: [Obligation] = []
    @exclusivity(unchecked) private var elements: [(list: Range<Int>, position: Int, value: Value)] = []
    @exclusivity(unchecked) private var suspended = 0
    /// The obligations noted so far, by place, element list and position, so that noting one
    /// stays constant time (a scan of `obligations` made a list of n entries cost n² steps).
    @exclusivity(unchecked) private var noted: Set<Key> = []

    private struct Key: Hashable {
        let range: Range<Int>
        let list: Range<Int>?
        let position: Int?
    }

    func suspend() { suspended += 1 }
    func resume() { suspended -= 1 }

    func enter(list: Range<Int>, index: Int, element: Value) {
        elements.append((list, index + 1, element))
    }

    func leave() { elements.removeLast() }

    func note(range: Range<Int>, done: Value, due: Value, from: Value? = nil) {
        guard suspended == 0, due.isTemporal, done.isTemporal || done.isMissing, from?.isTemporal ?? true else { return }
        let element = elements.last
        var label: String?
        if case .record(let record)? = element?.value {
            for key in ["name", "action", "title"] {
                if case .text(let text) = record[key], !text.isBlank {
                    label = text
                    break
                }
            }
        }
        guard noted.insert(Key(range: range, list: element?.list, position: element?.position)).inserted else { return }
        obligations.append(Obligation(range: range, done: done, due: due, from: from, element: nil, list: element?.list,
                                      position: element?.position, label: label))
    }
}

extension Value {
    var isTemporal: Bool {
        switch self {
        case .date, .dateTime: true
        default: false
        }
    }
}

extension Evaluator {
    /// `done < date` and `done <= date` are deadlines too (`proposal.submitted < calendar.first_mag_meeting`):
    /// strictly before a date means on or before the day before it. Comparisons with `today` are not.
    func noteDeadline(_ op: BinaryOperator, _ a: Value, _ b: Value, left: Code, right: Code, range: Range<Int>) {
        guard op == .less || op == .lessOrEqual else { return }
        if case .today = left.op { return }
        if case .today = right.op { return }
        var due = b
        if op == .less, case .date(let date) = b { due = .date(date.adding(days: -1)) }
        recorder?.note(range: range, done: a, due: due)
    }
}
