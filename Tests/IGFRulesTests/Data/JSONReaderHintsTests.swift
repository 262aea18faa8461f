@testable import IGFRules
import Testing

/// A hand-edited data file's commonest mistakes, told in words a non-programmer can act on.
@Suite struct JSONReaderHintsTests {
    func problem(_ text: String) -> String {
        switch DataFile.parse(SourceFile(path: "d.json", text: text)) {
        case .success: return "parsed"
        case .failure(let diagnostic): return DiagnosticRenderer().render(diagnostic)
        }
    }

    @Test func aThousandsCommaSaysNumbersAreWrittenWithoutCommas() {
        #expect(problem("{\"proposal\": {\"year\": 2,021}}") == """
            d.json:1:23: error: this data is not valid JSON: numbers are written without commas: `2021`, not `2,021`
             1 | {"proposal": {"year": 2,021}}
               |                       ^

            """)
        #expect(problem("{\"n\": 1,000,000.5, \"m\": 1}").contains("numbers are written without commas: `1000000.5`, not `1,000,000.5`"))
    }

    @Test func aDecimalCommaSaysDecimalsAreWrittenWithAPoint() {
        #expect(problem("{\"score\": 2,5}").contains("d.json:1:11: error: this data is not valid JSON: decimals are written with a point: `2.5`, not `2,5`"))
    }

    @Test func curlyQuotesGetTheStraightQuotesHintForValuesAndKeys() {
        #expect(problem("{\"first_mag_meeting\": “2021-02-23”}").contains("texts are written between straight double quotes: \"2021-02-23\""))
        #expect(problem("{“title”: 1}").contains("d.json:1:2: error: this data is not valid JSON: texts are written between straight double quotes: \"title\""))
        #expect(problem("{\"a\": “open}").contains("texts are written between straight double quotes: \"…\""))
    }

    @Test func aTextWithoutQuotesSaysTextsAreWrittenInDoubleQuotes() {
        #expect(problem("{\"title\": Gender and Digital Rights,\n \"year\": 2021}")
                .contains("d.json:1:11: error: this data is not valid JSON: texts are written in double quotes: \"Gender and Digital Rights\""))
        #expect(problem("{\"t\": new ideas}").contains("texts are written in double quotes: \"new ideas\""))
        #expect(problem("[\"a\", Pérez]").contains("texts are written in double quotes: \"Pérez\""))
    }

    @Test func aMisspeltKeywordOrATopLevelWordKeepsThePlainMessage() {
        #expect(problem("{\"b\": tru}").contains("expected a value, found `tru`"))
        #expect(problem("{\"b\": True}").contains("expected a value, found `True`"))
        #expect(problem("proposal: yes").contains("expected a value, found `proposal`"))
    }

    @Test func aMissingClosingQuoteSaysToCloseTheText() {
        #expect(problem("{\"t\": \"abc\n}").contains("this text is not closed: end it with `\"` before the end of the line"))
    }
}
