/// Values written on their own (`--param`, `given`, the REPL's `param`): compiled as constants, then computed
/// by the `ConstantEvaluation` the caller gives.
extension Checker {
    /// Reads a value written in the language's literal syntax (`4`, `2021-03-01`, `"text"`,
    /// `2 days`), as given to `--param` or `param` in the REPL.
    static func constantValue(_ file: SourceFile, constants: any ConstantEvaluation) -> Result<Value, DiagnosticList> {
        let (expression, parseDiagnostics) = Parser.parseExpression(file)
        guard let expression, parseDiagnostics.isEmpty else { return .failure(DiagnosticList(parseDiagnostics)) }
        return constantValue(of: expression, in: file, constants: constants)
    }

    /// The value of an expression that uses no names (a literal, a list, a record, arithmetic).
    static func constantValue(of expression: Expr, in file: SourceFile, constants: any ConstantEvaluation) -> Result<Value, DiagnosticList> {
        var checker = Checker(files: [], constants: constants)
        var context = ExpressionContext(file: file, constantOnly: true)
        let code = checker.compile(expression, &context)
        guard checker.diagnostics.isEmpty else { return .failure(DiagnosticList(checker.diagnostics)) }
        switch constants.constant(code) {
        case .success(let value): return .success(value)
        case .failure(let failure):
            return .failure(DiagnosticList([Diagnostic(.error, code: "value", message: failure.message, file: file, range: expression.range)]))
        }
    }
}
