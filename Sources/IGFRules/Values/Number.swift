import Foundation

/// A number: an exact integer while it fits in 64 bits and no division makes it fractional,
/// otherwise a binary floating-point value.
package enum Number: Sendable, Hashable, CustomStringConvertible {
    case integer(Int)
    case real(Double)

    package var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        }
    }

    /// `2.0` becomes the integer `2`; other reals stay reals. Negative zero becomes zero.
    static func normalized(_ value: Double) -> Number {
        if value == value.rounded(), abs(value) < 9.0e15 { return .integer(Int(value)) }
        return .real(value)
    }

    /// Reals are compared as their decimal forms of 15 significant digits, as spreadsheets do, so
    /// that the binary rounding of one operation does not decide a rule at its boundary: the mean
    /// of 3.3, 3.3 and 3.3 is at least 3.3, and 0.1 + 0.2 = 0.3. Integers compare exactly.
    public static func == (a: Number, b: Number) -> Bool {
        switch (a, b) {
        case let (.integer(x), .integer(y)): x == y
        default: a.comparable == b.comparable
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(comparable)
    }

    static func < (a: Number, b: Number) -> Bool {
        switch (a, b) {
        case let (.integer(x), .integer(y)): x < y
        default: a.comparable < b.comparable
        }
    }

    /// The value rounded to 15 significant digits (what a double holds exactly in decimal).
    var comparable: Double {
        let value = doubleValue
        guard value.isFinite, value != 0 else { return value }
        return Double(String(format: "%.15g", value)) ?? value
    }

    func adding(_ other: Number) -> Number {
        if case let (.integer(x), .integer(y)) = (self, other) {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return .integer(sum) }
        }
        return .normalized(doubleValue + other.doubleValue)
    }

    func subtracting(_ other: Number) -> Number {
        if case let (.integer(x), .integer(y)) = (self, other) {
            let (difference, overflow) = x.subtractingReportingOverflow(y)
            if !overflow { return .integer(difference) }
        }
        return .normalized(doubleValue - other.doubleValue)
    }

    func multiplying(_ other: Number) -> Number {
        if case let (.integer(x), .integer(y)) = (self, other) {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow { return .integer(product) }
        }
        return .normalized(doubleValue * other.doubleValue)
    }

    /// Exact when the division comes out whole; nil when dividing by zero.
    func dividing(by other: Number) -> Number? {
        if other.doubleValue == 0 { return nil }
        if case let (.integer(x), .integer(y)) = (self, other), y != -1 || x != Int.min, x % y == 0 {
            return .integer(x / y)
        }
        return .normalized(doubleValue / other.doubleValue)
    }

    var negated: Number {
        switch self {
        case .integer(let value) where value != Int.min: .integer(-value)
        default: .normalized(-doubleValue)
        }
    }

    /// Integers as written; reals with up to 15 significant digits and no trailing zeros.
    public var description: String {
        switch self {
        case .integer(let value):
            return String(value)
        case .real(let value):
            if value.isNaN { return "not a number" }
            if value.isInfinite { return value < 0 ? "-infinity" : "infinity" }
            var text = String(comparable)
            if text.contains("e") { return text }
            if text.hasSuffix(".0") { text.removeLast(2) }
            return text
        }
    }
}
