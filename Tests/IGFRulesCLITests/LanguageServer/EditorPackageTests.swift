import Foundation
import Testing

/// `grammar/vscode/`: the VS Code extension manifest registers the TextMate grammar and starts
/// `igfrules lsp`.
@Suite struct EditorPackageTests {
    static let folder = CLI.repository + "/grammar/vscode"

    func manifest() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/package.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theManifestRegistersTheLanguageForRuleFiles() throws {
        let contributes = try #require(try manifest()["contributes"] as? [String: Any])
        let language = try #require((contributes["languages"] as? [[String: Any]])?.first)
        #expect(language["id"] as? String == "igfrules")
        #expect(language["extensions"] as? [String] == [".rules"])
        let configuration = try #require(language["configuration"] as? String)
        #expect(FileManager.default.fileExists(atPath: Self.folder + "/" + configuration))
        #expect(try manifest()["activationEvents"] as? [String] == ["onLanguage:igfrules"])
    }

    @Test func theManifestsGrammarIsTheRepositorysGrammar() throws {
        let contributes = try #require(try manifest()["contributes"] as? [String: Any])
        let grammar = try #require((contributes["grammars"] as? [[String: Any]])?.first)
        #expect(grammar["scopeName"] as? String == "source.igfrules")
        let path = try #require(grammar["path"] as? String)
        let registered = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + path))
        let original = try Data(contentsOf: URL(fileURLWithPath: CLI.repository + "/grammar/igfrules.tmLanguage.json"))
        #expect(registered == original)
    }

    @Test func theExtensionStartsTheLanguageServer() throws {
        let main = try #require(try manifest()["main"] as? String)
        let script = try String(contentsOfFile: Self.folder + "/" + main, encoding: .utf8)
        #expect(script.contains("args: ['lsp']"))
        #expect(script.contains("get('path') || 'igfrules'"))
    }
}
