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
        /// Done on or before `due`; `days` early. Done before a window opened is on-time too, as
        /// cli.md defines it, with `beforeWindow` set (the rule fails in `check`).
        case onTime = "on-time"
        /// Done after `due`; `days` late.
        case late
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
        /// The element's own name (`name`, `action`, `title`), if it has one.
        package var label: String?
        /// Days it was done before its window opened (a session before the annual meeting).
        package var beforeWindow: Int?

        /// Stays the same from run to run for the same obligation (for calendar UIDs): a named
        /// element by its name and due, not its place in the list, so inserting one moves no other.
        package var key: String {
            let item = label.map { "\($0)/\(Timeline.written(due))" } ?? element ?? ""
            return [subject, id, rule, item].joined(separator: "/")
        }
    }

    /// Adds the obligations of one subject's results.
    package mutating func add(_ subject: SubjectResult) {
        for result in subject.results {
            if case .error(let error) = result.outcome {
                problems.append(Problem(subject: subject.subject, id: subject.id, rule: result.rule.id, message: error.message))
            }
            for obligation in result.obligations {
                let (status, days) = Timeline.status(obligation, today: today)
                var entry = Entry(subject: subject.subject, id: subject.id, rule: result.rule.id,
                                  what: obligation.label ?? result.rule.title ?? result.rule.id,
                                  from: obligation.from, due: obligation.due, done: obligation.done.isMissing ? nil : obligation.done,
                                  status: status, days: days, cite: result.rule.cite, element: obligation.element)
                entry.label = obligation.label
                entry.beforeWindow = Timeline.beforeWindow(obligation)
                entries.append(entry)
            }
        }
    }

    /// The entries in date order (the due's UTC date, as written and as `days` counts), then by
    /// rule id, subject, the moment in that day (a date at its end) and the order they were met.
    package var sorted: [Entry] {
        entries.enumerated().sorted { x, y in
            let (a, b) = (x.element, y.element)
            let (da, db) = (Timeline.utcDate(a.due)?.daysSinceEpoch ?? Int.max, Timeline.utcDate(b.due)?.daysSinceEpoch ?? Int.max)
            if da != db { return da < db }
            if a.rule != b.rule { return String.codePointOrder(a.rule, b.rule) }
            if a.subject != b.subject { return String.codePointOrder(a.subject, b.subject) }
            if a.id != b.id { return String.codePointOrder(a.id, b.id) }
            let (ka, kb) = (Timeline.timeOfDay(a.due), Timeline.timeOfDay(b.due))
            if ka != kb { return ka < kb }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// Milliseconds into its UTC day of a due moment; a date counts as the end of its day.
    static func timeOfDay(_ value: Value) -> Int {
        guard case .dateTime(let instant) = value else { return DateTime.millisecondsPerDay }
        return instant.millisecondsSinceEpoch - instant.utcDate.daysSinceEpoch * DateTime.millisecondsPerDay
    }

    /// A date as `YYYY-MM-DD`, a date-time in UTC (`2021-05-19T22:00:00Z`), as `check` writes them.
    package static func written(_ value: Value) -> String {
        switch value {
        case .date(let date): date.description
        case .dateTime(let instant): DateTime(millisecondsSinceEpoch: instant.millisecondsSinceEpoch, offsetMinutes: 0).description
        default: value.plain
        }
    }

    /// Days from `done` to the window's first day, when it was done before the window opened.
    static func beforeWindow(_ obligation: Obligation) -> Int? {
        guard let done = utcDate(obligation.done), let from = obligation.from.flatMap(utcDate), done < from else { return nil }
        return from.daysSinceEpoch - done.daysSinceEpoch
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
