/// What the checker needs computed while it checks: the value of a parameter's default (code that
/// uses no names) and a rule's title shown with the parameters. The checker is handed one, so that
/// checking does not depend on evaluation; `EvaluatorConstants` (Engine) computes them with the
/// evaluator, so there is one arithmetic.
protocol ConstantEvaluation {
    /// The value of code that uses no names, or why it has none.
    func constant(_ code: Code) -> Result<Value, ConstantFailure>

    /// A title template shown with these parameter values (nil: the defaults); nil when it cannot be shown.
    func title(_ template: Code, program: Program, parameters: [Value]?) -> String?
}

/// Why constant code has no value (a division by zero, a number too large), in the two wordings
/// the diagnostics use.
struct ConstantFailure: Error {
    /// The full description (what failed and where).
    let description: String
    /// The message alone.
    let message: String
}
