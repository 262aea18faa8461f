import Foundation
import Testing

/// `timeline` on awkward data, run as the Secretariat runs it: malformed items, date-times with
/// offsets, sessions before the window, calendar UIDs, dates near the year 9999.
@Suite struct TimelineFindingsTests {
    static func timeline(_ data: String, today: String, format: String = "json") throws -> CLI.Run {
        let path = try CLI.file("timeline-\(UUID().uuidString).json", data)
        return CLI.run(["timeline", "rules/", "--data", path, "--today", today, "--format", format])
    }

    @Test func aBatchPrintsTheDataWarningsOfTwentyRecordsThenCountsTheOthersAsCheckDoes() throws {
        let lines = (1...25).map { #"{"id":"a\#($0)","milestones":[{"name":"m","due":"2021-06-01","done":"2021-05-0\#($0 % 9 + 1)"}]}"# }
        let path = try CLI.file("activities.jsonl", lines.joined(separator: "\n") + "\n")
        let run = CLI.run(["timeline", "rules/", "--each", "activity=" + path, "--today", "2021-04-01"])
        let warnings = run.errors.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        #expect(warnings.count == 21)
        #expect(warnings.first?.hasPrefix("warning: \(path), record 1: activity.milestones[1].done: 2021-05-02 is after today") == true)
        #expect(warnings.last == "warning: 5 more records of \(path) have data warnings, not shown (`igfrules validate` lists every malformed value and unknown field)")
    }

    @Test func anEmptyRecordsFileIsNamedAsCheckNamesItNotAsDataNoRulesetChecks() throws {
        let path = try CLI.file("no-activities.jsonl", "")
        for command in ["timeline", "check", "validate"] {
            let run = CLI.run([command, "rules/", "--each", "activity=" + path] + (command == "validate" ? [] : ["--today", "2021-04-01"]))
            #expect(run.status == 2)
            #expect(run.errors.contains("Error: the records file \(path) holds no records\n"))
            #expect(!run.errors.contains("no ruleset applies"))
        }
    }

    @Test func anAnnualMeetingThatEndsBeforeItStartsIsAWarningInTimelineCheckAndValidate() throws {
        let calendar = #"{"calendar":{"first_mag_meeting":"2021-03-01","annual_meeting":{"start":"2021-12-06","end":"2021-11-10"}}}"#
        let path = try CLI.file("reversed-\(UUID().uuidString).json", calendar)
        let activity = try CLI.file("activity-\(UUID().uuidString).json", #"{"activity":{"id":"a","approved":"2021-03-20"}}"#)
        let warning = "calendar.annual_meeting: ends on 2021-11-10, before it starts on 2021-12-06: is one of the dates wrong?"
        for command in ["timeline", "check"] {
            let run = CLI.run([command, "rules/", "--data", path, "--data", activity, "--today", "2021-04-01"])
            #expect(run.errors.contains("warning: \(path):1:64: \(warning)\n"), "\(command): \(run.errors)")
        }
        let validate = CLI.run(["validate", "rules/", "--data", path])
        #expect(validate.status == 1)
        #expect(validate.output.contains("\(path):1:64: \(warning)\n"))
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

/// The timeline's written dates, statuses and calendar UIDs follow cli.md.
@Suite struct TimelineContractTests {
    @Test func dateTimesAreWrittenInUTCAndSortedByTheirUTCDateThenRule() throws {
        let data = #"{"report":{"id":"r1","ended_at":"2021-05-20T00:00:00+14:00"},"#
            + #""activity":{"id":"a1","milestones":[{"name":"m20","due":"2021-05-20"},{"name":"m19","due":"2021-05-19"}]}}"#
        let run = try TimelineFindingsTests.timeline(data, today: "2021-05-01")
        #expect(run.status == 0)
        let dues = run.output.split(separator: "\n").filter { $0.contains("\"due\"") }.map { line in
            String(line.split(separator: ",").first { $0.hasPrefix("\"due\"") } ?? "")
        }
        #expect(Array(dues.prefix(3)) == [#""due":"2021-05-19""#, #""due":"2021-05-19T22:00:00Z""#, #""due":"2021-05-20""#])
        #expect(run.output.contains(#""rule":"session.report.short-report","what":"A short report is submitted within 12 hours of the session's end","due":"2021-05-19T22:00:00Z","status":"pending","days":18"#))
        let text = try TimelineFindingsTests.timeline(data, today: "2021-05-01", format: "text")
        #expect(text.output.contains("\n2021-05-19T22:00:00Z  pending   report r1"))
        #expect(!text.output.contains("+14:00"))
    }

    static let earlySession = #"{"calendar":{"annual_meeting":{"start":"2021-12-06","end":"2021-12-10"}},"#
        + #""activity":{"id":"a","annual_meeting_session":{"date":"2021-12-01"}}}"#

    @Test func aSessionBeforeTheWindowIsOnTimeWithTheDaysBeforeTheWindowBeside() throws {
        let run = try TimelineFindingsTests.timeline(Self.earlySession, today: "2021-12-20")
        #expect(run.output.contains(#""from":"2021-12-06","due":"2021-12-10","done":"2021-12-01","status":"on-time","days":9,"before_window":5"#))
        #expect(!run.output.contains("early"))
        let text = try TimelineFindingsTests.timeline(Self.earlySession, today: "2021-12-20", format: "text")
        #expect(text.output.contains("5 days before the window opened; window from 2021-12-06; done 2021-12-01"))
        let ics = try TimelineFindingsTests.timeline(Self.earlySession, today: "2021-12-20", format: "ics")
        #expect(ics.output.contains("CATEGORIES:on-time,before-window\r\n"))
        let html = try TimelineFindingsTests.timeline(Self.earlySession, today: "2021-12-20", format: "html")
        #expect(html.output.contains("<span class=\"badge before-window\">before-window</span> 5 days before the window opened"))
        #expect(!html.output.contains("badge on-time"))
    }

    /// The UID of each VEVENT, with its SUMMARY.
    static func uids(_ ics: String) -> [String: String] {
        var found: [String: String] = [:]
        var uid = ""
        for line in ics.components(separatedBy: "\r\n") {
            if line.hasPrefix("UID:") { uid = line }
            if line.hasPrefix("SUMMARY:") { found[String(line.dropFirst(8).prefix { $0 != " " })] = uid }
        }
        return found
    }

    @Test func insertingAMilestoneKeepsTheCalendarUIDsOfTheOthers() throws {
        let before = #"{"activity":{"id":"a","milestones":[{"name":"Draft","due":"2021-06-01"},{"name":"Final","due":"2021-10-01"}]}}"#
        let after = #"{"activity":{"id":"a","milestones":[{"name":"Kick-off","due":"2021-04-01"},{"name":"Draft","due":"2021-06-01"},{"name":"Final","due":"2021-10-01"}]}}"#
        let (one, two) = (Self.uids(try TimelineFindingsTests.timeline(before, today: "2021-03-01", format: "ics").output),
                          Self.uids(try TimelineFindingsTests.timeline(after, today: "2021-03-01", format: "ics").output))
        #expect(one["Draft"] != nil)
        #expect(one["Draft"] == two["Draft"])
        #expect(one["Final"] == two["Final"])
        #expect(Set(two.values).count == two.count)
    }

    @Test func twoIdenticalMilestonesStillGetTwoUIDs() throws {
        let data = #"{"activity":{"id":"a","milestones":[{"name":"Draft","due":"2021-06-01"},{"name":"Draft","due":"2021-06-01"}]}}"#
        let ics = try TimelineFindingsTests.timeline(data, today: "2021-03-01", format: "ics").output
        let uids = ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:activity/a/bpf.timeline.milestones/") }
        #expect(uids.count == 2)
        #expect(Set(uids).count == 2)
    }

    @Test func anHTMLTimelineOverEightThousandYearsHasAFewDozenTicks() throws {
        let data = #"{"activity":{"id":"a","milestones":[{"name":"early","due":"0001-01-01"},{"name":"late","due":"9999-12-30"}]}}"#
        let run = try TimelineFindingsTests.timeline(data, today: "5000-01-01", format: "html")
        #expect(run.status == 0)
        #expect(run.output.utf8.count < 20_000)
        #expect(run.output.components(separatedBy: "stroke=\"#ddd\"").count - 1 <= 40)
    }
}
