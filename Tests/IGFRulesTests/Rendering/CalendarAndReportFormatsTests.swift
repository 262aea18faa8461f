import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import IGFRules
import Testing

/// ICS, CSV, JUnit and HTML: the formats other programs read.
@Suite struct CalendarAndReportFormatsTests {
    @Test func icsLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)
        let folded = ICSCalendar.fold(line)
        for piece in folded.components(separatedBy: "\r\n") {
            #expect(piece.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func icsTextEscapesBackslashSemicolonCommaAndLineBreaks() {
        #expect(ICSCalendar.text("a\\b; c, d\ne") == "a\\\\b\\; c\\, d\\ne")
    }

    @Test func icsEventsAreAllDayForDatesAndEndTheDayAfter() throws {
        let timeline = try TimelineTests.timeline()
        let ics = ICSCalendar.ics(timeline)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20210630\r\nDTEND;VALUE=DATE:20210701\r\n"))
        #expect(ics.contains("DTSTAMP:20211001T000000Z\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("UID:activity/bpf-x/bpf.timeline.milestones/Survey/2021-06-30@igfrules\r\n"))
    }

    @Test func icsUIDsAreTheSameFromRunToRunAndDifferBetweenObligations() throws {
        let first = ICSCalendar.ics(try TimelineTests.timeline())
        let second = ICSCalendar.ics(try TimelineTests.timeline())
        #expect(first == second)
        let uids = first.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
    }

    @Test func aDueDateTimeIsAnEventAtThatInstantInUTC() {
        let instant = try! DateTime.parse("2020-11-10T16:30:00+02:00").get()
        #expect(ICSCalendar.utc(instant) == "20201110T143000Z")
    }

    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
                      ("=SUM(A1)", "\"'=SUM(A1)\""), ("-3", "-3")])
    func csvFieldsAreQuotedAsRFC4180Says(field: String, written: String) {
        #expect(CSVRanking.field(field) == written)
    }

    @Test func junitEscapesMarkupShowsControlsAndReplacesTheOtherCharactersXMLForbids() {
        #expect(JUnitReport.text("a < b & \u{1}\u{FFFE}") == "a &lt; b &amp; \\u{1}\u{FFFD}")
        #expect(JUnitReport.attribute("say \"x\"\n") == "say &quot;x&quot;&#10;")
    }

    @Test func theTimelinePageIsWellFormedWithAnInlineDrawingAndNoNetworkResource() throws {
        let html = HTMLTimeline.html(try TimelineTests.timeline())
        try Self.parse(html)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("today 2021-10-01"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)
        #expect(!html.contains("https://"))
    }

    @Test func theScoringPageIsWellFormed() throws {
        let ranking = try ScoringTests.rank([ScoringTests.proposal("a <b>", grades: [["relevance": 4]]),
                                             ScoringTests.proposal("pn", kind: "pn", grades: [])])
        let (program, _) = Support.program(ScoringTests.rules)
        let html = HTMLRanking.html(ranking, scoring: try #require(program?.scorings.first))
        try Self.parse(html)
        #expect(html.contains("<code>a &lt;b&gt;</code>"))
    }

    /// Parses the page as XML: it must be well-formed, so any browser and any parser reads it.
    static func parse(_ html: String) throws {
        let parser = XMLParser(data: Data(html.utf8))
        let ok = parser.parse()
        #expect(ok, "the page is not well-formed: \(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
    }
}
