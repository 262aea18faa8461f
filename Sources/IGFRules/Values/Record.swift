/// A record: named fields in the order they were written. A record of more than `indexedFrom`
/// fields also keeps the position of each name, so that reading a field, adding one and comparing
/// records take constant time per field however many fields there are (a JSON object of 100,000
/// keys is read and used in linear time, not quadratic). Keys are distinct: JSON objects with a
/// repeated key are refused, record literals cannot repeat a name, and setting adds a key only
/// when it is absent.
///
/// The fields live in one shared storage object, copied on write: copying a record (as every
/// value read from data is copied) costs one reference count, not one per array.
package struct Record: Sendable {
    private var storage: Storage

    /// The keys, values and index of a record. Only a record that holds the sole reference to it
    /// changes it (`isKnownUniquelyReferenced` before every write), so no two threads ever see
    /// it change: that is what makes the unchecked `Sendable` safe. For the same reason no read
    /// can overlap a write, so the run-time exclusivity checks (on every field read) are off.
    private final class Storage: @unchecked Sendable {
        @exclusivity(unchecked) var keys: [String]
        @exclusivity(unchecked) var values: [Value]
        /// The position of each name's first field, for records past `indexedFrom` fields.
        @exclusivity(unchecked) var positions: [String: Int]?

        init(keys: [String], values: [Value], positions: [String: Int]?) {
            self.keys = keys
            self.values = values
            self.positions = positions
        }
    }

    static let indexedFrom = 16

    package var keys: [String] { storage.keys }
    package var values: [Value] { storage.values }

    package init() {
        storage = Storage(keys: [], values: [], positions: nil)
    }

    package init(_ fields: [(String, Value)]) {
        let keys = fields.map(\.0)
        storage = Storage(keys: keys, values: fields.map(\.1), positions: Record.index(keys))
    }

    /// Fields whose keys are known to be distinct (checked by the caller), without searching.
    package init(uniqueKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "a record needs one value per key")
        storage = Storage(keys: keys, values: values, positions: nil)
    }

    package var isEmpty: Bool { storage.keys.isEmpty }
    package var count: Int { storage.keys.count }

    /// Where the field named `key` is, if there is one.
    private func position(of key: String) -> Int? {
        if let positions = storage.positions { return positions[key] }
        return storage.keys.firstIndex(of: key)
    }

    /// The field's value, or `.missing`, looked for at position `hint` first, then down from it,
    /// then up: where the data follows its declared type (fields in order, some left out), the
    /// first comparison finds it. Keys are distinct, so the order of the search does not matter.
    package func value(of key: String, hint: Int) -> Value {
        guard storage.positions == nil else { return self[key] }
        // The keys are read in place: `storage` (and so its keys) lives as long as `self`, which
        // the caller holds for the whole call, so no reference count is taken for the search.
        let found = storage.keys.withUnsafeBufferPointer { keys -> Int? in
            guard !keys.isEmpty else { return nil }
            let start = Swift.min(Swift.max(hint, 0), keys.count - 1)
            if keys[start] == key { return start }
            var index = start - 1
            while index >= 0 {
                if keys[index] == key { return index }
                index -= 1
            }
            index = start + 1
            while index < keys.count {
                if keys[index] == key { return index }
                index += 1
            }
            return nil
        }
        guard let found else { return .missing }
        return storage.values[found]
    }

    /// The position of each key, for a record past `indexedFrom` fields; nil for a smaller one.
    private static func index(_ keys: [String]) -> [String: Int]? {
        guard keys.count > Record.indexedFrom else { return nil }
        var index = [String: Int](minimumCapacity: keys.count)
        for (position, key) in keys.enumerated() where index[key] == nil { index[key] = position }
        return index
    }

    /// The storage, copied first when another record shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) {
            storage = Storage(keys: storage.keys, values: storage.values, positions: storage.positions)
        }
        return storage
    }

    /// The field's value, or `.missing` when there is no such field.
    package subscript(key: String) -> Value {
        get {
            if let index = position(of: key) { return storage.values[index] }
            return .missing
        }
        set {
            let index = position(of: key)
            let storage = unique()
            if let index {
                storage.values[index] = newValue
            } else {
                storage.keys.append(key)
                storage.values.append(newValue)
                if storage.positions != nil {
                    storage.positions![key] = storage.keys.count - 1
                } else if storage.keys.count > Record.indexedFrom {
                    storage.positions = Record.index(storage.keys)
                }
            }
        }
    }

    package func has(_ key: String) -> Bool { position(of: key) != nil }

    package mutating func remove(_ key: String) {
        if let index = position(of: key) {
            let storage = unique()
            storage.keys.remove(at: index)
            storage.values.remove(at: index)
            storage.positions = Record.index(storage.keys)
        }
    }

    package var fields: Zip2Sequence<[String], [Value]> { zip(storage.keys, storage.values) }
}
