import Foundation
import Testing

/// `timeline` on awkward data, run as the Secretariat runs it: malformed items, date-times with
/// offsets, sessions before the window, calendar UIDs, dates near the year 9999.
@Suite struct TimelineFindingsTests {
    static func timeline(_ data: String, today: String, format: String = "json") throws -> CLI.Run {
        let path = try CLI.file("timeline-\(UUID().uuidString).json", data)
        return CLI.run(["timeline", "rules/", "--data", path, "--today", today, "--format", format])
    }

    @Test func oneMalformedMilestoneDoesNotHideTheValidOnesAndExitsOne() throws {
        let run = try Self.timeline(#"{"activity":{"id":"a","milestones":[{"name":"bad","due":"2021-02-30"},{"name":"ok","due":"2021-06-01"}]}}"#,
                                    today: "2021-05-01")
        #expect(run.status == 1)
        #expect(run.output.contains(#""rule":"bpf.timeline.milestones","what":"ok","due":"2021-06-01","status":"pending","days":31"#))
        #expect(run.errors.contains(#": activity.milestones[1].due: "2021-02-30" is not a date"#))
        #expect(run.errors.contains("warning: activity a: bpf.timeline.milestones could not be evaluated: malformed data: activity.milestones[1].due"))
        #expect(run.errors.contains("1 rule could not be evaluated (`check` says error)"))
    }

    @Test func aMalformedDoneOrDeadlineHidesNeitherTheLaterMilestonesNorTheOtherActions() throws {
        let run = try Self.timeline(#"{"pn":{"id":"n","actions":[{"action":"bad","deadline":"2021-6-1"},{"action":"ok","deadline":"2021-06-01"}]},"#
                                    + #""activity":{"id":"a","milestones":[{"name":"baddone","due":"2021-06-01","done":"yesterday"},{"name":"ok2","due":"2021-06-02"}]}}"#,
                                    today: "2021-05-01")
        #expect(run.status == 1)
        #expect(run.output.contains(#""rule":"pn.actions","what":"ok","due":"2021-06-01""#))
        #expect(run.output.contains(#""what":"ok2","due":"2021-06-02""#))
        #expect(run.errors.contains("warning: pn n: pn.actions could not be evaluated"))
        #expect(run.errors.contains("2 rules could not be evaluated"))
    }

    @Test func aZonelessSessionEndIsReportedInsteadOfVanishing() throws {
        let run = try Self.timeline(#"{"report":{"id":"r1","ended_at":"2021-12-07T10:00:00"}}"#, today: "2021-05-01", format: "text")
        #expect(run.status == 1)
        #expect(run.errors.contains("warning: report r1: session.report.short-report could not be evaluated: malformed data: report.ended_at"))
        #expect(!run.errors.contains("The rules imply no dated obligation"))
    }

    @Test func wellFormedDataStillExitsZeroWithNoWarning() throws {
        let run = try Self.timeline(#"{"activity":{"id":"a","milestones":[{"name":"ok","due":"2021-06-01"}]}}"#, today: "2021-05-01")
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
    }

    @Test func aDueBeyondTheYear9999IsNamedWithWhatWasComputed() throws {
        let run = try Self.timeline(#"{"pn":{"id":"n","started":"9999-12-31"}}"#, today: "9999-12-31")
        #expect(run.status == 1)
        #expect(run.errors.contains("warning: pn n: pn.workplan could not be evaluated: 9999-12-31 + 4 weeks is after 9999-12-31, outside the years 0001–9999"))
        let check = CLI.run(["check", "rules/", "--data", try CLI.file("late-pn.json", #"{"pn":{"id":"n","started":"9999-12-31"}}"#), "--today", "9999-12-31"])
        #expect(check.output.contains("9999-12-31 + 4 weeks is after 9999-12-31, outside the years 0001–9999"))
    }
}
