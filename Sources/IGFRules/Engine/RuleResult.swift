/// The outcome of one rule for one subject.
public struct RuleResult: Sendable {
    package enum Status: String, Sendable, CaseIterable {
        case pass, fail, warn, skip, error
    }

    /// The rule (shared: a result holds a reference to it, titled with the run's parameters).
    package let rule: Rule
    /// What it gave, as a value.
    package let outcome: RuleOutcome
    /// For a fail or a warn: what was seen (the rule's `message`, or a summary of the explanation);
    /// for a pass, the rule's `message when met`, if it has one.
    let written: String?
    /// The conditions that decided the result, each as a tree (empty for a plain pass or a skip).
    package let explanation: [Explanation]
    /// The dated obligations its conditions met, for the timeline (empty when it was not evaluated).
    package var obligations: [Obligation]

    package init(rule: Rule, outcome: RuleOutcome, message: String? = nil, explanation: [Explanation] = [], obligations: [Obligation] = []) {
        self.rule = rule
        self.outcome = outcome
        self.written = message
        self.explanation = explanation
        self.obligations = obligations
    }

    /// The five-way status of the reports (a pending result is a pass).
    package var status: Status { outcome.status }

    /// For a failure against a number, a count, a date or a duration: what would make it pass.
    package var hint: String? {
        guard status == .fail || status == .warn else { return nil }
        // Through a buffer pointer: each tree is read where it is, not copied.
        return explanation.withUnsafeBufferPointer { trees in
            for index in trees.indices {
                if let hint = trees[index].hint { return hint }
            }
            return nil
        }
    }

    /// Whether this result makes `check` exit with 1.
    package var blocks: Bool {
        rule.severity == .required && (status == .fail || status == .error)
    }
}

/// All results for one subject (one proposal, one report…).
public struct SubjectResult: Sendable {
    /// The data name checked (`proposal`).
    package let subject: String
    /// The subject's `id` field, or its position (`#3`) when it has none.
    package let id: String
    package let results: [RuleResult]
    /// Whether a required rule failed or could not be evaluated, counting every rule checked,
    /// also once the results are narrowed to those shown (`check --rule`/`--status`).
    package let blocked: Bool

    package init(subject: String, id: String, results: [RuleResult]) {
        self.subject = subject
        self.id = id
        self.results = results
        // Through a buffer pointer: each result is read where it is, not copied.
        blocked = results.withUnsafeBufferPointer { results in results.indices.contains { results[$0].blocks } }
    }

    /// The subject with only the results `kept` shown; `blocked` still counts every rule.
    package func narrowed(to kept: [RuleResult]) -> SubjectResult {
        SubjectResult(subject: subject, id: id, results: kept, blocked: blocked)
    }

    private init(subject: String, id: String, results: [RuleResult], blocked: Bool) {
        self.subject = subject
        self.id = id
        self.results = results
        self.blocked = blocked
    }

    package var summary: Summary { Summary(results) }
}

/// How many results have each status.
package struct Summary: Sendable, Equatable {
    package var pass = 0, fail = 0, warn = 0, skip = 0, error = 0

    package init() {}

    package init(_ results: [RuleResult]) {
        for index in results.indices { add(results[index].status) }
    }

    package mutating func add(_ status: RuleResult.Status) {
        switch status {
        case .pass: pass += 1
        case .fail: fail += 1
        case .warn: warn += 1
        case .skip: skip += 1
        case .error: error += 1
        }
    }

    package mutating func add(_ other: Summary) {
        pass += other.pass
        fail += other.fail
        warn += other.warn
        skip += other.skip
        error += other.error
    }

    package func count(_ status: RuleResult.Status) -> Int {
        switch status {
        case .pass: pass
        case .fail: fail
        case .warn: warn
        case .skip: skip
        case .error: error
        }
    }
}
