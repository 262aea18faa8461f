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
        func walk(_ value: Value, _ path: String, field: String?) {
            switch value {
            case .record(let record):
                for (key, inner) in record.fields { walk(inner, path + "." + key, field: key) }
            case .list(let items):
                for (index, item) in items.enumerated() { walk(item, "\(path)[\(index + 1)]", field: nil) }
            case .date(let date) where field.map(pastEventFields.contains) == true && date > today:
                found.append(Finding(path: path, message: "\(date) is after today (\(today)): is the date right, or --today?",
                                     isUnknownField: true))
            case .dateTime(let instant) where field.map(pastEventFields.contains) == true && instant.utcDate > today:
                found.append(Finding(path: path, message: "\(instant.inUTC) is after today (\(today)): is the date right, or --today?",
                                     isUnknownField: true))
            default:
                break
            }
        }
        walk(value, name, field: nil)
        return found
    }
}

extension DataBindings {
    /// Past events dated after today, in the data bound to each name.
    package func futureDates(today: CivilDate) -> [DataValidation.Finding] {
        program.dataNames.enumerated().flatMap { slot, name in DataValidation.futureDates(in: values[slot], name: name.name, today: today) }
    }
}
