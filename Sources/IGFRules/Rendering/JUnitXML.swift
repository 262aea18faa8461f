/// JUnit's XML escaping written straight as bytes: the same bytes as `JUnitReport.text` and
/// `attribute`, from the UTF-8 alone when it settles them, otherwise through those functions.
extension JUnitReport {
    /// Appends `text(value)`.
    static func text(_ value: String, into out: inout [UInt8]) {
        escape(value, attribute: false, into: &out)
    }

    /// Appends `attribute(value)`.
    static func attribute(_ value: String, into out: inout [UInt8]) {
        escape(value, attribute: true, into: &out)
    }

    private static func escape(_ value: String, attribute: Bool, into out: inout [UInt8]) {
        let start = out.count
        var value = value
        let done = value.withUTF8 { escapeBytes($0, attribute: attribute, into: &out) }
        if !done {
            out.removeSubrange(start...)
            out.append(contentsOf: (attribute ? JUnitReport.attribute(value) : JUnitReport.text(value)).utf8)
        }
    }

    /// False when the bytes alone cannot tell the characters: a control character, a character
    /// XML forbids, or, in an attribute, a quote, tab or line break next to a non-ASCII byte (it
    /// may be part of a larger character).
    private static func escapeBytes(_ utf8: UnsafeBufferPointer<UInt8>, attribute: Bool, into out: inout [UInt8]) -> Bool {
        let count = utf8.count
        out.reserveCapacity(out.count + count)
        return MarkupBytes.escape(utf8, into: &out) { index in
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "&"): return .entity("&amp;")
            case UInt8(ascii: "<"): return .entity("&lt;")
            case UInt8(ascii: ">"): return .entity("&gt;")
            case UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                guard attribute else { return .keep }
                guard index == 0 || utf8[index - 1] < 0x80, index + 1 == count || utf8[index + 1] < 0x80 else { return .unsettled }
                return .entity(byte == UInt8(ascii: "\"") ? "&quot;" : byte == UInt8(ascii: "\n") ? "&#10;" : "&#9;")
            default:
                return MarkupBytes.startsSpecialCharacter(utf8, at: index) ? .unsettled : .keep
            }
        }
    }
}
