import Foundation
import Testing

/// The live rule library's messages say only what applies: no empty list shown as nothing, no
/// "no meeting yet" when there is a meeting, a text value quoted so a stray space shows.
@Suite struct RuleLibraryMessageTests {
    static let rules = CLI.repository + "/rules"

    /// The example file `name` with `change` applied to its JSON object, written to a temporary file.
    static func example(_ name: String, _ change: (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: rules + "/examples/" + name))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        change(&object)
        return try CLI.file(name, try JSONSerialization.data(withJSONObject: object))
    }

    static func meetings(_ meetings: [[String: Any]]) throws -> String {
        try example("pn-2021-meaningful-access.json") { object in
            var pn = object["pn"] as! [String: Any]
            var mwg = pn["mwg"] as! [String: Any]
            mwg["meetings"] = meetings
            pn["mwg"] = mwg
            object["pn"] = pn
        }
    }

    static func message(_ arguments: [String], rule: String) -> String? {
        let run = CLI.run(["check"] + arguments + ["--rule", rule])
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.contains(" \(rule) ") }), index + 1 < lines.count else { return nil }
        return lines[index + 1].trimmingCharacters(in: .whitespaces)
    }

    @Test(arguments: [
        (#"[{"open_to_observers": true}]"#, "1 meeting without a date"),
        (#"[{"date": "2021-05-01", "open_to_observers": true}, {"date": "2021-06-06", "open_to_observers": true}]"#,
         "gaps of more than 35 days: 2021-05-01 to 2021-06-06 (36 days)"),
        (#"[{"date": "2021-05-01", "open_to_observers": true}, {"date": "2021-06-06", "open_to_observers": true}, {"open_to_observers": true}]"#,
         "gaps of more than 35 days: 2021-05-01 to 2021-06-06 (36 days); 1 meeting without a date"),
    ])
    func theMonthlyMeetingMessageNamesOnlyWhatIsWrong(_ meetings: String, _ expected: String) throws {
        let list = try #require(try JSONSerialization.jsonObject(with: Data(meetings.utf8)) as? [[String: Any]])
        let data = try Self.meetings(list)
        #expect(Self.message([Self.rules + "/pn", "--data", data, "--today", "2021-12-31"], rule: "pn.mwg.monthly") == expected)
    }

    @Test func theDiversityMessageShowsNoEmptyListOfRegions() throws {
        let data = try Self.example("pn-2021-meaningful-access.json") { object in
            var pn = object["pn"] as! [String: Any]
            var mwg = pn["mwg"] as! [String: Any]
            mwg["members"] = (mwg["members"] as! [[String: Any]]).map { member in
                member.merging(["region": "", "discipline": ""]) { $1 }
            }
            pn["mwg"] = mwg
            object["pn"] = pn
        }
        #expect(Self.message([Self.rules + "/pn", "--data", data, "--today", "2021-12-31"], rule: "pn.mwg.diversity")
                == "0 regions; 0 disciplines; at least 2 regions and 2 disciplines are expected")
    }

    @Test func aBPFWhoseOnlyMeetingHasNoDateIsNotSaidToHaveNoMeeting() throws {
        let data = try Self.example("activity-bpf-data-2021-inprogress.json") { object in
            var activity = object["activity"] as! [String: Any]
            activity["meetings"] = [[String: Any]()]
            object["activity"] = activity
        }
        #expect(Self.message([Self.rules + "/bpf", "--data", data, "--today", "2021-10-01"], rule: "bpf.timeline.prompt-start")
                == "1 meeting recorded, none with a date; approved 2021-04-15, so meetings should start by 2021-05-27")
    }

    @Test func theTrackIsQuotedSoAStraySpaceShows() throws {
        let line = try #require(try String(contentsOfFile: Self.rules + "/examples/reports-2020.jsonl", encoding: .utf8).split(separator: "\n").first)
        var report = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        report["track"] = "data "
        let data = try CLI.file("track.jsonl", try JSONSerialization.data(withJSONObject: report))
        let message = Self.message([Self.rules + "/session", "--each", "report=" + data, "--data", "calendar=" + Self.rules + "/examples/calendar-2020.json",
                                    "--today", "2020-12-15"], rule: "session.report.track")
        #expect(message == "`report.track` is \"data \", not one of `calendar.tracks` (Data, Environment, Inclusion, Trust)")
    }
}
