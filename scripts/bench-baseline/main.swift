// The hand-written baseline of scripts/bench.sh: the 14 bpf.proposal and bpf.selection rules
// coded directly in Swift over its own byte-level JSON reader, printing the ids of the rules each
// proposal fails. It gives no explanations; it is the floor the interpreter is measured against.
// Built by the script with `swiftc -O`, not a package target.
//
//   bench-baseline CALENDAR.json PROPOSALS.jsonl
import Foundation

indirect enum J {
    case null, bool(Bool), number(Double), text(String), list([J]), object([(String, J)])

    subscript(key: String) -> J {
        if case .object(let fields) = self { for (k, v) in fields where k == key { return v } }
        return .null
    }
}

struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i: Int
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes; i = 0 }

    mutating func space() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }

    mutating func value() -> J {
        space()
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1; var fields: [(String, J)] = []
            space(); if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
            while true {
                space(); let key = string(); space(); i += 1
                fields.append((key, value())); space()
                let c = bytes[i]; i += 1
                if c == UInt8(ascii: "}") { return .object(fields) }
            }
        case UInt8(ascii: "["):
            i += 1; var items: [J] = []
            space(); if bytes[i] == UInt8(ascii: "]") { i += 1; return .list(items) }
            while true {
                items.append(value()); space()
                let c = bytes[i]; i += 1
                if c == UInt8(ascii: "]") { return .list(items) }
            }
        case UInt8(ascii: "\""): return .text(string())
        case UInt8(ascii: "t"): i += 4; return .bool(true)
        case UInt8(ascii: "f"): i += 5; return .bool(false)
        case UInt8(ascii: "n"): i += 4; return .null
        default:
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "}"), bytes[i] != UInt8(ascii: "]") { i += 1 }
            return .number(Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) ?? 0)
        }
    }

    mutating func string() -> String {
        i += 1
        var out: [UInt8] = []
        let start = i
        var escaped = false
        while bytes[i] != UInt8(ascii: "\"") {
            if bytes[i] == UInt8(ascii: "\\") {
                if !escaped { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])); escaped = true }
                i += 1
                switch bytes[i] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    let hex = String(decoding: UnsafeBufferPointer(rebasing: bytes[i + 1..<i + 5]), as: UTF8.self)
                    out.append(contentsOf: String(Unicode.Scalar(UInt32(hex, radix: 16) ?? 0x3F) ?? "?").utf8); i += 4
                default: out.append(bytes[i])
                }
                i += 1
            } else {
                if escaped { out.append(bytes[i]) }
                i += 1
            }
        }
        defer { i += 1 }
        return escaped ? String(decoding: out, as: UTF8.self) : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }
}

/// Yes, no, or undecided (missing data), as the rules read them.
func present(_ value: J) -> Bool? {
    switch value {
    case .null: return nil
    case .text(let text): return text.contains { !$0.isWhitespace }
    case .list(let items): return items.contains { present($0) == true }
    default: return true
    }
}

func check(_ p: J, firstMeeting: String) -> [String] {
    if case .text(let kind) = p["kind"], kind.contains(where: { !$0.isWhitespace }), kind != "bpf" { return [] }
    var failing: [String] = []
    func rule(_ id: String, _ holds: Bool?) { if holds != true { failing.append(id) } }
    func list(_ value: J) -> [J] { if case .list(let items) = value { return items }; return [] }
    func flag(_ value: J) -> Bool? { if case .bool(let b) = value { return b }; return nil }
    func name(_ value: J) -> String? { if case .text(let t) = value["name"] { return t }; return nil }
    let facilitators = list(p["facilitators"])
    let sponsors = list(p["submitted_by"]) + list(p["seconded_by"])
    rule("bpf.proposal.title", present(p["title"]))
    rule("bpf.proposal.facilitators", facilitators.filter { present($0["name"]) == true }.count >= 2)
    rule("bpf.proposal.mag-facilitator", facilitators.contains { flag($0["mag_member"]) == true })
    rule("bpf.proposal.mag-sponsor", sponsors.contains { flag($0["mag_member"]) == true })
    let names = Set(facilitators.compactMap(name))
    rule("bpf.proposal.sponsors-facilitate", sponsors.allSatisfy { flag($0["mag_member"]) != true || name($0).map(names.contains) == true })
    if case .text(let submitted) = p["submitted"] { rule("bpf.proposal.deadline", submitted < firstMeeting) } else { rule("bpf.proposal.deadline", nil) }
    let background = p["background"], description = p["description"], selection = p["selection"]
    rule("bpf.proposal.background", present(background["text"]))
    rule("bpf.proposal.background-context", present(background["related_processes"]) == true && present(background["stakeholder_relevance"]) == true)
    rule("bpf.proposal.description", ["topics", "objectives", "focus"].allSatisfy { present(description[$0]) == true })
    rule("bpf.proposal.outreach", present(p["outreach"]["plan"]))
    rule("bpf.proposal.outreach-organisations", present(p["outreach"]["organisations"]))
    rule("bpf.selection.relevance", ["maturity", "relevance", "global_agenda"].allSatisfy { present(selection[$0]) == true })
    rule("bpf.selection.community", ["community_interest", "stakeholder_groups", "invitees"].allSatisfy { present(selection[$0]) == true })
    let expected = selection["expected_output"]
    rule("bpf.selection.expected-output", ["objectives", "organisations", "experts", "footprint", "immediate_relevance",
                                           "common_ground", "long_term", "synergies"].allSatisfy { present(expected[$0]) == true })
    return failing
}

let calendarBytes = [UInt8](FileManager.default.contents(atPath: CommandLine.arguments[1])!)
let calendar = calendarBytes.withUnsafeBufferPointer { buffer -> J in var reader = Reader(buffer); return reader.value() }
guard case .text(let firstMeeting) = calendar["first_mag_meeting"] else { fatalError("no first_mag_meeting") }
let bytes = [UInt8](FileManager.default.contents(atPath: CommandLine.arguments[2])!)
var out: [UInt8] = []
bytes.withUnsafeBufferPointer { all in
    var start = 0
    while start < all.count {
        var end = start
        while end < all.count, all[end] != 0x0A { end += 1 }
        if end > start {
            var reader = Reader(UnsafeBufferPointer(rebasing: all[start..<end]))
            let proposal = reader.value()
            for id in check(proposal, firstMeeting: firstMeeting) { out.append(contentsOf: id.utf8); out.append(0x0A) }
        }
        start = end + 1
    }
}
FileHandle.standardOutput.write(Data(out))
