@testable import IGFRules
import Testing

/// Long source texts in explanations are cut in the middle, at token boundaries.
@Suite struct ExplanationShorteningTests {
    @Test func shortSourcesAreKeptWholeOnOneLine() {
        #expect(ExplanationRenderer.shorten("count(proposal.facilitators)\n  >= min_facilitators") == "count(proposal.facilitators) >= min_facilitators")
    }

    @Test(arguments: [
        "count(f in proposal.facilitators where f.mag_member and f.stakeholder_group is not empty) >= min_facilitators_from_the_mag",
        "all r in report.recommendations: r.sectors is not empty and every s in r.sectors: s in policy_sectors_of_the_year",
        "proposal.submitted_at_the_secretariat_on_the_day <= calendar.first_mag_meeting_of_the_year - proposal_lead_time_in_weeks",
    ])
    func longSourcesAreCutBetweenTokensNeverInsideAName(source: String) {
        let short = ExplanationRenderer.shorten(source)
        let parts = short.components(separatedBy: " … ")
        #expect(parts.count == 2)
        #expect(short.count < source.count)
        // Each kept part is made of whole tokens of the source: it starts or ends where a token does.
        let words = Set(source.split { !($0.isLetter || $0.isNumber || "_-.".contains($0)) }.map(String.init))
        for part in parts {
            let pieces = part.split { !($0.isLetter || $0.isNumber || "_-.".contains($0)) }.map(String.init)
            #expect(pieces.allSatisfy(words.contains), "\(part)")
        }
        #expect(source.hasPrefix(parts[0]))
        #expect(source.hasSuffix(parts[1]))
    }

    @Test func aCutNeverFallsInsideAText() {
        let source = "proposal.title in [\"a title with many words in it\", \"another title with many more words\", \"x\"] or proposal.kind = \"workshop\""
        let short = ExplanationRenderer.shorten(source)
        let head = short.components(separatedBy: " … ")[0]
        #expect(head.filter { $0 == "\"" }.count % 2 == 0, "\(head)")
    }
}
