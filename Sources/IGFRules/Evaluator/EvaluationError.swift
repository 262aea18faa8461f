/// Why an expression could not be evaluated: malformed data, a division by zero, a value of
/// the wrong kind, or too many steps. It makes the rule that met it an `error`; other rules
/// are unaffected.
package struct EvaluationError: Error, Sendable, CustomStringConvertible {
    package let message: String
    /// The expression where evaluation stopped, in the file of the rule being evaluated.
    package let range: Range<Int>?

    package init(_ message: String, at range: Range<Int>? = nil) {
        self.message = message
        self.range = range
    }

    public var description: String { message }

    /// A result that does not fit: beyond the 64-bit range of a number of months or milliseconds.
    static func outOfRange(_ what: String, at range: Range<Int>) -> EvaluationError {
        EvaluationError("out of range: \(what) is too large to compute", at: range)
    }

    static func malformed(_ problem: DataProblem, at range: Range<Int>) -> EvaluationError {
        EvaluationError("malformed data: \(problem)", at: range)
    }
}
