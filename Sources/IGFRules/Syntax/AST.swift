/// The syntax tree of a rule file. Every node keeps the byte range it was read from, so that the
/// checker can point at it and explanations can quote it.

/// A name as written: `min_facilitators`, or a dotted id such as `bpf.proposal` or
/// `sponsors-facilitate` where a rule or ruleset id is expected.
package struct Name: Sendable, Equatable {
    package let text: String
    package let range: Range<Int>
}

/// A quoted text in a declaration (a title, a citation), with its range. Consecutive quoted
/// pieces on following lines are joined with a space.
package struct TextClause: Sendable, Equatable {
    package let text: String
    package let range: Range<Int>
}

/// One parsed rule file: its source, its declarations in order, and where its comments are.
public struct RuleFile: Sendable {
    package let file: SourceFile
    package var declarations: [Declaration]
    /// Byte ranges of the file's `#` comments.
    package let comments: [Range<Int>]
}

package enum Declaration: Sendable {
    case ruleset(RulesetDeclaration)
    case param(ParamDeclaration)
    case define(DefineDeclaration)
    case rule(RuleDeclaration)
    case data(DataDeclaration)
    case type(TypeDeclaration)
    case include(IncludeDeclaration)
    case test(TestDeclaration)
    case clause(ClauseDeclaration)
    case scoring(ScoringDeclaration)

    package var range: Range<Int> {
        switch self {
        case .ruleset(let d): d.range
        case .param(let d): d.range
        case .define(let d): d.range
        case .rule(let d): d.range
        case .data(let d): d.range
        case .type(let d): d.range
        case .include(let d): d.range
        case .test(let d): d.range
        case .clause(let d): d.range
        case .scoring(let d): d.range
        }
    }
}

/// `ruleset bpf.proposal "Proposals for BPF topics" for proposal` with its `source` and `when`.
/// The rules that follow it in the same file, up to the next `ruleset`, belong to it.
package struct RulesetDeclaration: Sendable {
    package let id: Name
    package let title: TextClause?
    package let subject: Name
    package var source: TextClause?
    package var when: Expr?
    package let range: Range<Int>
}

/// `param min_facilitators = 2`, optionally with a kind: `param draft_grace: duration = 0 days`.
package struct ParamDeclaration: Sendable {
    package let name: Name
    package let declaredType: TypeExpr?
    package let value: Expr
    package let range: Range<Int>
}

/// `define mag_sponsors = …`: a named value shared by rules, computed at most once per subject.
package struct DefineDeclaration: Sendable {
    package let name: Name
    package let value: Expr
    package let range: Range<Int>
}

package enum Severity: String, Sendable {
    case required, recommended
}

/// `rule facilitators "At least two facilitators are named" [recommended]` and its clauses.
package struct RuleDeclaration: Sendable {
    package let name: Name
    package let title: TextClause?
    package let severity: Severity
    /// Whether the severity was written out (the formatter keeps `required` if it was).
    package let severityWritten: Bool
    package var cite: Citation?
    package var when: Expr?
    package var requires: [Expr]
    package var message: Expr?
    package let range: Range<Int>
    /// The title as a text with values (`"At least {min_facilitators} facilitators are named"`),
    /// when it shows any; `title` then holds its source form.
    package var titleTemplate: Expr? = nil
    /// `message when CONDITION "…"` lines, in order; the first whose condition holds is shown.
    package var messageCases: [MessageCase] = []
}

/// `message when proposal.facilitators is missing "no facilitators are listed"`, or
/// `message when met "…"`: the words shown when the rule passes (its condition is nil).
package struct MessageCase: Sendable {
    /// nil for `message when met`.
    package let condition: Expr?
    package let text: Expr
    package let range: Range<Int>
}

/// `cite modalities.iii.proposals.facilitators "Names of at least two Facilitators"`: the clause
/// of a source document a rule implements, by its id in the clause index, and the key words it
/// quotes. Either part may be left out.
package struct Citation: Sendable {
    package let clause: Name?
    package let quote: TextClause?
    package let range: Range<Int>
}

/// `clause modalities.iii.proposals.title "Modalities §III Proposals for BPF topics"` with its
/// `quote`: one clause of a source document, for rules to cite and for `coverage`.
package struct ClauseDeclaration: Sendable {
    package let id: Name
    package let heading: TextClause
    package let quote: TextClause?
    package let range: Range<Int>
    /// `unchecked "an invitation, not an obligation"`: why no rule can check the clause.
    package var unchecked: TextClause? = nil
}

/// `data proposal { … }`: the shape of a data name, used to read its JSON and to check rules.
package struct DataDeclaration: Sendable {
    package let name: Name
    package let type: TypeExpr
    package let range: Range<Int>
}

/// `type person { name: text, mag_member: yes/no }`: a named shape used in data declarations.
package struct TypeDeclaration: Sendable {
    package let name: Name
    package let type: TypeExpr
    package let range: Range<Int>
}

/// `include "../schema.rules"`: loads another rule file (once, however often it is included).
package struct IncludeDeclaration: Sendable {
    package let path: TextClause
    package let range: Range<Int>
}

package struct TypeExpr: Sendable {
    package indirect enum Kind: Sendable {
        /// `text`, `number`, `yes/no`, `date`, `date-time`, `duration`, or a declared type's name.
        case named(String)
        case list(TypeExpr)
        case record([FieldType])
    }
    package let kind: Kind
    package let range: Range<Int>
}

package struct FieldType: Sendable {
    package let name: Name
    package let type: TypeExpr
}

/// `test "…"` with the data it is given and the outcome each rule must have.
package struct TestDeclaration: Sendable {
    package let name: TextClause
    package var clauses: [TestClause]
    package let range: Range<Int>
}

package enum TestClause: Sendable {
    /// `given "file.json"`: the file's top-level keys are data names.
    case givenFile(TextClause)
    /// `given calendar from "file.json"`: the whole file is the value of one name.
    case givenNameFromFile(Name, TextClause)
    /// `given proposal = { … }`: a value written in the rule file; for a parameter's name, the
    /// parameter's value in this test (`given min_facilitators = 3`).
    case givenValue(Name, Expr)
    /// `each report from "reports.jsonl"`: run once per record (JSON Lines or a JSON array).
    case each(Name, TextClause)
    /// `today 2021-03-01`
    case today(Expr)
    /// `set proposal.submitted = 2021-02-23`, `set proposal.facilitators += {…}`
    case set(Expr, SetOperation, Expr)
    /// `unset proposal.kind`
    case unset(Expr)
    /// `expect [SUBJECT-ID] RULE-ID OUTCOME`
    case expect(subject: TextClause?, rule: Name, outcome: Name)
    /// `expect [SUBJECT-ID] SCORING-ID rank 1` or `… score 19.67`: a proposal's place or score.
    case expectScore(subject: TextClause?, scoring: Name, measure: Name, value: Expr)
}

extension TestClause {
    /// The keyword the clause starts with, for messages about it.
    package var verb: String {
        switch self {
        case .givenFile, .givenNameFromFile, .givenValue: "given"
        case .each: "each"
        case .today: "today"
        case .set: "set"
        case .unset: "unset"
        case .expect, .expectScore: "expect"
        }
    }
}

package enum SetOperation: String, Sendable {
    case assign = "="
    case append = "+="
}

// MARK: Expressions

package struct Expr: Sendable {
    package var kind: ExprKind
    package let range: Range<Int>
    /// Height of the tree under this node (1 for a leaf); bounded by `Parser.maximumDepth`.
    package let depth: Int

    package init(_ kind: ExprKind, _ range: Range<Int>, depth: Int = 1) {
        self.kind = kind
        self.range = range
        self.depth = depth
    }
}

package indirect enum ExprKind: Sendable {
    case name(String)
    case number(Number)
    case text([TextPart])
    case bool(Bool)
    case date(CivilDate)
    case dateTime(DateTime)
    case duration(Duration)
    case missing
    case today
    /// `base.field`
    case field(Expr, Name)
    /// `list[1]`: 1-based, as people count.
    case index(Expr, Expr)
    case call(Name, [Expr])
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `x is empty`, `x is not missing`, …
    case check(Expr, Check)
    /// `x is between low and high` (both inclusive); `x is not between …` when negated.
    case between(Expr, Expr, Expr, negated: Bool)
    case conditional(Expr, Expr, Expr)
    /// `all p in list [where condition]: body`
    case quantifier(Quantifier, Name, Expr, Expr?, Expr)
    /// `[x in list where condition]`, `[expression for x in list [where condition]]`, and the
    /// argument form `count(x in list where condition)`.
    case comprehension(Name, Expr, Expr?, Expr?)
    case list([Expr])
    case record([RecordField])
    /// `pending`, `pending until due`, or `pending from start until due` (a window, for the timeline)
    case pending(Expr?, from: Expr? = nil)
    /// `( … )`, kept so that explanations and the formatter show the parentheses.
    case group(Expr)
    /// A placeholder where an error was already reported.
    case invalid
}

package enum TextPart: Sendable {
    case literal(String)
    case expression(Expr)
    /// `{count(proposal.facilitators) facilitators}`: the number and the noun, singular for 1
    /// ("1 facilitator", "3 facilitators"); `noun` is as written (`facilitators`, `person/people`).
    case counted(Expr, noun: String)
}

package struct RecordField: Sendable {
    package let name: Name
    package let value: Expr
}

package enum UnaryOperator: String, Sendable {
    case not = "not"
    case negate = "-"
}

package enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in` = "in", notIn = "not in"
    /// `done by due`: on or before `due`; when `done` is missing, pending until `due` passes.
    case by
    case add = "+", subtract = "-", multiply = "*", divide = "/", concat = "++"
}

package enum Check: String, Sendable {
    case empty = "is empty", notEmpty = "is not empty", missing = "is missing", notMissing = "is not missing"
}

package enum Quantifier: String, Sendable {
    case all, any, none
}

// Initializers for building syntax outside the parser (the REPL wraps what it reads in declarations).

extension Name {
    package init(_ text: String, at range: Range<Int>) {
        self.init(text: text, range: range)
    }
}

extension RuleFile {
    package init(file: SourceFile, declarations: [Declaration]) {
        self.init(file: file, declarations: declarations, comments: [])
    }
}

extension DefineDeclaration {
    package init(_ name: Name, _ value: Expr) {
        self.init(name: name, value: value, range: value.range)
    }
}

extension RuleDeclaration {
    /// The same rule under another name.
    package func renamed(_ name: Name) -> RuleDeclaration {
        RuleDeclaration(name: name, title: title, severity: severity, severityWritten: severityWritten, cite: cite,
                        when: when, requires: requires, message: message, range: range, titleTemplate: titleTemplate,
                        messageCases: messageCases)
    }
}
