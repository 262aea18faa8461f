/// Results as JSON, in the shape of `cli.md`: `{"subjects": [...], "summary": {...}}`, one
/// subject per line.
public struct JSONReport: ReportWriter {
    private var first = true

    public init() {}

    public mutating func begin() -> String { "{\"subjects\":[" }

    public mutating func subject(_ subject: SubjectResult) -> String {
        let separator = first ? "\n" : ",\n"
        first = false
        return separator + JSONReport.json(subject)
    }

    public mutating func end(_ totals: RunTotals) -> String {
        (first ? "" : "\n") + "],\"summary\":" + JSONReport.json(totals.summary) + "}\n"
    }

    public static func json(_ subject: SubjectResult) -> String {
        JSONWriter.object([
            ("name", JSONWriter.string(subject.subject)),
            ("id", JSONWriter.string(subject.id)),
            ("results", "[" + subject.results.map(json).joined(separator: ",") + "]"),
            ("summary", json(subject.summary)),
        ])
    }

    public static func json(_ result: RuleResult) -> String {
        let explanation: String
        switch result.explanation.count {
        case 0: explanation = "null"
        case 1: explanation = ExplanationRenderer.json(result.explanation[0])
        default:
            let all = Explanation(role: .and, source: result.explanation.map(\.source).joined(separator: " and "),
                                  value: result.status == .pass ? .pending(due: nil) : .bool(false), children: result.explanation)
            explanation = ExplanationRenderer.json(all)
        }
        return JSONWriter.object([
            ("rule", JSONWriter.string(result.rule.id)),
            ("title", JSONWriter.optional(result.rule.title)),
            ("severity", JSONWriter.string(result.rule.severity.rawValue)),
            ("status", JSONWriter.string(result.status.rawValue)),
            ("pending", JSONWriter.optional(result.pendingNote)),
            ("message", JSONWriter.optional(result.message)),
            ("hint", JSONWriter.optional(result.hint)),
            ("cite", JSONWriter.optional(result.rule.cite)),
            ("explanation", explanation),
        ])
    }

    static func json(_ summary: Summary) -> String {
        JSONWriter.object(RuleResult.Status.allCases.map { ($0.rawValue, String(summary.count($0))) })
    }
}
