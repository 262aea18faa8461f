extension BinaryInteger {
    /// The number with its thousands set apart by commas (`5,000,000`), as messages write a count
    /// or a limit for a reader. Rule files and data write numbers without separators.
    package var grouped: String {
        let digits = String(self.magnitude)
        guard digits.utf8.count > 3 else { return String(self) }
        var text = self < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
