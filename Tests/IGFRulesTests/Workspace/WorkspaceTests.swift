@testable import IGFRules
import Testing

/// `Workspace`: rule texts loaded, declarations typed over them by typed key, and checked.
@Suite struct WorkspaceTests {
    static let rules = """
        data proposal {
          id: text
          size: number
        }

        param minimum = 2
        define big = proposal.size >= minimum

        ruleset t for proposal

        rule sized "big enough"
          require big
        """

    func workspace() throws -> Workspace {
        let (workspace, diagnostics) = Workspace.parse(texts: [("t.rules", Self.rules)])
        #expect(diagnostics.isEmpty)
        return workspace
    }

    func typed(_ text: String) -> RuleFile {
        Parser.parse(SourceFile(path: "typed", text: text)).0
    }

    func outcome(_ workspace: Workspace, size: Int) throws -> String {
        let program = try #require(workspace.check().0, "\(workspace.check().1)")
        var bindings = DataBindings(program: program)
        guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: #"{"id": "p1", "size": \#(size)}"#)) else {
            throw Support.Failure("bad JSON")
        }
        bindings.bind("proposal", to: value)
        let results = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!).check(data: bindings.values)
        return try #require(results.first?.results.first).status.rawValue
    }

    @Test func keysNameDefinitionsParametersAndRulesByTheirFullId() {
        let file = typed("param p = 1\ndefine d = 1\nruleset r for proposal\nrule x \"x\"\n  require true\n")
        var ruleset: String?
        let keys = file.declarations.compactMap { declaration -> DeclarationKey? in
            if case .ruleset(let d) = declaration { ruleset = d.id.text }
            return DeclarationKey(declaration, ruleset: ruleset)
        }
        #expect(keys == [.parameter("p"), .definition("d"), .rule("r.x")])
    }

    @Test func aTypedParameterReplacesTheLoadedOne() throws {
        let base = try workspace()
        #expect(try outcome(base, size: 1) == "fail")
        let edited = base.declaring(typed("param minimum = 1"), keys: [.parameter("minimum")])
        #expect(try outcome(edited, size: 1) == "pass")
        #expect(try outcome(base, size: 1) == "fail", "the workspace it was made from is unchanged")
    }

    @Test func aLaterEditOfTheSameKeyReplacesTheEarlierEdit() throws {
        let once = try workspace().declaring(typed("define big = proposal.size >= 10"), keys: [.definition("big")])
        let twice = once.declaring(typed("define big = proposal.size >= 0"), keys: [.definition("big")])
        #expect(twice.edits.count == 1)
        #expect(try outcome(once, size: 5) == "fail")
        #expect(try outcome(twice, size: 5) == "pass")
    }

    @Test func aRuleIsReplacedByItsFullIdAndAnotherNameAddsOne() throws {
        let replaced = try workspace().declaring(typed("rule t.sized \"any\"\n  require true\n"), keys: [.rule("t.sized")])
        let program = try #require(replaced.check().0)
        #expect(program.rules.map(\.id) == ["t.sized"])
        let added = try workspace().declaring(typed("rule t.other \"any\"\n  require true\n"), keys: [.rule("t.other")])
        #expect(try #require(added.check().0).rules.map(\.id).sorted() == ["t.other", "t.sized"])
    }

    @Test func anEditWithoutItsKeyIsADuplicate() throws {
        let edited = try workspace().declaring(typed("param minimum = 1"), keys: [])
        #expect(edited.check().0 == nil)
    }

    @Test func replacingTheLoadedFilesKeepsTheEdits() throws {
        let edited = try workspace().declaring(typed("param minimum = 1"), keys: [.parameter("minimum")])
        let reloaded = edited.replacingBase(with: try workspace().baseFiles)
        #expect(try outcome(reloaded, size: 1) == "pass")
    }

    @Test func keysSayWhetherTheProgramDeclaresThem() throws {
        let program = try #require(try workspace().check().0)
        #expect(DeclarationKey.parameter("minimum").isDeclared(in: program))
        #expect(DeclarationKey.definition("big").isDeclared(in: program))
        #expect(DeclarationKey.rule("t.sized").isDeclared(in: program))
        #expect(!DeclarationKey.rule("sized").isDeclared(in: program))
    }
}
