/// How messages name a kind: with its article ("a date", "a yes/no").
extension DataType {
    /// The kind alone with its article ("a list", not "a list of text"), as messages name it.
    var kindWithArticle: String {
        switch self {
        case .unknown: "a value"
        case .bool: "a yes/no"
        case .text: "a text"
        case .number: "a number"
        case .date: "a date"
        case .dateTime: "a date-time"
        case .duration: "a duration"
        case .list: "a list"
        case .record: "a record"
        }
    }
}
