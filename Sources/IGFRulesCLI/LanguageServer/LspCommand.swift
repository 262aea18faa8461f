import IGFRules

/// `igfrules lsp`: the language server, over standard input and output.
enum LspCommand: Command {
    static let name = "lsp"
    static let summary = "Serve editors with the Language Server Protocol over standard input and output."
    static let usage = "igfrules lsp"
    static let options: [Arguments.Option] = []
    static let discussion = """
        An editor starts this command and speaks JSON-RPC with it (Content-Length framing): diagnostics
        as you type, with fixes; hover; completion; go to definition and references; symbols; formatting;
        folding; code lenses with the outcomes of the rules' tests. See README "Editors".

        EXIT STATUS:
          0  the editor sent `shutdown` and then `exit`
          1  the input ended, or `exit` came without `shutdown`
        """

    static func run(_ arguments: Arguments, console: Console) throws -> Int32 {
        guard arguments.positionals.isEmpty else {
            throw CommandFailure.usage(UsageError("`lsp` takes no arguments", notes: ["the editor starts it as: igfrules lsp"]))
        }
        console.flush()
        StandardStreams.ignoreBrokenPipes()
        return LanguageServer.run(readChunk: StandardStreams.readInput, write: StandardStreams.writeOutput, log: { console.err($0) })
    }
}
