/// A record: named fields in the order they were written. A record of more than `indexedFrom`
/// fields also keeps the position of each name, so that reading a field, adding one and comparing
/// records take constant time per field however many fields there are (a JSON object of 100,000
/// keys is read and used in linear time, not quadratic). Keys are distinct: JSON objects with a
/// repeated key are refused, record literals cannot repeat a name, and setting adds a key only
/// when it is absent.
package struct Record: Sendable {
    package private(set) var keys: [String]
    package private(set) var values: [Value]
    /// The position of each name's first field, for records past `indexedFrom` fields.
    private var positions: [String: Int]?

    static let indexedFrom = 16

    package init() {
        keys = []
        values = []
    }

    package init(_ fields: [(String, Value)]) {
        keys = fields.map(\.0)
        values = fields.map(\.1)
        reindex()
    }

    /// Fields whose keys are known to be distinct (checked by the caller), without searching.
    package init(uniqueKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "a record needs one value per key")
        self.keys = keys
        self.values = values
    }

    package var isEmpty: Bool { keys.isEmpty }
    package var count: Int { keys.count }

    /// Where the field named `key` is, if there is one.
    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return keys.firstIndex(of: key)
    }

    /// The field's value, or `.missing`, looked for from position `hint` down, then up from it:
    /// where the data follows its declared type (fields in order, some left out), the first
    /// comparisons find it. Keys are distinct, so the order of the search does not matter.
    package func value(of key: String, hint: Int) -> Value {
        guard positions == nil, !keys.isEmpty else { return self[key] }
        let start = Swift.min(hint, keys.count - 1)
        var index = start
        while index >= 0 {
            if keys[index] == key { return values[index] }
            index -= 1
        }
        index = start + 1
        while index < keys.count {
            if keys[index] == key { return values[index] }
            index += 1
        }
        return .missing
    }

    private mutating func reindex() {
        guard keys.count > Record.indexedFrom else {
            positions = nil
            return
        }
        var index = [String: Int](minimumCapacity: keys.count)
        for (position, key) in keys.enumerated() where index[key] == nil { index[key] = position }
        positions = index
    }

    /// The field's value, or `.missing` when there is no such field.
    package subscript(key: String) -> Value {
        get {
            if let index = position(of: key) { return values[index] }
            return .missing
        }
        set {
            if let index = position(of: key) {
                values[index] = newValue
            } else {
                keys.append(key)
                values.append(newValue)
                if positions != nil {
                    positions![key] = keys.count - 1
                } else if keys.count > Record.indexedFrom {
                    reindex()
                }
            }
        }
    }

    package func has(_ key: String) -> Bool { position(of: key) != nil }

    package mutating func remove(_ key: String) {
        if let index = position(of: key) {
            keys.remove(at: index)
            values.remove(at: index)
            reindex()
        }
    }

    package var fields: Zip2Sequence<[String], [Value]> { zip(keys, values) }
}
