@testable import IGFRules
import Testing

/// `ParseCache`: a file whose bytes did not change is not parsed again; a new text of the same
/// path replaces the kept parse; paths no longer loaded are forgotten.
@Suite struct ParseCacheTests {
    @Test func theSameBytesAreParsedOnceAndOtherBytesAgain() {
        let cache = ParseCache()
        let first = cache.parse(SourceFile(path: "a.rules", text: "param n = 1\n"))
        let again = cache.parse(SourceFile(path: "a.rules", text: "param n = 1\n"))
        #expect(cache.parses == 1)
        #expect(first.0.file === again.0.file)
        let changed = cache.parse(SourceFile(path: "a.rules", text: "param n = 2\n"))
        #expect(cache.parses == 2)
        #expect(changed.0.file.bytes == Array("param n = 2\n".utf8))
    }

    @Test func aParseKeepsItsDiagnostics() {
        let cache = ParseCache()
        _ = cache.parse(SourceFile(path: "b.rules", text: "param n ==\n"))
        let (_, diagnostics) = cache.parse(SourceFile(path: "b.rules", text: "param n ==\n"))
        #expect(cache.parses == 1)
        #expect(!diagnostics.isEmpty)
    }

    @Test func forgottenPathsAreParsedAgain() {
        let cache = ParseCache()
        _ = cache.parse(SourceFile(path: "a.rules", text: "param n = 1\n"))
        _ = cache.parse(SourceFile(path: "b.rules", text: "param m = 1\n"))
        cache.keep(only: ["b.rules"])
        _ = cache.parse(SourceFile(path: "a.rules", text: "param n = 1\n"))
        _ = cache.parse(SourceFile(path: "b.rules", text: "param m = 1\n"))
        #expect(cache.parses == 3)
    }
}
