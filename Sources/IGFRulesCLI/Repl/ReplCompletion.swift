import IGFRules

/// What Tab completes in the session: `:commands`, field paths from the schema after a data name
/// (`proposal.fac` → `proposal.facilitators`), rule and ruleset ids (after `:why` and `:check`, or
/// wherever a word has a ruleset's prefix), record ids (after `:focus`), parameters (after
/// `param`), definitions and data names.
struct ReplCompletion {
    let session: ReplSession

    static let firstWords = ["set", "unset", "param", "define", "rule"]

    func complete(_ text: String, cursor: Int) -> (start: Int, candidates: [String]) {
        let characters = Array(text)
        var start = min(cursor, characters.count)
        while start > 0, ReplCompletion.isWordCharacter(characters[start - 1]) { start -= 1 }
        let word = String(characters[start..<min(cursor, characters.count)])
        let before = String(characters[..<start]).trimmingWhitespaceAndNewlines()
        let candidates = self.candidates(for: word, after: before).filter { $0.hasPrefix(word) }
        return (start, Array(Set(candidates)).sorted())
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_.:-#[]".contains(character)
    }

    private func candidates(for word: String, after before: String) -> [String] {
        let program = session.scenario.program
        let command = before.split(separator: " ").first.map(String.init) ?? ""
        if before.isEmpty, word.hasPrefix(":") { return ReplSession.commandNames }
        switch command {
        case ":why", ":check": return program.rules.map(\.id) + program.rulesets.map(\.id) + session.recordIds
        case ":focus": return session.recordIds
        case ":load", ":data", ":save", ":export", ":today": return []
        case "param" where before == "param": return program.parameters.map(\.name)
        default: break
        }
        if let dot = word.lastIndex(of: ".") {
            let path = String(word[..<dot])
            if let fields = fields(after: path, in: program) { return fields.map { path + "." + $0 } }
            return program.rules.map(\.id) + program.rulesets.map(\.id)
        }
        let names = program.dataNames.map(\.name) + program.parameters.map(\.name) + program.definitions.map(\.name)
        return before.isEmpty ? names + ReplCompletion.firstWords : names
    }

    /// The fields of the record a path leads to in the schema (`proposal.facilitators` → `name`, …).
    func fields(after path: String, in program: Program) -> [String]? {
        var parts = path.split(separator: ".").map { String($0.prefix { $0 != "[" }) }
        guard !parts.isEmpty, let slot = program.dataSlot(named: parts.removeFirst()) else { return nil }
        var type = program.dataNames[slot].type
        for part in parts {
            guard case .record(let record) = ReplCompletion.element(type), let next = record.type(of: part) else { return nil }
            type = next
        }
        guard case .record(let record) = ReplCompletion.element(type) else { return nil }
        return record.fieldNames
    }

    /// Through lists, the type of their entries (`proposal.facilitators.name` reads every entry).
    static func element(_ type: DataType) -> DataType {
        if case .list(let inner) = type { return element(inner) }
        return type
    }
}
