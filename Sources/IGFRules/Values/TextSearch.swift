/// Finding one text inside another, in time linear in both (Knuth–Morris–Pratt over characters),
/// so that `part in text` cannot take quadratic time on texts such as "aaaa…ab" in "aaaa…a".
/// Characters compare as `=` does: by canonical equivalence. An empty part is not found (as
/// Foundation's `contains` has it).
extension String {
    func containsText(_ part: String) -> Bool {
        let needle = Array(part)
        guard !needle.isEmpty else { return false }
        // failure[i]: the length of the longest proper prefix of needle[0...i] that is also its suffix.
        var failure = [Int](repeating: 0, count: needle.count)
        var length = 0
        for index in needle.indices.dropFirst() {
            while length > 0, needle[index] != needle[length] { length = failure[length - 1] }
            if needle[index] == needle[length] { length += 1 }
            failure[index] = length
        }
        var matched = 0
        for character in self {
            while matched > 0, character != needle[matched] { matched = failure[matched - 1] }
            if character == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }
}
