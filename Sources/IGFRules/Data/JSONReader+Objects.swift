/// Objects read as their declared shape: a key the shape declares is its own `String` (no new text
/// is made, and a record with every declared field in order shares the shape's array of names),
/// and the duplicate-key check needs no search while the keys come in declared order.
extension JSONReader {
    mutating func readObject(shape: RecordType?) throws(Failure) -> Value {
        let open = index
        index += 1
        skipSpace()
        if index < end, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .record(Record())
        }
        var keys = ObjectKeys(names: shape?.fieldNames ?? [])
        // Room for most objects at once, instead of growing 1, 2, 4, 8.
        var values = RecordBuilder(capacity: shape.map { min(max($0.fieldNames.count, 1), 32) } ?? JSONReader.initialCapacity)
        while true {
            skipSpace()
            guard index < end, bytes[index] == UInt8(ascii: "\"") else {
                throw JSONReader.keyMistake(bytes, at: index, end: end) ?? Failure(offset: index, message: "expected a key in double quotes, found \(describeHere())",
                              notes: index < end && bytes[index] == UInt8(ascii: "}") ? ["is there a comma too many before it?"] : [],
                              endsEarly: index >= end)
            }
            let keyOffset = index
            let (key, field) = try readKey(in: keys.names, from: keys.nextField)
            guard field.map({ keys.add(field: $0) }) ?? keys.add(key) else {
                throw Failure(offset: keyOffset, message: "the key \"\(key)\" appears twice in this object",
                              notes: ["each key may appear once; which value is meant is not clear"])
            }
            // A key the shape does not declare is an unknown field: `Conformance` reports it.
            if shape != nil, field == nil { needsConformance = true }
            skipSpace()
            guard index < end, bytes[index] == UInt8(ascii: ":") else {
                throw Failure(offset: index, message: "expected `:` after the key \"\(key)\", found \(describeHere())", endsEarly: index >= end)
            }
            index += 1
            skipSpace()
            let value = try readValue(as: field.map { shape!.fieldTypes[$0] } ?? .unknown)
            notePastEvent(value, key: key)
            values.append(value)
            skipSpace()
            guard index < end else {
                throw Failure(offset: open, message: "this object is not closed: the \(extent.rawValue) ends before its `}`", endsEarly: true)
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                let record = values.record(keys: keys.all)
                // A period that ends before it starts is a finding: `Conformance` words it.
                if !needsConformance, let shape, DataValidation.endsBeforeStart(record, shape: shape) != nil { needsConformance = true }
                return .record(record)
            }
            throw Failure(offset: index, message: "expected `,` or `}` after the value of \"\(key)\", found \(describeHere())")
        }
    }

    /// The key at `index` (a `"`), and which of `names` it is: the name itself when it is one,
    /// `names[hint]` (the field after the last one found) tried first without scanning the key.
    private mutating func readKey(in names: [String], from hint: Int) throws(Failure) -> (key: String, field: Int?) {
        let start = index + 1
        if hint < names.count, let stop = JSONReader.plainName(names[hint], in: bytes, at: start, end: end) {
            index = stop + 1
            return (names[hint], hint)
        }
        let (stop, isASCII) = JSONReader.plainTextEnd(bytes, from: start, to: min(end, start + JSONReader.maximumTextLength))
        guard stop < end, bytes[stop] == UInt8(ascii: "\"") else {
            let key = try readString()
            return (key, names.firstIndex(of: key))
        }
        index = stop + 1
        if let field = names.indices.first(where: { JSONReader.isName(names[$0], bytes, start..<stop) }) { return (names[field], field) }
        try checkUTF8(start..<stop, isASCII: isASCII)
        return (JSONReader.validatedText(bytes, start..<stop, isASCII: isASCII), nil)
    }

    /// The offset of the closing `"` when the key at `start` is `name` written plainly.
    private static func plainName(_ name: String, in bytes: [UInt8], at start: Int, end: Int) -> Int? {
        let stop = start + name.utf8.count
        guard stop < end, bytes[stop] == UInt8(ascii: "\""), isName(name, bytes, start..<stop) else { return nil }
        return stop
    }

    /// Whether `bytes[range]` is `name`, written without escapes (no byte of it is a backslash),
    /// compared eight bytes at a time.
    private static func isName(_ name: String, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let utf8 = name.utf8
        guard utf8.count == range.count else { return false }
        let same = utf8.withContiguousStorageIfAvailable { name in
            bytes.withUnsafeBufferPointer { all in
                var offset = 0
                while name.count - offset >= 8 {
                    // In bounds: offset + 8 <= name.count == range.count, and `range` is within `bytes`.
                    let word = unsafe UnsafeRawPointer(name.baseAddress! + offset).loadUnaligned(as: UInt64.self)
                    let other = unsafe UnsafeRawPointer(all.baseAddress! + range.lowerBound + offset).loadUnaligned(as: UInt64.self)
                    let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
                    guard word == other, (backslash &- 0x0101_0101_0101_0101) & ~backslash & 0x8080_8080_8080_8080 == 0 else { return false }
                    offset += 8
                }
                while offset < name.count, name[offset] == all[range.lowerBound + offset], name[offset] != UInt8(ascii: "\\") { offset += 1 }
                return offset == name.count
            }
        }
        return same ?? (utf8.elementsEqual(bytes[range]) && !utf8.contains(UInt8(ascii: "\\")))
    }

    /// A date or date-time field's text read straight from its bytes when it is a valid one, as
    /// `Conformance.date` and `Conformance.dateTime` would read it; nil otherwise (the text is then
    /// read as text, and `Conformance` says what is wrong with it).
    mutating func readTemporal(as type: DataType) -> Value? {
        let start = index + 1
        switch type {
        case .date:
            guard end - start > 10, bytes[start + 10] == UInt8(ascii: "\""), let (year, month, day) = CivilDate.fields(bytes, start),
                let date = CivilDate(year: year, month: month, day: day)
            else { return nil }
            index = start + 11
            return .date(date)
        case .dateTime:
            let stop = JSONReader.plainTextEnd(bytes, from: start, to: min(end, start + 64)).stop
            guard stop < end, bytes[stop] == UInt8(ascii: "\""), case .success(let instant) = DateTime.parse(bytes: Array(bytes[start..<stop])) else { return nil }
            index = stop + 1
            return .dateTime(instant)
        default:
            return nil
        }
    }

    /// Whether `Conformance` would leave `value`, read as `type`, as it is and find nothing in it;
    /// the fields and entries of records and lists are looked at as they are read.
    static func isConformed(_ value: Value, as type: DataType) -> Bool {
        switch (type, value) {
        case (.record, .record), (.list, .list), (.unknown, .record), (.unknown, .list): true
        default: Conformance.isRead(value, as: type)
        }
    }

    /// Whether `key` is among `keys` already: a scan for small objects, a set beyond 16 keys.
    static func isDuplicate(_ key: String, keys: [String], seen: inout Set<String>) -> Bool {
        if keys.count < 16 { return keys.contains(key) }
        if seen.isEmpty { seen = Set(keys) }
        return !seen.insert(key).inserted
    }
}

/// The keys of one object as it is read. While they are the first of the shape's `names` in order,
/// nothing is stored (and a record with all of them uses `names` itself); a declared key is a
/// duplicate when its position was seen (a bit per position), an undeclared one when it is among
/// the keys so far.
struct ObjectKeys {
    let names: [String]
    private var keys: [String] = []
    /// Whether the keys so far are exactly `names[0..<count]` (and `keys` is not filled yet).
    private var isPrefix = true
    private var count = 0
    /// The declared positions seen, for the first 64 of them.
    private var seenFields: UInt64 = 0
    /// The keys, as a set once an object has many undeclared keys, so that the check stays linear.
    private var seen: Set<String> = []
    /// Whether a key not in `names` was added.
    private var hasUndeclared = false
    /// The position after the last declared key: where the next key is looked for first.
    private(set) var nextField = 0

    init(names: [String]) {
        self.names = names
    }

    /// Adds the key at `field` of `names`; false when the object has it already.
    mutating func add(field: Int) -> Bool {
        nextField = field + 1
        if isPrefix, field == count {
            // names[0..<count] are distinct and do not include names[count].
            if field < 64 { seenFields |= 1 << field }
            count += 1
            return true
        }
        spell()
        if field < 64 {
            guard seenFields & (1 << field) == 0 else { return false }
            seenFields |= 1 << field
        } else if keys.contains(names[field]) {
            return false
        }
        // An undeclared key written differently may still be the same text (`==` is canonical
        // equivalence: U+212A KELVIN SIGN is K).
        if hasUndeclared, seen.isEmpty ? keys.contains(names[field]) : seen.contains(names[field]) { return false }
        keys.append(names[field])
        count += 1
        return true
    }

    /// Adds a key that is not one of `names`; false when the object has it already.
    mutating func add(_ key: String) -> Bool {
        spell()
        // A key not in `names` can only repeat another such key, which `keys` holds.
        if JSONReader.isDuplicate(key, keys: keys, seen: &seen) { return false }
        hasUndeclared = true
        keys.append(key)
        count += 1
        return true
    }

    /// The keys in the order read.
    var all: [String] {
        guard isPrefix else { return keys }
        return count == names.count ? names : Array(names[0..<count])
    }

    /// Stores the keys so far, once they are no longer the first of `names`.
    private mutating func spell() {
        guard isPrefix else { return }
        isPrefix = false
        keys.reserveCapacity(max(count + 4, JSONReader.initialCapacity))
        keys.append(contentsOf: names[0..<count])
    }
}
