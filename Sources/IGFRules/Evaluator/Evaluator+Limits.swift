/// What one evaluation may build and do. Every value an evaluation builds is bounded in size, and
/// work is counted in steps in proportion to its cost (a step per list element touched, per 64
/// bytes of text), so that the step limit bounds time and the size limits bound memory.
extension Evaluator {
    /// The most entries a list built by an evaluation may have (as many as a data file's list).
    package static let maximumListLength = 1_000_000
    /// The largest text an evaluation may build, in bytes of UTF-8.
    package static let maximumTextSize = 4 << 20
    /// Bytes of text that count as one step.
    static let bytesPerStep = 64

    /// Counts `work` steps; past the step limit the rule stops with an `error`. Inlined: it is
    /// charged at every node, and a call would cost more than the count.
    @inline(__always)
    func charge(_ work: Int, at range: Range<Int>) throws(EvaluationError) {
        steps += max(work, 1)
        if steps > stepLimit {
            throw EvaluationError("stopped after \(stepLimit.grouped) evaluation steps: this rule does too much work for one subject", at: range)
        }
    }

    /// Counts the work of touching a text of `bytes` bytes.
    func charge(textBytes bytes: Int, at range: Range<Int>) throws(EvaluationError) {
        try charge(bytes / Evaluator.bytesPerStep + 1, at: range)
    }

    /// Refuses a list that would be longer than `maximumListLength`.
    static func checkLength(_ count: Int, at range: Range<Int>) throws(EvaluationError) {
        guard count <= maximumListLength else {
            throw EvaluationError("this rule builds a list of \(count.grouped) entries; an evaluation may build lists of at most \(maximumListLength.grouped) entries", at: range)
        }
    }

    /// Refuses a text that would be larger than `maximumTextSize`.
    static func checkSize(_ bytes: Int, at range: Range<Int>) throws(EvaluationError) {
        guard bytes <= maximumTextSize else {
            throw EvaluationError("this rule builds a text of \(bytes.grouped) bytes; an evaluation may build texts of at most \(maximumTextSize / (1 << 20)) MB", at: range)
        }
    }

    /// How many entries of a list a text shows (`{names}` in a message).
    static let shownEntries = 20

    /// A value as it reads inside a message, built piece by piece so that its size and the work
    /// of building it are counted as it grows.
    func appendShown(_ value: Value, to text: inout String, at range: Range<Int>) throws(EvaluationError) {
        switch value {
        case .list(let items):
            // An empty list reads "none" ("gaps of more than 35 days: none"), not as nothing.
            if items.isEmpty { text += "none" }
            // A message names at most `shownEntries` entries, then how many more there are.
            for (index, item) in items.prefix(Evaluator.shownEntries).enumerated() {
                try charge(1, at: range)
                if index > 0 { text += ", " }
                try appendShown(item, to: &text, at: range)
            }
            if items.count > Evaluator.shownEntries { text += " and \((items.count - Evaluator.shownEntries).grouped) more" }
        case .text:
            let piece = Evaluator.shown(value)
            try Evaluator.checkSize(text.utf8.count + piece.utf8.count, at: range)
            try charge(textBytes: piece.utf8.count, at: range)
            text += piece
        default:
            text += Evaluator.shown(value)
        }
        try Evaluator.checkSize(text.utf8.count, at: range)
    }
}
