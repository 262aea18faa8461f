/// A record: named fields in the order they were written.
public struct Record: Sendable {
    public private(set) var keys: [String]
    public private(set) var values: [Value]

    public init() {
        keys = []
        values = []
    }

    public init(_ fields: [(String, Value)]) {
        keys = fields.map(\.0)
        values = fields.map(\.1)
    }

    /// Fields whose keys are known to be distinct (checked by the caller), without searching.
    public init(uniqueKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "a record needs one value per key")
        self.keys = keys
        self.values = values
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// The field's value, or `.missing` when there is no such field.
    public subscript(key: String) -> Value {
        get {
            if let index = keys.firstIndex(of: key) { return values[index] }
            return .missing
        }
        set {
            if let index = keys.firstIndex(of: key) {
                values[index] = newValue
            } else {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    public func has(_ key: String) -> Bool { keys.contains(key) }

    public mutating func remove(_ key: String) {
        if let index = keys.firstIndex(of: key) {
            keys.remove(at: index)
            values.remove(at: index)
        }
    }

    public var fields: Zip2Sequence<[String], [Value]> { zip(keys, values) }
}
