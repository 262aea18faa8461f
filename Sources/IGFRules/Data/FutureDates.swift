/// Data from the future: a draft "published", a report "submitted", a milestone "done" after
/// today is almost always a typing mistake in the date (or a wrong `--today`). The fields that
/// record something that has happened are the ones looked at; due dates and the calendar's
/// plans may well be in the future.
extension DataValidation {
    /// Field names that record a past event.
    static let pastEventFields: Set<String> = [
        "published", "submitted", "done", "approved", "started", "workplan_announced",
        "ended_at", "short_report_submitted_at", "detailed_report_submitted_at",
    ]

    /// "activity.draft_output.published: 2021-10-29 is after today (2021-09-01)", for each such field.
    package static func futureDates(in value: Value, name: String, today: CivilDate) -> [Finding] {
        var found: [Finding] = []
        var path: [Conformance.Step] = [.key(name)]
        walkForFutureDates(value, path: &path, today: today, into: &found)
        return found
    }

    /// Walks records and lists only; the path is kept as steps and written out only for a finding.
    private static func walkForFutureDates(_ value: Value, path: inout [Conformance.Step], today: CivilDate, into found: inout [Finding]) {
        switch value {
        case .record(let record):
            for (key, field) in record.fields {
                switch field {
                case .record, .list:
                    path.append(.key(key))
                    walkForFutureDates(field, path: &path, today: today, into: &found)
                    path.removeLast()
                case .date, .dateTime:
                    if let finding = futureDate(field, key: key, path: path, today: today) { found.append(finding) }
                default:
                    break
                }
            }
        case .list(let items):
            for (index, item) in items.enumerated() where item.isRecordOrList {
                path.append(.index(index))
                walkForFutureDates(item, path: &path, today: today, into: &found)
                path.removeLast()
            }
        default:
            break
        }
    }

    /// The finding for the field `key` of the record at `path` when it records a past event and
    /// `value` is dated after today.
    static func futureDate(_ value: Value, key: String, path: [Conformance.Step], today: CivilDate) -> Finding? {
        let shown: String
        switch value {
        case .date(let date) where date > today: shown = "\(date)"
        case .dateTime(let instant) where instant.utcDate > today: shown = "\(instant.inUTC)"
        default: return nil
        }
        guard pastEventFields.contains(key) else { return nil }
        return Finding(path: Conformance.pathText(path + [.key(key)]), steps: path + [.key(key)], message: "\(shown) is after today (\(today)): is the date right, or --today?",
                       kind: .doubtful)
    }
}

extension Value {
    /// Whether the value holds fields or entries that may be dated.
    fileprivate var isRecordOrList: Bool {
        switch self {
        case .record, .list: true
        default: false
        }
    }
}

extension DataBindings {
    /// Past events dated after today, in the data bound to each name.
    package func futureDates(today: CivilDate) -> [DataValidation.Finding] {
        program.dataNames.enumerated().flatMap { slot, name in DataValidation.futureDates(in: values[slot], name: name.name, today: today) }
    }

    /// Past events dated after today, then periods that end before they start: the findings
    /// about well-formed dates that are likely mistakes.
    package func doubtfulDates(today: CivilDate) -> [DataValidation.Finding] {
        futureDates(today: today) + findings(strict: false).filter { $0.kind == .doubtful }
    }
}
