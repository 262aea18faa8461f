extension Array where Element == UInt8 {
    /// `value` in decimal digits, as `String(value)` writes it, without building the `String`.
    mutating func appendDecimal(_ value: Int) {
        guard value >= 0 else {
            append(contentsOf: String(value).utf8)
            return
        }
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let end = count + digits
        append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        var (position, left) = (end, value)
        repeat {
            position -= 1
            self[position] = UInt8(ascii: "0") + UInt8(left % 10)
            left /= 10
        } while left > 0
    }
}
