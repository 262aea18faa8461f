/// Every dated obligation the rules met for the data, in date order (then by rule id and
/// subject), each with its status as of today.
public struct Timeline: Sendable {
    package let today: CivilDate
    package private(set) var entries: [Entry] = []

    /// The rules that could not be evaluated for a subject (malformed data, a date beyond 9999):
    /// their items that could be dated are among the entries; these say what was left out.
    package private(set) var problems: [Problem] = []

    package struct Problem: Sendable {
        package let subject: String
        package let id: String
        package let rule: String
        package let message: String
    }

    package init(today: CivilDate) {
        self.today = today
    }

    package enum Status: String, Sendable, CaseIterable {
        /// Done on or before `due` (within the window, for a window); `days` early.
        case onTime = "on-time"
        /// Done after `due`; `days` late.
        case late
        /// Done before a window opened; `days` before it.
        case early
        /// Not done, and `due` has passed; `days` since `due`.
        case overdue
        /// Not done, not yet due; `days` until `due` (0 when due today).
        case pending
    }

    package struct Entry: Sendable {
        /// The data name (`activity`) and the subject's id.
        package let subject: String
        package let id: String
        package let rule: String
        /// What is due: the element's own name, else the rule's title.
        package let what: String
        package let from: Value?
        package let due: Value
        package let done: Value?
        package let status: Status
        package let days: Int
        package let cite: String?
        /// The list element it is about (`activity.milestones[2]`), if any.
        package let element: String?

        /// Stays the same from run to run for the same obligation (for calendar UIDs).
        package var key: String { [subject, id, rule, element ?? ""].joined(separator: "/") }
    }

    /// Adds the obligations of one subject's results.
    package mutating func add(_ subject: SubjectResult) {
        for result in subject.results {
            if case .error(let error) = result.outcome {
                problems.append(Problem(subject: subject.subject, id: subject.id, rule: result.rule.id, message: error.message))
            }
            for obligation in result.obligations {
                let (status, days) = Timeline.status(obligation, today: today)
                entries.append(Entry(subject: subject.subject, id: subject.id, rule: result.rule.id,
                                     what: obligation.label ?? result.rule.title ?? result.rule.id,
                                     from: obligation.from, due: obligation.due, done: obligation.done.isMissing ? nil : obligation.done,
                                     status: status, days: days, cite: result.rule.cite, element: obligation.element))
            }
        }
    }

    /// The entries in date order, then by rule id, subject and element.
    package var sorted: [Entry] {
        entries.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            let (ka, kb) = (Timeline.sortKey(a.due), Timeline.sortKey(b.due))
            if ka != kb { return ka < kb }
            if a.rule != b.rule { return String.codePointOrder(a.rule, b.rule) }
            if a.subject != b.subject { return String.codePointOrder(a.subject, b.subject) }
            if a.id != b.id { return String.codePointOrder(a.id, b.id) }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// A due moment's UTC date, then its time of day (a date sorts at the end of its day).
    static func sortKey(_ value: Value) -> Int {
        switch value {
        case .date(let date): return date.daysSinceEpoch * 86_400_001 + 86_400_000
        case .dateTime(let instant):
            let day = instant.utcDate.daysSinceEpoch
            return day * 86_400_001 + (instant.millisecondsSinceEpoch - day * 86_400_000)
        default: return Int.max
        }
    }

    static func utcDate(_ value: Value) -> CivilDate? {
        switch value {
        case .date(let date): date
        case .dateTime(let instant): instant.utcDate
        default: nil
        }
    }

    /// Status and days as the catalogue counts them: a due moment passes at the end of its UTC day.
    static func status(_ obligation: Obligation, today: CivilDate) -> (Status, Int) {
        guard let due = utcDate(obligation.due) else { return (.pending, 0) }
        guard let done = utcDate(obligation.done) else {
            return due < today ? (.overdue, today.daysSinceEpoch - due.daysSinceEpoch) : (.pending, due.daysSinceEpoch - today.daysSinceEpoch)
        }
        if let from = obligation.from.flatMap(utcDate), done < from { return (.early, from.daysSinceEpoch - done.daysSinceEpoch) }
        if onTime(obligation.done, obligation.due) { return (.onTime, due.daysSinceEpoch - done.daysSinceEpoch) }
        return (.late, done.daysSinceEpoch - due.daysSinceEpoch)
    }

    /// Done on or before due: two date-times compare as instants; otherwise by UTC date.
    private static func onTime(_ done: Value, _ due: Value) -> Bool {
        if case .dateTime(let a) = done, case .dateTime(let b) = due { return a <= b }
        guard let a = utcDate(done), let b = utcDate(due) else { return false }
        return a <= b
    }
}
