/// A set of rule files that parsed and checked: every name resolved, ready to evaluate.
public final class Program: Sendable {
    package let files: [RuleFile]
    /// Data names by slot, with their declared shapes.
    package let dataNames: [DataName]
    /// Parameters by slot, with their default values.
    package let parameters: [Parameter]
    package let definitions: [Definition]
    /// Rulesets in the order they were loaded (files in path order, then position in file).
    package let rulesets: [Ruleset]
    package let tests: [Test]
    /// The clause index: the clauses of the source documents that rules cite.
    package let clauses: [Clause]
    /// The `scoring` declarations: how subjects are ranked.
    package let scorings: [Scoring]

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

    package func dataSlot(named name: String) -> Int? { dataNames.firstIndex { $0.name == name } }
    package func parameterSlot(named name: String) -> Int? { parameters.firstIndex { $0.name == name } }

    /// All rules, in ruleset order.
    package var rules: [Rule] { rulesets.flatMap(\.rules) }

    package func rule(id: String) -> Rule? { rules.first { $0.id == id } }
}

package struct DataName: Sendable {
    package let name: String
    /// The declared shape, or `.unknown` when no `data` declaration names it.
    package let type: DataType
    package let declared: Declared?
}

package struct Parameter: Sendable {
    package let name: String
    package let defaultValue: Value
    package let type: DataType
    package let declared: Declared
}

package struct Definition: Sendable {
    package let name: String
    package let code: Code
    package let declared: Declared
}

package struct Ruleset: Sendable {
    package let id: String
    package let title: String?
    package let subject: String
    package let subjectSlot: Int
    package let source: String?
    package let when: Code?
    package let rules: [Rule]
    package let declared: Declared
}

/// A checked `message when CONDITION "…"` line.
package struct MessageCode: Sendable {
    /// nil for `message when met`, the words of a pass.
    package let condition: Code?
    package let text: Code
}

/// One clause of a source document, from the clause index.
package struct Clause: Sendable {
    package let id: String
    /// Where the clause is: "Modalities §III Proposals for BPF topics".
    package let heading: String
    /// Its key words.
    package let quote: String?
    /// Why no rule can check it (an invitation, an option, something the data does not record).
    package let unchecked: String?
    package let declared: Declared
}

/// A `test` declaration, checked only as far as its file; run by `TestRunner`.
package struct Test: Sendable {
    package let name: String
    package let declaration: TestDeclaration
    package let declared: Declared
}
