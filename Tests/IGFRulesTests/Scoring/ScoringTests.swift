import Foundation
@testable import IGFRules
import Testing

/// `scoring` declarations: parsing, formatting, checking, and the ranking they give.
@Suite struct ScoringTests {
    static let rules = """
        ruleset bpf.proposal "Proposals" for proposal
          when proposal.kind is empty or proposal.kind = "bpf"

        rule title "The proposal has a title"
          require proposal.title is not empty

        ruleset bpf.selection "Selection" for proposal

        rule focus "A focus" recommended
          require proposal.description.focus is not empty

        param relevance_weight = 2

        scoring bpf.ranking "Ranking" for proposal
          eligible bpf.proposal
          criterion relevance "Relevance" weight relevance_weight from proposal.review.scores
          criterion community weight 1 from proposal.review.scores
          criterion bpf.selection "Selection" weight 1
        """

    static func proposal(_ id: String?, title: String = "T", kind: String? = nil, focus: String = "F", grades: [[String: Any]]) -> Value {
        var object: [String: Any] = ["title": title, "description": ["focus": focus], "review": ["scores": grades]]
        if let id { object["id"] = id }
        if let kind { object["kind"] = kind }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        var reader = JSONReader(bytes: Array(data))
        return try! reader.readDocument()
    }

    static func rank(_ proposals: [Value], weight: Int? = nil) throws -> Ranking {
        let (program, diagnostics) = Support.program(rules)
        let checked = try #require(program, "\(diagnostics)")
        var parameters = checked.parameters.map(\.defaultValue)
        if let weight { parameters[checked.parameterSlot(named: "relevance_weight")!] = .number(.integer(weight)) }
        let runner = RuleRunner(program: checked, parameters: parameters, today: CivilDate(year: 2021, month: 3, day: 1)!)
        var scorer = Scorer(scoring: checked.scorings[0], program: checked, parameters: parameters, today: runner.today)
        for (index, proposal) in proposals.enumerated() {
            var bindings = DataBindings(program: checked)
            bindings.bind("proposal", to: proposal)
            for result in runner.check(data: bindings.values, position: index + 1) { scorer.consider(data: bindings.values, results: result) }
        }
        return scorer.ranking()
    }

    @Test func scoresTwiceTheMeanRelevancePlusTheOtherMeansPlusOnePerRulePassed() throws {
        let ranking = try Self.rank([Self.proposal("a", grades: [["relevance": 5, "community": 4], ["relevance": 4, "community": 3], ["relevance": 4]])])
        let entry = try #require(ranking.ranked.first)
        // 2 × 13/3 + 7/2 + 1 = 8.666… + 3.5 + 1 = 13.1666… → 13.17
        #expect(entry.score == Decimal(string: "13.17"))
        #expect(entry.breakdown.map(\.criterion) == ["relevance", "community", "bpf.selection.focus"])
        #expect(entry.breakdown[0].points == Decimal(string: "8.67"))
        #expect(entry.breakdown[0].from == "mean of 3 reviewers")
        #expect(entry.breakdown[1].from == "mean of 2 reviewers")
    }

    @Test func aGradeNobodyGaveCountsZeroAndSaysSo() throws {
        let ranking = try Self.rank([Self.proposal("a", grades: [])])
        let line = try #require(ranking.ranked.first?.breakdown.first)
        #expect(line.points == 0)
        #expect(line.from == "no reviewer graded it: 0")
    }

    @Test func equalScoresShareARankAndAreListedByIdInCodePointOrder() throws {
        let grades: [[String: Any]] = [["relevance": 3, "community": 3]]
        let ranking = try Self.rank([Self.proposal("b", grades: grades), Self.proposal("Z", grades: grades),
                                     Self.proposal("c", grades: [["relevance": 1, "community": 1]]),
                                     Self.proposal("a", grades: [["relevance": 5, "community": 5]])])
        #expect(ranking.ranked.map(\.id) == ["a", "Z", "b", "c"])
        #expect(ranking.ranked.map(\.rank) == [1, 2, 2, 4])
    }

    @Test func scoresAreComparedRoundedToTwoDecimals() throws {
        // 2 × 10/3 + 3 + 1 = 10.666…, and 2 × 3.335 + 3 + 1 = 10.67: equal once rounded.
        let ranking = try Self.rank([Self.proposal("x", grades: [["relevance": 3, "community": 3], ["relevance": 3, "community": 3], ["relevance": 4, "community": 3]]),
                                     Self.proposal("y", grades: [["relevance": 3.335, "community": 3]])])
        #expect(ranking.ranked.map(\.score) == [Decimal(string: "10.67"), Decimal(string: "10.67")])
        #expect(ranking.ranked.map(\.rank) == [1, 1])
    }

    @Test func halvesRoundAwayFromZero() {
        #expect(Decimal(string: "2.345")!.rounded(places: 2) == Decimal(string: "2.35"))
        #expect(Decimal(string: "2.344999")!.rounded(places: 2) == Decimal(string: "2.34"))
        #expect(Decimal(string: "8")!.twoPlaces == "8.00")
        #expect(Decimal(string: "19.6666")!.twoPlaces == "19.67")
        #expect(Decimal(string: "-4.5")!.twoPlaces == "-4.50")
        #expect(Decimal(string: "-0.333")!.twoPlaces == "-0.33")
        #expect(Decimal(string: "123456789012345678901234.5")!.twoPlaces == "123456789012345678901234.50")
    }

    @Test func aParameterChangesAWeight() throws {
        let ranking = try Self.rank([Self.proposal("a", grades: [["relevance": 4, "community": 2]])], weight: 3)
        #expect(ranking.ranked.first?.score == 15)
    }

    @Test func aRequiredRuleNotMetMakesAProposalIneligibleNamingTheRule() throws {
        let ranking = try Self.rank([Self.proposal("a", title: " ", grades: [["relevance": 5]])])
        #expect(ranking.ranked.isEmpty)
        #expect(ranking.ineligible.map(\.id) == ["a"])
        #expect(ranking.ineligible.first?.rules == ["bpf.proposal.title"])
    }

    @Test func aRecommendedRuleNotMetOnlyCostsItsPoint() throws {
        let ranking = try Self.rank([Self.proposal("a", focus: "", grades: [["relevance": 5, "community": 5]])])
        #expect(ranking.ranked.first?.score == 15)
        #expect(ranking.ranked.first?.breakdown.last?.points == 0)
    }

    @Test func aProposalTheRulesetDoesNotApplyToIsLeftOutWithTheValueThatDecided() throws {
        let ranking = try Self.rank([Self.proposal("pn-1", kind: "pn", grades: [])])
        #expect(ranking.leftOut.map(\.id) == ["pn-1"])
        #expect(ranking.leftOut.first?.reason == "kind is \"pn\": bpf.proposal does not apply")
    }

    @Test(arguments: [7, -1])
    func aGradeOutsideZeroToFiveIsADataErrorNamingItsPathAndTheOthersAreStillRanked(grade: Int) throws {
        let ranking = try Self.rank([Self.proposal("bad", grades: [["relevance": 4], ["relevance": grade]]), Self.proposal("good", grades: [])])
        #expect(ranking.ranked.map(\.id) == ["good"])
        #expect(ranking.unscored.first?.problems == ["proposal.review.scores[2].relevance: a grade is a number from 0 to 5, found number \(grade)"])
    }

    @Test func aGradeOfTheWrongKindIsADataError() throws {
        let ranking = try Self.rank([Self.proposal("bad", grades: [["relevance": "high"]])])
        let problem = try #require(ranking.unscored.first?.problems.first)
        #expect(problem.hasPrefix("proposal.review.scores[1].relevance"))
    }

    @Test func aMalformedListThatSeveralCriteriaReadIsOneProblem() throws {
        var reader = JSONReader(bytes: Array(#"{"id": "bad", "title": "T", "description": {"focus": "F"}, "review": {"scores": "x"}}"#.utf8))
        let ranking = try Self.rank([try reader.readDocument()])
        let problems = try #require(ranking.unscored.first?.problems)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.hasPrefix("proposal.review.scores") == true)
    }

    @Test func aProposalWithoutAnIdIsListedByPosition() throws {
        let ranking = try Self.rank([Self.proposal("a", grades: []), Self.proposal(nil, grades: [])])
        #expect(ranking.ranked.map(\.id).contains("#2"))
    }

    @Test func theFormatterKeepsAScoringAsWrittenAndFormattingTwiceChangesNothing() throws {
        let once = try Formatter.format(SourceFile(path: "s.rules", text: "scoring  bpf.ranking for proposal\n eligible   bpf.proposal\n"
                                                   + "   criterion relevance \"Relevance\"  weight 2  from proposal.review.scores\n")).get()
        #expect(once == "scoring bpf.ranking for proposal\n  eligible bpf.proposal\n  criterion relevance \"Relevance\" weight 2 from proposal.review.scores\n")
        #expect(try Formatter.format(SourceFile(path: "s.rules", text: once)).get() == once)
    }

    @Test(arguments: [
        ("eligible bpf.propsal", "no ruleset for proposal has the id `bpf.propsal`; did you mean `bpf.proposal`?"),
        ("criterion relevanse weight 1 from proposal.review.scores", "the grades have no field `relevanse`; did you mean `relevance`?"),
        ("criterion relevance weight \"two\" from proposal.review.scores", "a weight must be a number, but this is a text"),
        ("criterion bpf.selektion weight 1", "no ruleset for proposal has the id `bpf.selektion`; did you mean `bpf.selection`?"),
    ])
    func theCheckerExplainsAMistakeInAScoring(line: String, message: String) {
        let text = """
            ruleset bpf.proposal for proposal

            rule title "T"
              require proposal.title is not empty

            ruleset bpf.selection for proposal

            scoring bpf.ranking for proposal
              criterion output weight 1 from proposal.review.scores
              \(line)
            """
        let (program, diagnostics) = Support.program(text)
        #expect(program == nil)
        #expect(diagnostics.map(\.message).contains(message), "\(diagnostics.map(\.message))")
    }
}
