/// A record: named fields in the order they were written. A record of more than `indexedFrom`
/// fields also keeps the position of each name, so that reading a field, adding one and comparing
/// records take constant time per field however many fields there are (a JSON object of 100,000
/// keys is read and used in linear time, not quadratic). Keys are distinct: JSON objects with a
/// repeated key are refused, record literals cannot repeat a name, and setting adds a key only
/// when it is absent.
///
/// The fields live in one shared storage object, copied on write, that holds the values itself
/// (after its header, in the same allocation): building a record allocates once, and copying one
/// (as every value read from data is copied) costs one reference count. `ManagedBuffer` cannot be
/// `Sendable`, so the record's conformance is unchecked: its storage is changed only by a record
/// that holds the sole reference to it (see `RecordStorage`).
package struct Record: @unchecked Sendable {
    private var storage: RecordStorage

    static let indexedFrom = 16

    package var keys: [String] { storage.head.pointee.keys }
    /// The values, as an array of their own (cold uses: hot ones read `value(at:)` or `fields`).
    package var values: [Value] { storage.withValues { Array($0) } }

    package init() {
        storage = RecordStorage.make(keys: [], capacity: 0)
    }

    package init(_ fields: [(String, Value)]) {
        let keys = fields.map(\.0)
        storage = RecordStorage.make(keys: keys, capacity: keys.count)
        storage.head.pointee.positions = Record.index(keys)
        for (_, value) in fields { storage.append(value) }
    }

    /// Fields whose keys are known to be distinct (checked by the caller), without searching.
    package init(uniqueKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "a record needs one value per key")
        storage = RecordStorage.make(keys: keys, capacity: keys.count)
        storage.head.pointee.positions = Record.index(keys)
        for value in values { storage.append(value) }
    }

    /// Fields whose keys are known to be distinct, each value made by `value` from its position,
    /// in order, straight into the record's storage.
    package init<Failure: Error>(uniqueKeys keys: [String], value: (Int) throws(Failure) -> Value) throws(Failure) {
        storage = RecordStorage.make(keys: keys, capacity: keys.count)
        storage.head.pointee.positions = Record.index(keys)
        for index in keys.indices { storage.append(try value(index)) }
    }

    /// The record of a storage that `RecordBuilder` filled.
    init(built storage: RecordStorage) {
        self.storage = storage
    }

    package var isEmpty: Bool { storage.head.pointee.count == 0 }
    /// Whether the record keeps the position of each name (past `indexedFrom` fields).
    var isIndexed: Bool { storage.head.pointee.positions != nil }
    package var count: Int { storage.head.pointee.count }

    /// The value at `index`, which must be below `count`.
    package func value(at index: Int) -> Value {
        precondition(index >= 0 && index < storage.head.pointee.count, "a field position out of the record")
        return storage.withUnsafeMutablePointerToElements { $0[index] }
    }

    /// Whether the two records share their storage (and so are equal, field for field).
    package func sharesStorage(with other: Record) -> Bool { storage === other.storage }

    /// Where the record's storage is: the same for copies that share it, while one of them lives.
    package var storageAddress: UInt { UInt(bitPattern: ObjectIdentifier(storage)) }

    /// Where the field named `key` is, if there is one.
    private func position(of key: String) -> Int? {
        if let positions = storage.head.pointee.positions { return positions[key] }
        return storage.head.pointee.keys.firstIndex(of: key)
    }

    /// The field's value, or `.missing`, looked for at position `hint` first, then down from it,
    /// then up: where the data follows its declared type (fields in order, some left out), the
    /// first comparison finds it. Keys are distinct, so the order of the search does not matter.
    package func value(of key: String, hint: Int) -> Value {
        guard storage.head.pointee.positions == nil else { return self[key] }
        // The keys are read in place: `storage` (and so its keys) lives as long as `self`, which
        // the caller holds for the whole call, so no reference count is taken for the search.
        let found = storage.head.pointee.keys.withUnsafeBufferPointer { keys -> Int? in
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
        return storage.withUnsafeMutablePointerToElements { $0[found] }
    }

    /// The position of each key, for a record past `indexedFrom` fields; nil for a smaller one.
    static func index(_ keys: [String]) -> [String: Int]? {
        guard keys.count > Record.indexedFrom else { return nil }
        var index = [String: Int](minimumCapacity: keys.count)
        for (position, key) in keys.enumerated() where index[key] == nil { index[key] = position }
        return index
    }

    /// The storage, copied first when another record shares it or it has no room for `extra`
    /// more values (then with room for twice as many, so that adding fields one by one takes
    /// linear time).
    private mutating func unique(extra: Int = 0) -> RecordStorage {
        let uniquelyOwned = isKnownUniquelyReferenced(&storage)
        let count = storage.head.pointee.count
        if !uniquelyOwned || count + extra > storage.head.pointee.capacity {
            let capacity = extra == 0 ? count : Swift.max(count + extra, 2 * count)
            storage = storage.copy(capacity: capacity, moving: uniquelyOwned)
        }
        return storage
    }

    /// The field's value, or `.missing` when there is no such field.
    package subscript(key: String) -> Value {
        get {
            if let index = position(of: key) { return value(at: index) }
            return .missing
        }
        set {
            if let index = position(of: key) {
                unique().withUnsafeMutablePointerToElements { $0[index] = newValue }
            } else {
                let storage = unique(extra: 1)
                storage.head.pointee.keys.append(key)
                storage.append(newValue)
                if storage.head.pointee.positions != nil {
                    storage.head.pointee.positions![key] = storage.head.pointee.count - 1
                } else if storage.head.pointee.count > Record.indexedFrom {
                    storage.head.pointee.positions = Record.index(storage.head.pointee.keys)
                }
            }
        }
    }

    package func has(_ key: String) -> Bool { position(of: key) != nil }

    package mutating func remove(_ key: String) {
        if let index = position(of: key) { unique().remove(at: index) }
    }

    /// The fields in order, read in place.
    package var fields: Fields { Fields(record: self) }

    /// The fields of a record, as (key, value) pairs.
    package struct Fields: Sequence, IteratorProtocol {
        let record: Record
        var index = 0

        package mutating func next() -> (String, Value)? {
            guard index < record.count else { return nil }
            defer { index += 1 }
            return (record.storage.head.pointee.keys[index], record.value(at: index))
        }

        package var underestimatedCount: Int { record.count - index }
    }
}
