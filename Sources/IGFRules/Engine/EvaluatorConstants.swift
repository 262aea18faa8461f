/// Constants computed with the evaluator, for the checker (which does not use the evaluator itself).
struct EvaluatorConstants: ConstantEvaluation {
    func constant(_ code: Code) -> Result<Value, ConstantFailure> {
        do throws(EvaluationError) {
            return .success(try Evaluator.constant(code))
        } catch {
            return .failure(ConstantFailure(description: error.description, message: error.message))
        }
    }

    func title(_ template: Code, program: Program, parameters: [Value]?) -> String? {
        Rule.title(template, program: program, parameters: parameters)
    }
}

extension Checker {
    /// Checks the files together, computing constants with the evaluator. The program is nil when
    /// any error was found.
    package static func check(_ files: [RuleFile]) -> (Program?, [Diagnostic]) {
        check(files, constants: EvaluatorConstants())
    }

    /// Reads a value written in the language's literal syntax (`4`, `2021-03-01`, `"text"`,
    /// `2 days`), as given to `--param` or `param` in the REPL.
    package static func constantValue(_ file: SourceFile) -> Result<Value, DiagnosticList> {
        constantValue(file, constants: EvaluatorConstants())
    }

    /// The value of an expression that uses no names (a literal, a list, a record, arithmetic).
    package static func constantValue(of expression: Expr, in file: SourceFile) -> Result<Value, DiagnosticList> {
        constantValue(of: expression, in: file, constants: EvaluatorConstants())
    }
}

extension Rule {
    /// The title shown with these parameter values (nil: the defaults); nil when the title
    /// cannot be shown (a value that cannot be computed, such as a division by zero).
    static func title(_ template: Code, program: Program, parameters: [Value]?) -> String? {
        let evaluator = Evaluator(program: program, data: program.dataNames.map { _ in .missing }, parameters: parameters,
                                  today: CivilDate(daysSinceEpoch: 0))
        guard case .text(let text) = try? evaluator.evaluate(template) else { return nil }
        return text
    }

    /// The same rule with its title shown for these parameter values.
    package func retitled(program: Program, parameters: [Value]) -> Rule {
        guard let template = titleTemplate, let shown = Rule.title(template, program: program, parameters: parameters) else {
            return self
        }
        return titled(shown)
    }
}
