import Foundation
@testable import IGFRules
import Testing

/// `grammar/igfrules.tmLanguage.json`, the TextMate grammar editors use to colour rule files.
@Suite struct EditorGrammarTests {
    static let path = Support.root + "/grammar/igfrules.tmLanguage.json"

    func grammar() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: EditorGrammarTests.path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func isValidJSONWithTheFieldsEditorsNeed() throws {
        let grammar = try grammar()
        #expect(grammar["scopeName"] as? String == "source.igfrules")
        #expect(grammar["fileTypes"] as? [String] == ["rules"])
        #expect(grammar["patterns"] is [Any])
        #expect(grammar["repository"] is [String: Any])
    }

    @Test func everyPatternIsAValidRegularExpression() throws {
        let repository = try #require(try grammar()["repository"] as? [String: Any])
        func check(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for key in ["match", "begin", "end"] {
                    if let pattern = dictionary[key] as? String {
                        #expect((try? NSRegularExpression(pattern: pattern)) != nil, "invalid pattern \(pattern)")
                    }
                }
                dictionary.values.forEach(check)
            } else if let array = value as? [Any] {
                array.forEach(check)
            }
        }
        check(repository)
    }

    @Test func itsKeywordsAreExactlyTheLexers() throws {
        let repository = try #require(try grammar()["repository"] as? [String: Any])
        var words: Set<String> = []
        for (name, value) in repository where name.hasPrefix("keywords-") {
            let pattern = try #require((value as? [String: Any])?["match"] as? String)
            let inner = pattern.replacingOccurrences(of: "\\b(", with: "").replacingOccurrences(of: ")\\b", with: "")
            words.formUnion(inner.split(separator: "|").map(String.init))
        }
        #expect(words == Set(Keyword.allCases.map(\.rawValue)))
    }

    @Test func includesOnlyRulesThatExist() throws {
        let grammar = try grammar()
        let repository = try #require(grammar["repository"] as? [String: Any])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: grammar), as: UTF8.self)
        for match in text.matches(of: try Regex("\"#([a-z-]+)\"")) {
            let name = String(match.output[1].substring!)
            #expect(repository[name] != nil, "#\(name) is included but not defined")
        }
    }
}
