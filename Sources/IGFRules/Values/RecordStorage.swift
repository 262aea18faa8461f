/// A record's keys, index and count, kept in the header of its storage.
struct RecordHeader {
    var keys: [String]
    /// The position of each name's first field, for records past `Record.indexedFrom` fields.
    var positions: [String: Int]?
    /// How many values are initialized (the first `count` of the elements).
    var count: Int
    /// How many values fit (asked for when made; `ManagedBuffer.capacity` asks malloc).
    var capacity: Int
}

/// The storage of a record: its header and, after it in the same allocation, its values. Only a
/// record that holds the sole reference to it changes it (`isKnownUniquelyReferenced` before
/// every write), so no two threads ever see it change: that is what makes `Record`'s unchecked
/// `Sendable` safe.
final class RecordStorage: ManagedBuffer<RecordHeader, Value> {
    /// A storage with room for `capacity` values and none yet.
    static func make(keys: [String], capacity: Int) -> RecordStorage {
        let buffer = RecordStorage.create(minimumCapacity: capacity) { _ in
            RecordHeader(keys: keys, positions: nil, count: 0, capacity: capacity)
        }
        // `create` called on this class makes an instance of it.
        return unsafeDowncast(buffer, to: RecordStorage.self)
    }

    /// The header, in place, without the run-time exclusivity check `header` costs. The pointer
    /// is valid while this storage lives, and every caller holds it (a record's `storage`) for
    /// the whole use; only a sole owner writes through it, so no access overlaps another.
    var head: UnsafeMutablePointer<RecordHeader> { withUnsafeMutablePointerToHeader { $0 } }

    deinit {
        _ = withUnsafeMutablePointers { header, values in values.deinitialize(count: header.pointee.count) }
    }

    /// Adds a value after the others; there must be room for it.
    func append(_ value: Value) {
        withUnsafeMutablePointers { header, values in
            precondition(header.pointee.count < header.pointee.capacity, "a record storage is full")
            (values + header.pointee.count).initialize(to: value)
            header.pointee.count += 1
        }
    }

    /// Reads the initialized values in place.
    func withValues<Result>(_ body: (UnsafeBufferPointer<Value>) -> Result) -> Result {
        withUnsafeMutablePointers { header, values in
            body(UnsafeBufferPointer(start: values, count: header.pointee.count))
        }
    }

    /// A storage with the same fields and room for `capacity` values; `moving` takes the values
    /// out of this one (which its sole owner is about to drop), else copies them.
    func copy(capacity: Int, moving: Bool) -> RecordStorage {
        let new = RecordStorage.make(keys: head.pointee.keys, capacity: Swift.max(capacity, head.pointee.count))
        new.head.pointee.positions = head.pointee.positions
        withUnsafeMutablePointers { header, values in
            new.withUnsafeMutablePointers { newHeader, newValues in
                if moving {
                    newValues.moveInitialize(from: values, count: header.pointee.count)
                } else {
                    newValues.initialize(from: values, count: header.pointee.count)
                }
                newHeader.pointee.count = header.pointee.count
            }
            if moving { header.pointee.count = 0 }
        }
        return new
    }

    /// Takes out the field at `index` (its key and value), keeping the others in order.
    func remove(at index: Int) {
        withUnsafeMutablePointers { header, values in
            let count = header.pointee.count
            precondition(index >= 0 && index < count, "a field position out of the record")
            (values + index).deinitialize(count: 1)
            (values + index).moveInitialize(from: values + index + 1, count: count - index - 1)
            header.pointee.count = count - 1
            header.pointee.keys.remove(at: index)
            header.pointee.positions = Record.index(header.pointee.keys)
        }
    }
}
