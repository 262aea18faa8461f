/// A record made value by value whose keys are known only once all are read (a JSON object):
/// the values go straight into the record's storage, which doubles when full, and the keys are
/// set at the end. No array of values is made and then copied.
package struct RecordBuilder {
    private var storage: RecordStorage

    /// Room for `capacity` values before the storage first grows.
    package init(capacity: Int) {
        storage = RecordStorage.make(keys: [], capacity: Swift.max(capacity, 1))
    }

    package mutating func append(_ value: Value) {
        if storage.head.pointee.count == storage.head.pointee.capacity {
            storage = storage.copy(capacity: 2 * storage.head.pointee.capacity, moving: true)
        }
        storage.append(value)
    }

    /// The record of the values appended, named by `keys` (distinct, checked by the caller, one
    /// per value).
    package consuming func record(keys: [String]) -> Record {
        precondition(keys.count == storage.head.pointee.count, "a record needs one value per key")
        storage.head.pointee.keys = keys
        storage.head.pointee.positions = Record.index(keys)
        return Record(built: storage)
    }
}
