import IGFRules

extension RunSetup {
    /// The same data name from two `--data` arguments: the later one replaces the earlier, which
    /// is rarely what was meant (two activities to check). Say so, naming both files.
    static func warnAboutRepeatedNames(_ names: [String], from argument: String, givenBy: inout [String: String], console: Console) {
        let file = splitBinding(argument)?.1 ?? argument
        for name in names {
            if let earlier = givenBy[name] {
                console.err("warning: `\(name)` is given twice, by \(earlier) and by \(file); only the one from \(file) is used. "
                            + "To check several records, put them in one JSON Lines file (or a JSON array) and give --each \(name)=FILE\n")
            }
            givenBy[name] = file
        }
    }
}
