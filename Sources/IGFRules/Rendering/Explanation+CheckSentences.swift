/// Summaries of a failed `is not empty` or `in` as a sentence about the data, worded from the
/// data path itself: "the proposal has no title", "the proposal's outreach has no organisations
/// (its only entry is blank)", "`output.sections.covers` does not include "case-studies" (it has:
/// issue-definition, methodology)", "`report.track` is "Digital Cooperation", not one of
/// `calendar.tracks` (Data, Environment)".
extension Explanation {
    /// "the proposal has no title", for `proposal.title is not empty` (or `is not missing`) that came out no; nil when the
    /// subject is not a data path of at least two parts, or starts at one of the element variables
    /// `bound` (which the reader's data does not show).
    func emptinessSentence(_ bound: Set<String>) -> String? {
        // The subject is read where it is, not copied out (a copy retains each of its parts).
        guard role == .check, truth == .no, op == Check.notEmpty.rawValue || op == Check.notMissing.rawValue,
            !children.isEmpty, children[0].role == .value,
            !Explanation.startsAtBound(children[0].source, bound),
            let lacking = Explanation.lackingWords.words(children[0].source, Explanation.lacking(_:))
        else { return nil }
        // `is not missing` is about the data being there at all: name the path that is missing.
        let missing = op == Check.notMissing.rawValue && children[0].value?.isMissing != false ? " (`\(children[0].source)` is missing)" : ""
        let blank = Explanation.blankEntries(children[0].value)
        // The remembered words are shared, not copied, when nothing is added to them.
        return blank.isEmpty && missing.isEmpty ? lacking : lacking + blank + missing
    }

    /// "the proposal has no title" for `proposal.title`; nil when it is not a data path of at least two parts.
    private static func lacking(_ path: String) -> String? {
        owner(of: path).map { "\($0) has no \(words(leaf(of: path)))" }
    }

    /// `lacking(_:)` by path, worded once per run.
    private static let lackingWords = WordingMemo()

    /// "recommendation 2 of 3 in `report.recommendations` has no text" (or "… is not marked as open to
    /// observers" for a yes/no field that is no, "… does not say whether it is open to observers" for
    /// one that is missing), for the element of this quantifier that decided it, when what
    /// decided it is one of its own fields.
    func elementEmptinessSentence(_ element: Explanation) -> String? {
        guard let context = elementContext(of: element), let body = element.children.last,
            body.truth == .no || (body.role == .value && body.value?.isMissing == true),
            case .element(let position, let count)? = element.detail, !context.list.isEmpty
        else { return nil }
        let noun = Explanation.leaf(of: context.list)
        let isFlag = body.role == .value
        let subject = body.role == .check && body.op == Check.notEmpty.rawValue ? body.children.first : isFlag ? body : nil
        guard let subject, let field = Explanation.field(of: subject.source, variable: context.variable) else { return nil }
        let entry = "\(Explanation.words(Plural.singular(of: String(noun)))) \(position) of \(count) in `\(context.list)`"
        if isFlag, body.value?.isMissing == true, !body.source.isEmpty {
            let name = Explanation.leaf(of: body.source)
            // A yes/no the entry does not give at all: say so, with the path to fill in.
            return "\(entry) does not say whether it is \(field) (`\(context.list)[\(position)].\(name)` is missing)"
        }
        if isFlag { return "\(entry) is not marked as \(field)" }
        return "\(entry) has no \(field)" + Explanation.blankEntries(subject.value)
    }

    /// "no facilitator is marked as MAG member (2 listed)", or "no facilitators are listed", for `any f
    /// in proposal.facilitators: f.mag_member` that came out no; nil for any other quantifier.
    var noneMarkedSentence: String? {
        guard role == .quantifier, truth == .no, let list = children.first else { return nil }
        // The words depend on the two sources alone: worded once per run, the count added here.
        let key = source + "\u{0}" + list.source
        // A missing list is named as missing by the result's message.
        guard case .list(let items)? = list.value, !items.isEmpty else {
            return Explanation.noneListedWords.words(key) { _ in Explanation.noneMarked(source, list: list.source, listed: false) }
        }
        let marked = Explanation.noneMarkedWords.words(key) { _ in Explanation.noneMarked(source, list: list.source, listed: true) }
        return marked.map { "\($0) (\(items.count) listed)" }
    }

    /// `noneMarkedSentence` without its count, by the sources of the quantifier and its list:
    /// "no facilitator is marked as MAG member" (`listed`) or "no facilitators are listed".
    private static func noneMarked(_ source: String, list: String, listed: Bool) -> String? {
        guard source.hasPrefix("any "), !source.containsBytes(" where "), let variable = word(1, of: source, spacesOnly: true),
            let body = source.byteRange(of: "\(list): ").map({ String(source[$0.upperBound...]) }),
            let field = field(of: body, variable: String(variable)), !list.isEmpty
        else { return nil }
        let noun = leaf(of: list)
        guard listed else { return "no \(words(String(noun))) are listed" }
        return "no \(words(Plural.singular(of: String(noun)))) is marked as \(field)"
    }

    /// `noneMarked(_:list:listed:)` by the two sources, worded once per run.
    private static let noneMarkedWords = WordingMemo()
    private static let noneListedWords = WordingMemo()

    /// "the activity is not marked as documented on website", for a yes/no field of the data that is
    /// no where yes was needed; nil for anything else.
    func unmarkedSentence(_ bound: Set<String>) -> String? {
        guard case .bool(false)? = value, let owner = Explanation.owner(of: source), !Explanation.startsAtBound(source, bound)
        else { return nil }
        return "\(owner) is not marked as \(Explanation.words(Explanation.leaf(of: source)))"
    }

    /// "`L` does not include "x" (it has: a, b)", or "`x` is "v", not one of `L` (a, b)", for an
    /// `in` that came out no with both sides known; nil otherwise.
    var membershipSentence: String? {
        guard role == .membership, truth == .no, children.count == 2, !source.containsBytes(" not in "),
            let item = children[0].value, let list = children[1].value, !item.isMissing, !list.isMissing,
            case .list = list
        else { return nil }
        let entries = Explanation.entries(list)
        let listed = "`\(children[1].source)`"
        if children[0].role == .constant {
            return "\(listed) does not include \(item.literal()) " + (entries.isEmpty ? "(it has no entries)" : "(it has: \(entries))")
        }
        return "`\(children[0].source)` is \(item.literal()), not one of \(listed) " + (entries.isEmpty ? "(it has no entries)" : "(\(entries))")
    }

    /// Whether `path` starts at one of the element variables `bound` (none outside a quantifier,
    /// so its root need not be read).
    private static func startsAtBound(_ path: String, _ bound: Set<String>) -> Bool {
        !bound.isEmpty && bound.contains(String(root(of: path)))
    }

    /// " (its only entry is blank)" or " (its 2 entries are blank)" for a list whose entries are
    /// all blank, so that a reader who sees entries in the data knows why they do not count.
    static func blankEntries(_ value: Value?) -> String {
        guard case .list(let items)? = value, !items.isEmpty else { return "" }
        return items.count == 1 ? " (its only entry is blank)" : " (its \(items.count) entries are blank)"
    }

    /// The entries of a list, once each and without blank ones: "issue-definition, methodology",
    /// at most eight, then "…".
    private static func entries(_ list: Value) -> String {
        guard case .list(let items) = list else { return list.plain }
        var seen: Set<String> = []
        let shown = items.filter { !$0.isMissing && !$0.isBlankText }.map(\.plain).filter { seen.insert($0).inserted }
        return shown.prefix(8).joined(separator: ", ") + (shown.count > 8 ? ", …" : "")
    }
}

private extension Value {
    var isBlankText: Bool {
        if case .text(let text) = self { return text.isBlank }
        return false
    }
}
