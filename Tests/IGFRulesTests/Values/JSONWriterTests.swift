@testable import IGFRules
import Testing

/// JSON written as bytes (`JSONBuffer`, and `JSONWriter` over it) gives exactly the text the
/// `String` version gave: the old implementation is kept here as a reference and compared on
/// awkward texts.
@Suite struct JSONWriterTests {
    /// `JSONWriter.string` as it was, one Unicode scalar at a time.
    static func referenceJSONString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static let awkward: [String] = [
        "", "plain", "quote \" and backslash \\", "tab\tline\nreturn\rboth\r\n", "\u{2028}\u{2029}", "\u{2027}\u{202A}€—“”",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "\u{7F}", "emoji 🌍👩🏽‍💻 end", "é|", "|\u{301}", "*\u{301}x",
        "\u{1FEF} varia", "a\u{1FEF}`", "\u{600}|", "x|y*z_`<>[]#\\", "ends with |", "|starts", "\r", "\r\r\n\n",
    ]

    @Test func jsonStringsAreEscapedAsByTheScalarWriter() {
        for text in Self.awkward {
            #expect(JSONWriter.string(text) == Self.referenceJSONString(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func everyEscapeIsFoundAtEveryPlaceInAWordOfEightBytes() {
        for special in ["\"", "\\", "\n", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "—"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                #expect(JSONWriter.string(text) == Self.referenceJSONString(text), "\(special) at \(offset)")
            }
        }
    }

    @Test func datesAreWrittenAsTheirDescription() {
        let dates = [CivilDate(year: 1, month: 1, day: 1), CivilDate(year: 2021, month: 2, day: 23), CivilDate(year: 9999, month: 12, day: 31)]
        for date in dates.compactMap({ $0 }) {
            #expect(JSONWriter.value(.date(date)) == "\"\(date.description)\"")
        }
        #expect(JSONWriter.value(.date(CivilDate(year: 2021, month: 2, day: 3)!)) == "\"2021-02-03\"")
        // Out of the calendar's range, after date arithmetic: as `description` writes it.
        let far = CivilDate(daysSinceEpoch: 4_000_000)
        #expect(JSONWriter.value(.date(far)) == "\"\(far.description)\"")
    }

    @Test func jsonValuesNestListsRecordsPendingAndMalformedData() {
        let record = Value.record(Record([("a", .list([.number(.integer(1)), .missing, .bool(false)])), ("b\n", .text("x\u{2028}"))]))
        #expect(JSONWriter.value(record) == #"{"a":[1,null,false],"b\n":"x\u2028"}"#)
        #expect(JSONWriter.value(.pending(due: nil)) == #"{"pending":null}"#)
        #expect(JSONWriter.value(.malformed(DataProblem(path: "p", message: "bad", original: "\"2021-02-30\""))) == "\"2021-02-30\"")
        #expect(JSONWriter.value(.malformed(DataProblem(path: "p", message: "bad"))) == #"{"malformed":"p: bad"}"#)
    }
}
