import IGFRules

/// A subcommand of `igfrules`: its help and what it does.
protocol Command: SendableMetatype {
    static var name: String { get }
    /// One line, for `igfrules --help`.
    static var summary: String { get }
    static var usage: String { get }
    static var options: [Arguments.Option] { get }
    /// Paragraphs after the options in `--help`.
    static var discussion: String { get }
    /// Throws `CommandFailure` (untyped here: typed throws through an existential metatype crash the 6.3 compiler).
    static func run(_ arguments: Arguments, console: Console) throws -> Int32
}

extension Command {
    static var discussion: String { "" }

    static var help: String {
        var text = "OVERVIEW: \(summary)\n\nUSAGE: \(usage)\n"
        let all = options + [Arguments.Option(name: "help", takesValue: false, valueName: "", help: "show this help")]
        text += "\nOPTIONS:\n"
        let labels = all.map { "--\($0.name)" + ($0.takesValue ? " \($0.valueName)" : "") }
        let width = min(28, labels.map(\.count).max() ?? 0)
        for (label, option) in zip(labels, all) {
            if label.count > width {
                text += "  \(label)\n  \(String(repeating: " ", count: width))  \(option.help)\n"
            } else {
                text += "  \(label.padding(toLength: width, withPad: " ", startingAt: 0))  \(option.help)\n"
            }
        }
        if !discussion.isEmpty { text += "\n" + discussion + "\n" }
        return text
    }
}
