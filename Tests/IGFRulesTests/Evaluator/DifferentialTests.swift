import Foundation
@testable import IGFRules
import Testing

/// The evaluator's results compared with an independent computation on generated inputs: date
/// arithmetic with Foundation's Calendar, counts and comparisons with Swift code over JSON decoded
/// by JSONSerialization.
@Suite struct DifferentialTests {
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func foundationDate(_ date: CivilDate) -> Date {
        let (y, m, d) = date.components
        return calendar.date(from: DateComponents(year: y, month: m, day: d))!
    }

    @Test func addingMonthsAndDaysAgreesWithFoundation() throws {
        var random = Random(state: 42)
        var checked = 0
        for _ in 0..<2_000 {
            let start = CivilDate(year: 1900 + random.next(200), month: 1 + random.next(12), day: 1 + random.next(28) + (random.next(4) == 0 ? 3 : 0))
                ?? CivilDate(year: 2020, month: 1, day: 31)!
            let months = random.next(61) - 30
            let days = random.next(801) - 400
            let source = "\(start) + \(months) months + \(days) days"
            guard case .date(let ours) = try Support.evaluate(source) else {
                Issue.record("\(source) is not a date")
                continue
            }
            let foundation = DifferentialTests.calendar.date(byAdding: .day, value: days,
                to: DifferentialTests.calendar.date(byAdding: .month, value: months, to: DifferentialTests.foundationDate(start))!)!
            #expect(DifferentialTests.foundationDate(ours) == foundation, "\(source): \(ours)")
            checked += 1
        }
        #expect(checked == 2_000)
    }

    @Test func differencesOfDatesAgreeWithFoundation() throws {
        var random = Random(state: 7)
        for _ in 0..<1_000 {
            let a = CivilDate(daysSinceEpoch: random.next(80_000) - 20_000)
            let b = CivilDate(daysSinceEpoch: random.next(80_000) - 20_000)
            let ours = try Support.evaluate("days(\(a) - \(b))")
            let foundation = DifferentialTests.calendar.dateComponents([.day], from: DifferentialTests.foundationDate(b), to: DifferentialTests.foundationDate(a)).day!
            #expect(ours.literal() == String(foundation), "\(a) - \(b)")
        }
    }

    @Test func dateTimesWithOffsetsAgreeWithFoundation() throws {
        var random = Random(state: 99)
        let formatter = ISO8601DateFormatter()
        for _ in 0..<1_000 {
            let offset = (random.next(27) - 12) * 60 + (random.next(2) == 0 ? 0 : 30)
            let sign = offset < 0 ? "-" : "+"
            let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", 1990 + random.next(40), 1 + random.next(12), 1 + random.next(28),
                              random.next(24), random.next(60), random.next(60), sign, abs(offset) / 60, abs(offset) % 60)
            let hours = random.next(100)
            guard case .success(let instant) = DateTime.parse(text), let date = formatter.date(from: text) else {
                Issue.record("\(text) was not read")
                continue
            }
            let seconds: Double = Double(instant.millisecondsSinceEpoch) / 1000
            #expect(seconds == date.timeIntervalSince1970, "\(text)")
            guard case .dateTime(let later) = try Support.evaluate("\(text) + \(hours) hours") else { continue }
            let laterSeconds: Double = Double(later.millisecondsSinceEpoch) / 1000
            #expect(laterSeconds == date.addingTimeInterval(Double(hours) * 3600).timeIntervalSince1970)
            let utcDay = DifferentialTests.calendar.dateComponents([.year, .month, .day], from: date)
            let (y, m, d) = instant.utcDate.components
            let ours: [Int] = [y, m, d]
            let theirs: [Int] = [utcDay.year!, utcDay.month!, utcDay.day!]
            #expect(ours == theirs, "UTC date of \(text)")
        }
    }

    /// Proposals with random facilitators and sponsors; the rules' outcomes against Swift code.
    @Test func proposalRulesAgreeWithSwiftCodeOverTheSameJSON() throws {
        let (loaded, diagnostics) = RuleLoader.load([Support.fixtures + "/rules/bpf/proposal.rules"])
        let program = try #require(loaded, "\(diagnostics)")
        var random = Random(state: 2021)
        let names = ["Amina K.", "Jo R.", " ", "", "Luis P.", "Zoë"]
        func person() -> String {
            var fields: [String] = []
            if random.next(10) > 0 { fields.append("\"name\": \"\(names[random.next(names.count)])\"") }
            if random.next(10) > 0 { fields.append("\"mag_member\": \(random.next(2) == 0 ? "true" : "false")") }
            return "{" + fields.joined(separator: ", ") + "}"
        }
        func people() -> String { "[" + (0..<random.next(4)).map { _ in person() }.joined(separator: ", ") + "]" }
        for index in 0..<500 {
            var fields = ["\"id\": \"p\(index)\"", "\"submitted\": \"2021-02-\(10 + random.next(19))\""]
            if random.next(8) > 0 { fields.append("\"facilitators\": " + people()) }
            if random.next(8) > 0 { fields.append("\"submitted_by\": " + people()) }
            if random.next(8) > 0 { fields.append("\"seconded_by\": " + people()) }
            let json = "{\"calendar\": {\"first_mag_meeting\": \"2021-02-23\"}, \"proposal\": {" + fields.joined(separator: ", ") + "}}"

            var bindings = DataBindings(program: program)
            guard case .success(let value) = DataFile.parse(SourceFile(path: "p", text: json)) else { throw Support.Failure("bad JSON") }
            _ = bindings.bindObject(value, from: "p")
            let results = RuleRunner(program: program, today: CivilDate(parsing: "2021-03-01")!).check(data: bindings.values)[0].results
            func status(_ id: String) -> String { results.first { $0.rule.id == id }!.status.rawValue }

            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            let proposal = decoded["proposal"] as! [String: Any]
            let facilitators = proposal["facilitators"] as? [[String: Any]]
            let sponsors = (proposal["submitted_by"] as? [[String: Any]] ?? []) + (proposal["seconded_by"] as? [[String: Any]] ?? [])
            let named = (facilitators ?? []).filter { ($0["name"] as? String).map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false }
            #expect(status("bpf.proposal.facilitators") == (named.count >= 2 ? "pass" : "fail"), "\(json)")
            let submitted = proposal["submitted"] as! String
            #expect(status("bpf.proposal.deadline") == (submitted < "2021-02-23" ? "pass" : "fail"), "\(json)")
            let anyMAG = (facilitators ?? []).contains { $0["mag_member"] as? Bool == true }
            #expect(status("bpf.proposal.mag-facilitator") == (anyMAG ? "pass" : "fail"), "\(json)")
            let sponsorMAG = sponsors.contains { $0["mag_member"] as? Bool == true }
            #expect(status("bpf.proposal.mag-sponsor") == (sponsorMAG ? "pass" : "fail"), "\(json)")
            // MAG sponsors (known to be MAG members) must be facilitators; with no facilitators the rule cannot be met.
            let magSponsors = sponsors.filter { $0["mag_member"] as? Bool == true }
            // Blank names never match (the catalogue's ruling): only names with a letter in them count.
            func nameOf(_ person: [String: Any]) -> String? {
                (person["name"] as? String).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            }
            let facilitatorNames = (facilitators ?? []).compactMap(nameOf)
            let facilitate: Bool
            if magSponsors.isEmpty {
                facilitate = true
            } else if facilitators == nil {
                facilitate = false
            } else {
                facilitate = magSponsors.allSatisfy { sponsor in nameOf(sponsor).map(facilitatorNames.contains) ?? false }
            }
            #expect(status("bpf.proposal.sponsors-facilitate") == (facilitate ? "pass" : "warn"), "\(json)")
        }
    }
}
