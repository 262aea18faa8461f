/// Writes JSON text by hand, so that key order is fixed and output is byte-for-byte stable.
/// (Reports write bytes with `JSONBuffer`; these give the same text as a `String`.)
package enum JSONWriter {
    package static func string(_ text: String) -> String {
        var buffer = JSONBuffer(capacity: text.utf8.count + 2)
        buffer.string(text)
        return buffer.text
    }

    /// A value as JSON: dates and durations as texts, missing as `null`.
    package static func value(_ value: Value) -> String {
        var buffer = JSONBuffer()
        buffer.value(value)
        return buffer.text
    }

    /// An object from ordered key/JSON-text pairs.
    package static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    package static func optional(_ text: String?) -> String {
        text.map(string) ?? "null"
    }
}
