/// The file name a REPL command such as `:save` is given: the rest of the line, spaces and all
/// (`:save out with space.json`), or a name in double quotes (`:save "q.json"`, with `\"` and
/// `\\` inside), whose quotes are not part of the name.
enum ReplFileName {
    static func parse(afterCommandIn line: String) -> Result<String, ReplFileNameProblem> {
        var rest = line.drop { $0 != " " && $0 != "\t" }.drop { $0 == " " || $0 == "\t" }
        while let last = rest.last, last == " " || last == "\t" { rest = rest.dropLast() }
        guard !rest.isEmpty else { return .failure(.none) }
        guard rest.first == "\"" else { return .success(String(rest)) }
        var name = ""
        var escaped = false
        for (offset, character) in rest.dropFirst().enumerated() {
            if escaped {
                name.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                let after = rest.dropFirst(offset + 2)
                guard after.allSatisfy({ $0 == " " || $0 == "\t" }) else { return .failure(.textAfterQuote(String(after))) }
                return name.isEmpty ? .failure(.none) : .success(name)
            } else {
                name.append(character)
            }
        }
        return .failure(.unclosedQuote)
    }
}

/// Why a file name could not be read from a REPL command.
enum ReplFileNameProblem: Error, Equatable {
    case none, unclosedQuote, textAfterQuote(String)

    var message: String {
        switch self {
        case .none: "write the file name after the command, such as `:save scenario.json`"
        case .unclosedQuote: "the file name has no closing double quote: write `:save \"my file.json\"`"
        case .textAfterQuote(let text): "there is more after the quoted file name (`\(text)`); a name with spaces goes in one pair of double quotes"
        }
    }
}
