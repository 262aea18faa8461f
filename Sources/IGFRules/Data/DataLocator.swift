/// Where a finding's value is in its data file, so that a warning names the line and column to go
/// to (`calendar.json:4:12: calendar.annual_meeting: …`). Found after the fact, and only for a
/// file with findings: the file is read again (a regular file only, never a pipe, whose bytes are
/// gone) and walked along the finding's path, every other value skipped unread.
package final class DataLocator {
    /// The most findings of one file located, and the most bytes walked to locate them, so that
    /// many findings in a large file do not each walk it; later ones are named by their path alone.
    static let maximumLocated = 200
    static let maximumWalked = 64 << 20

    private let file: SourceFile?
    /// Whether the file is the data name's value (`--data calendar=FILE`), not an object of data
    /// names (`--data FILE`): the path's first step, the name, is then not in the file.
    private let isWholeValue: Bool
    private var located = 0
    private var walked = 0
    private let walkBudget: Int

    package init(path: String, isWholeValue: Bool, walkBudget: Int = DataLocator.maximumWalked) {
        self.walkBudget = walkBudget
        if case .success(let bytes) = FileAccess.read(path, limit: DataFile.maximumFileSize) {
            file = SourceFile(path: path, bytes: bytes)
        } else {
            file = nil
        }
        self.isWholeValue = isWholeValue
    }

    /// The line and column where the value at `steps` starts, or with `atKey` the key that names
    /// it (for a field to rename), when the file holds it.
    package func location(of steps: [Conformance.Step], atKey: Bool = false) -> SourceLocation? {
        guard let file, located < DataLocator.maximumLocated, walked < walkBudget else { return nil }
        located += 1
        // A walk reads the file from its start up to the value, at most to its end.
        guard let offset = DataLocator.offset(of: isWholeValue ? steps.dropFirst() : steps[...], in: file.bytes, atKey: atKey) else {
            walked += file.bytes.count
            return nil
        }
        walked += offset
        return file.location(of: offset)
    }

    /// The offset of the value at `steps` in a JSON text (with `atKey`, of the key of the last
    /// step when it is a field), or nil when the text holds none there.
    static func offset(of steps: ArraySlice<Conformance.Step>, in bytes: [UInt8], atKey: Bool = false) -> Int? {
        var walk = JSONWalk(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { walk.index = 3 }
        walk.skipSpace()
        for step in steps {
            switch step {
            case .key(let key): guard walk.enterField(key) else { return nil }
            case .index(let position): guard walk.enterElement(position) else { return nil }
            }
        }
        if atKey, case .key? = steps.last { return walk.keyStart }
        return walk.index < bytes.count ? walk.index : nil
    }
}

/// A cursor over JSON text that goes into an object's field or a list's element and skips
/// values without reading them. It trusts nothing: any surprise ends the walk (`false`).
private struct JSONWalk {
    let bytes: [UInt8]
    var index = 0
    /// Where the key of the field last entered starts (its `"`).
    private(set) var keyStart: Int?

    private var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while let byte, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    /// Into the value of the field `key` of the object at the cursor.
    mutating func enterField(_ key: String) -> Bool {
        guard byte == UInt8(ascii: "{") else { return false }
        index += 1
        while true {
            skipSpace()
            let start = index
            guard byte == UInt8(ascii: "\""), let name = readKey() else { return false }
            skipSpace()
            guard byte == UInt8(ascii: ":") else { return false }
            index += 1
            skipSpace()
            if name == key {
                keyStart = start
                return true
            }
            guard skipValue() else { return false }
            skipSpace()
            guard byte == UInt8(ascii: ",") else { return false }
            index += 1
        }
    }

    /// Into the element at `position` (from 0) of the list at the cursor.
    mutating func enterElement(_ position: Int) -> Bool {
        guard byte == UInt8(ascii: "[") else { return false }
        index += 1
        var current = 0
        while true {
            skipSpace()
            guard let byte, byte != UInt8(ascii: "]") else { return false }
            if current == position { return true }
            guard skipValue() else { return false }
            skipSpace()
            guard self.byte == UInt8(ascii: ",") else { return false }
            index += 1
            current += 1
        }
    }

    /// The key at the cursor (a `"`), its escapes read as `JSONReader` reads them.
    private mutating func readKey() -> String? {
        let start = index
        guard skipText() else { return nil }
        var reader = JSONReader(bytes: bytes, range: start..<index)
        guard case .text(let key)? = try? reader.readDocument() else { return nil }
        return key
    }

    /// Past the text at the cursor (a `"`).
    private mutating func skipText() -> Bool {
        index += 1
        while let byte {
            index += byte == UInt8(ascii: "\\") ? 2 : 1
            if byte == UInt8(ascii: "\"") { return true }
        }
        return false
    }

    /// Past the value at the cursor: a text, an object or a list (however deep), or a scalar.
    private mutating func skipValue() -> Bool {
        guard let first = byte else { return false }
        guard first == UInt8(ascii: "\"") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
            while let byte, !JSONWalk.endsScalar(byte) { index += 1 }
            return true
        }
        var depth = 0
        repeat {
            guard let byte else { return false }
            switch byte {
            case UInt8(ascii: "\""):
                guard skipText() else { return false }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                index += 1
            default:
                index += 1
            }
        } while depth > 0
        return true
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
