/// A set of rule files that parsed and checked: every name resolved, ready to evaluate.
public final class Program: Sendable {
    public let files: [RuleFile]
    /// Data names by slot, with their declared shapes.
    public let dataNames: [DataName]
    /// Parameters by slot, with their default values.
    public let parameters: [Parameter]
    public let definitions: [Definition]
    /// Rulesets in the order they were loaded (files in path order, then position in file).
    public let rulesets: [Ruleset]
    public let tests: [Test]
    /// The clause index: the clauses of the source documents that rules cite.
    public let clauses: [Clause]
    /// The `scoring` declarations: how subjects are ranked.
    public let scorings: [Scoring]

    init(files: [RuleFile], dataNames: [DataName], parameters: [Parameter], definitions: [Definition],
         rulesets: [Ruleset], tests: [Test], clauses: [Clause], scorings: [Scoring] = []) {
        self.scorings = scorings
        self.files = files
        self.dataNames = dataNames
        self.parameters = parameters
        self.definitions = definitions
        self.rulesets = rulesets
        self.tests = tests
        self.clauses = clauses
    }

    public func dataSlot(named name: String) -> Int? { dataNames.firstIndex { $0.name == name } }
    public func parameterSlot(named name: String) -> Int? { parameters.firstIndex { $0.name == name } }

    /// All rules, in ruleset order.
    public var rules: [Rule] { rulesets.flatMap(\.rules) }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}

/// Where something was declared: a file and a byte range in it.
public struct Declared: Sendable {
    public let file: SourceFile
    public let range: Range<Int>
    public var location: String { "\(file.path):\(file.location(of: range.lowerBound))" }
}

public struct DataName: Sendable {
    public let name: String
    /// The declared shape, or `.unknown` when no `data` declaration names it.
    public let type: DataType
    public let declared: Declared?
}

public struct Parameter: Sendable {
    public let name: String
    public let defaultValue: Value
    public let type: DataType
    public let declared: Declared
}

public struct Definition: Sendable {
    public let name: String
    public let code: Code
    public let declared: Declared
}

public struct Ruleset: Sendable {
    public let id: String
    public let title: String?
    public let subject: String
    public let subjectSlot: Int
    public let source: String?
    public let when: Code?
    public let rules: [Rule]
    public let declared: Declared
}

public struct Rule: Sendable {
    /// The full id: ruleset id, a dot, the rule's name (`bpf.proposal.facilitators`).
    public let id: String
    /// The title as shown; a title with values (`{min_facilitators}`) shows the parameters'
    /// values (their defaults here, the run's values in results).
    public internal(set) var title: String?
    /// The title's values, when it shows any: code that needs no data.
    public let titleTemplate: Code?
    public let severity: Severity
    /// The id of the clause the rule cites, if it cites one from the clause index.
    public let clause: String?
    /// The citation as shown: the clause's heading and the quoted words.
    public let cite: String?
    public let when: Code?
    public let requires: [Code]
    public let message: Code?
    /// `message when …` lines: the first whose condition holds gives the message.
    public let messageCases: [MessageCode]
    public let declared: Declared
    /// The position of the rule's ruleset in `Program.rulesets`.
    public let rulesetIndex: Int
}

/// A checked `message when CONDITION "…"` line.
public struct MessageCode: Sendable {
    public let condition: Code
    public let text: Code
}

/// One clause of a source document, from the clause index.
public struct Clause: Sendable {
    public let id: String
    /// Where the clause is: "Modalities §III Proposals for BPF topics".
    public let heading: String
    /// Its key words.
    public let quote: String?
    /// Why no rule can check it (an invitation, an option, something the data does not record).
    public let unchecked: String?
    public let declared: Declared
}

/// A `test` declaration, checked only as far as its file; run by `TestRunner`.
public struct Test: Sendable {
    public let name: String
    public let declaration: TestDeclaration
    public let declared: Declared
}
