/// Messages: counted nouns (`{n facilitators}`), and `message when CONDITION "…"` lines.
extension Checker {
    /// `{n facilitators}` as code: `if n = 1 then "{n} facilitator" else "{n} facilitators"`.
    mutating func counted(_ expression: Expr, noun: String, _ context: inout ExpressionContext) -> Code {
        let number = compile(expression, &context)
        expect(number, fits: .number, role: "a counted value (`{n \(noun)}`)", &context)
        let range = expression.range
        let (singular, plural) = Plural.forms(noun)
        let one = Code(op: .constant(.number(.integer(1))), range: range, type: .number)
        let isOne = Code(op: .compare(.equal, number, one), range: range, type: .bool)
        func phrase(_ word: String) -> Code {
            Code(op: .text([.value(number), .literal(" " + word)]), range: range, type: .text)
        }
        return Code(op: .conditional(isOne, phrase(singular), phrase(plural)), range: range, type: .text)
    }

    /// `message when CONDITION "…"` lines, checked.
    mutating func compileMessageCases(_ cases: [MessageCase], _ context: inout ExpressionContext) -> [MessageCode] {
        cases.map { messageCase in
            MessageCode(condition: messageCase.condition.map { compileCondition($0, &context, role: "`message when`") },
                        text: compile(messageCase.text, &context))
        }
    }
}

extension TextPart {
    /// The expression whose value the part shows, if it shows one.
    var shown: Expr? {
        switch self {
        case .literal: nil
        case .expression(let expression), .counted(let expression, _): expression
        }
    }
}
