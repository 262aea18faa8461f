/// The words of an explanation node's detail, shared by the text, HTML and JSON renderers.
extension Explanation {
    /// A short remark: "1 of 2 kept: #1", "pending, due 2021-10-25", "element 2 of 3".
    package var note: String? {
        detail.map(Explanation.note)
    }

    static func note(_ detail: Detail) -> String {
        switch detail {
        case .element(let position, let count):
            return "element \(position.grouped) of \(count.grouped)"
        case .kept(let kept, let elements, let positions):
            let named = positions.map { "#\($0)" }
            return "\(kept.grouped) of \(elements.grouped) kept" + (named.isEmpty ? "" : ": " + named.joined(separator: ", ") + (kept > named.count ? ", …" : ""))
        case .checked(let checked):
            return "\(checked.grouped) element\(checked == 1 ? "" : "s") checked"
        case .pending(let due):
            return due.map { "pending, due \($0.literal())" } ?? "pending"
        case .overdue:
            return "not done, and the due moment has passed"
        }
    }
}
