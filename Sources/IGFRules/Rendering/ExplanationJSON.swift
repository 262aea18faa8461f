extension JSONBuffer {
    /// An explanation tree as JSON: `{"role":…,"source":…,"value":…[,"error":…][,"note":…],"children":[…]}`,
    /// written constants left out of `children`.
    package mutating func explanation(_ node: Explanation) {
        raw("{\"role\":\"")
        rawText(node.role.rawValue)
        raw("\",\"source\":")
        string(node.source)
        raw(",\"value\":")
        if let value = node.value { self.value(value) } else { raw("null") }
        if let error = node.error {
            raw(",\"error\":")
            string(error)
        }
        if let note = node.note {
            raw(",\"note\":")
            string(note)
        }
        raw(",\"children\":[")
        var first = true
        // Through a buffer pointer: each child is written where it is, not copied.
        node.children.withUnsafeBufferPointer { children in
            for index in children.indices where children[index].role != .constant {
                if !first { append(UInt8(ascii: ",")) }
                first = false
                explanation(children[index])
            }
        }
        raw("]}")
    }
}
