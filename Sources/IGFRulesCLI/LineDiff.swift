/// The lines that differ between two texts, as `-` lines (numbered as in the old text) and `+`
/// lines (numbered as in the new one), for
/// `fmt --diff`. Longest common subsequence on lines; beyond 4 million line pairs, every line
/// from the first difference to the last is shown as changed.
enum LineDiff {
    static func render(_ old: String, _ new: String, path: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = "--- \(path)\n+++ \(path) (formatted)\n"
        for change in changes(a, b) { out += change + "\n" }
        return out
    }

    static func changes(_ a: [String], _ b: [String]) -> [String] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        guard x.count.multipliedReportingOverflow(by: y.count).partialValue <= 4_000_000, x.count < 1 << 20, y.count < 1 << 20 else {
            return x.enumerated().map { "-\(prefix + $0.offset + 1): \($0.element)" } + y.enumerated().map { "+\(prefix + $0.offset + 1): \($0.element)" }
        }
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                i += 1
                j += 1
            } else if i < x.count, j == y.count || table[i + 1][j] >= table[i][j + 1] {
                lines.append("-\(prefix + i + 1): \(x[i])")
                i += 1
            } else {
                lines.append("+\(prefix + j + 1): \(y[j])")
                j += 1
            }
        }
        return lines
    }
}
