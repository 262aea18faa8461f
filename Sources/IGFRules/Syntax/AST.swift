/// The syntax tree of a rule file. Every node keeps the byte range it was read from, so that the
/// checker can point at it and explanations can quote it.

/// A name as written: `min_facilitators`, or a dotted id such as `bpf.proposal` or
/// `sponsors-facilitate` where a rule or ruleset id is expected.
public struct Name: Sendable, Equatable {
    public let text: String
    public let range: Range<Int>
}

/// A quoted text in a declaration (a title, a citation), with its range. Consecutive quoted
/// pieces on following lines are joined with a space.
public struct TextClause: Sendable, Equatable {
    public let text: String
    public let range: Range<Int>
}

public struct RuleFile: Sendable {
    public let file: SourceFile
    public var declarations: [Declaration]
    /// Byte ranges of the file's `#` comments.
    public let comments: [Range<Int>]
}

public enum Declaration: Sendable {
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

    public var range: Range<Int> {
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
public struct RulesetDeclaration: Sendable {
    public let id: Name
    public let title: TextClause?
    public let subject: Name
    public var source: TextClause?
    public var when: Expr?
    public let range: Range<Int>
}

/// `param min_facilitators = 2`, optionally with a kind: `param draft_grace: duration = 0 days`.
public struct ParamDeclaration: Sendable {
    public let name: Name
    public let declaredType: TypeExpr?
    public let value: Expr
    public let range: Range<Int>
}

/// `define mag_sponsors = …`: a named value shared by rules, computed at most once per subject.
public struct DefineDeclaration: Sendable {
    public let name: Name
    public let value: Expr
    public let range: Range<Int>
}

public enum Severity: String, Sendable {
    case required, recommended
}

/// `rule facilitators "At least two facilitators are named" [recommended]` and its clauses.
public struct RuleDeclaration: Sendable {
    public let name: Name
    public let title: TextClause?
    public let severity: Severity
    /// Whether the severity was written out (the formatter keeps `required` if it was).
    public let severityWritten: Bool
    public var cite: Citation?
    public var when: Expr?
    public var requires: [Expr]
    public var message: Expr?
    public let range: Range<Int>
    /// The title as a text with values (`"At least {min_facilitators} facilitators are named"`),
    /// when it shows any; `title` then holds its source form.
    public var titleTemplate: Expr? = nil
    /// `message when CONDITION "…"` lines, in order; the first whose condition holds is shown.
    public var messageCases: [MessageCase] = []
}

/// `message when proposal.facilitators is missing "no facilitators are listed"`.
public struct MessageCase: Sendable {
    public let condition: Expr
    public let text: Expr
    public let range: Range<Int>
}

/// `cite modalities.iii.proposals.facilitators "Names of at least two Facilitators"`: the clause
/// of a source document a rule implements, by its id in the clause index, and the key words it
/// quotes. Either part may be left out.
public struct Citation: Sendable {
    public let clause: Name?
    public let quote: TextClause?
    public let range: Range<Int>
}

/// `clause modalities.iii.proposals.title "Modalities §III Proposals for BPF topics"` with its
/// `quote`: one clause of a source document, for rules to cite and for `coverage`.
public struct ClauseDeclaration: Sendable {
    public let id: Name
    public let heading: TextClause
    public let quote: TextClause?
    public let range: Range<Int>
    /// `unchecked "an invitation, not an obligation"`: why no rule can check the clause.
    public var unchecked: TextClause? = nil
}

/// `data proposal { … }`: the shape of a data name, used to read its JSON and to check rules.
public struct DataDeclaration: Sendable {
    public let name: Name
    public let type: TypeExpr
    public let range: Range<Int>
}

/// `type person { name: text, mag_member: yes/no }`: a named shape used in data declarations.
public struct TypeDeclaration: Sendable {
    public let name: Name
    public let type: TypeExpr
    public let range: Range<Int>
}

/// `include "../schema.rules"`: loads another rule file (once, however often it is included).
public struct IncludeDeclaration: Sendable {
    public let path: TextClause
    public let range: Range<Int>
}

public struct TypeExpr: Sendable {
    public indirect enum Kind: Sendable {
        /// `text`, `number`, `yes/no`, `date`, `date-time`, `duration`, or a declared type's name.
        case named(String)
        case list(TypeExpr)
        case record([FieldType])
    }
    public let kind: Kind
    public let range: Range<Int>
}

public struct FieldType: Sendable {
    public let name: Name
    public let type: TypeExpr
}

/// `test "…"` with the data it is given and the outcome each rule must have.
public struct TestDeclaration: Sendable {
    public let name: TextClause
    public var clauses: [TestClause]
    public let range: Range<Int>
}

public enum TestClause: Sendable {
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
    public var verb: String {
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

public enum SetOperation: String, Sendable {
    case assign = "="
    case append = "+="
}

// MARK: Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public let range: Range<Int>
    /// Height of the tree under this node (1 for a leaf); bounded by `Parser.maximumDepth`.
    public let depth: Int

    public init(_ kind: ExprKind, _ range: Range<Int>, depth: Int = 1) {
        self.kind = kind
        self.range = range
        self.depth = depth
    }
}

public indirect enum ExprKind: Sendable {
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

public enum TextPart: Sendable {
    case literal(String)
    case expression(Expr)
    /// `{count(proposal.facilitators) facilitators}`: the number and the noun, singular for 1
    /// ("1 facilitator", "3 facilitators"); `noun` is as written (`facilitators`, `person/people`).
    case counted(Expr, noun: String)
}

public struct RecordField: Sendable {
    public let name: Name
    public let value: Expr
}

public enum UnaryOperator: String, Sendable {
    case not = "not"
    case negate = "-"
}

public enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in` = "in", notIn = "not in"
    /// `done by due`: on or before `due`; when `done` is missing, pending until `due` passes.
    case by
    case add = "+", subtract = "-", multiply = "*", divide = "/", concat = "++"
}

public enum Check: String, Sendable {
    case empty = "is empty", notEmpty = "is not empty", missing = "is missing", notMissing = "is not missing"
}

public enum Quantifier: String, Sendable {
    case all, any, none
}

// Initializers for building syntax outside the parser (the REPL wraps what it reads in declarations).

extension Name {
    public init(_ text: String, at range: Range<Int>) {
        self.init(text: text, range: range)
    }
}

extension RuleFile {
    public init(file: SourceFile, declarations: [Declaration]) {
        self.init(file: file, declarations: declarations, comments: [])
    }
}

extension DefineDeclaration {
    public init(_ name: Name, _ value: Expr) {
        self.init(name: name, value: value, range: value.range)
    }
}

extension RuleDeclaration {
    /// The same rule under another name.
    public func renamed(_ name: Name) -> RuleDeclaration {
        RuleDeclaration(name: name, title: title, severity: severity, severityWritten: severityWritten, cite: cite,
                        when: when, requires: requires, message: message, range: range, titleTemplate: titleTemplate,
                        messageCases: messageCases)
    }
}
