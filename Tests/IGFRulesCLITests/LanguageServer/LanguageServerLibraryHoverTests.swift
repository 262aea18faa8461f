import Foundation
@testable import IGFRulesCLI
import Testing

/// The language server over a copy of the live rule library: hover on a data field shows the
/// description written above it in `rules/schema.rules`.
@Suite struct LanguageServerLibraryHoverTests {
    /// Copies the live `rules/` into a fresh folder and returns it, resolved as the server resolves paths.
    static func copyOfLibrary() throws -> String {
        let folder = URL(fileURLWithPath: try CLI.temporaryFolder()).resolvingSymlinksInPath().path
        try FileManager.default.copyItem(atPath: CLI.repository + "/rules", toPath: folder + "/rules")
        return folder + "/rules"
    }

    @Test func hoverOnProposalFacilitatorsShowsItsKindAndTheSchemaDescription() throws {
        let root = try Self.copyOfLibrary()
        let client = LanguageServerClient(root: root)
        client.initialize()
        let text = try String(contentsOfFile: root + "/bpf/proposal.rules", encoding: .utf8)
        try client.open("bpf/proposal.rules", text)
        let at = LanguageServerClient.position(of: "proposal.facilitators", in: text, offset: 12)
        let hover = client.result("textDocument/hover", client.at("bpf/proposal.rules", line: at.line, character: at.character))
        let value = hover["contents"]?["value"]?.string ?? ""
        #expect(value.contains("list of person"), "\(value)")
        #expect(value.contains("The proposed facilitators of the BPF."), "\(value)")
    }
}
