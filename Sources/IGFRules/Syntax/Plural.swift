/// Singular and plural in messages: `{count(proposal.facilitators) facilitators}` reads "1
/// facilitator" or "3 facilitators". The noun is written as for many; its singular is found by
/// the usual English rules (`meetings` → `meeting`, `entries` → `entry`, `boxes` → `box`), or
/// given outright: `{n person/people}`. Only the first word changes (`open meetings` → `open
/// meeting` is written `{n open meetings}`: the last word is the noun).
package enum Plural {
    /// The singular and plural phrases of a noun as written.
    package static func forms(_ written: String) -> (singular: String, plural: String) {
        let parts = written.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2 { return (parts[0], parts[1]) }
        var words = written.split(separator: " ").map(String.init)
        guard let last = words.last else { return (written, written) }
        words[words.count - 1] = singular(of: last)
        return (words.joined(separator: " "), written)
    }

    private static let irregular = ["people": "person", "children": "child", "criteria": "criterion", "data": "data", "media": "medium"]

    static func singular(of word: String) -> String {
        let lower = word.lowercased()
        if let singular = irregular[lower] { return singular }
        if lower.hasSuffix("ies"), lower.count > 3 { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where lower.hasSuffix(ending) { return String(word.dropLast(2)) }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}

extension Parser {
    /// After the expression inside `{…}`: the noun of a counted value (`facilitators`,
    /// `open meetings`, `person/people`), read up to the `}`; nil when there is none.
    mutating func countedNoun() -> String? {
        guard case .identifier = current.kind else { return nil }
        let start = current.range.lowerBound
        var end = start
        while !atEnd {
            switch current.kind {
            case .identifier, .symbol(.slash): end = advance().range.upperBound
            default: return nil
            }
        }
        return file.text(start..<end).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
