import Foundation

/// A small rule library written to a temporary folder for the language-server tests: a schema
/// with comments, a clause index, rules, and tests of them.
enum LanguageServerFixture {
    static let schema = """
        # The shapes of the data.

        # A proposal for a BPF topic.
        data proposal {
          # The people who will run the BPF.
          facilitators: list of person
          submitted: date
        }

        type person {
          name: text
          mag_member: yes/no
        }

        """

    static let clauses = """
        clause modalities.iii.proposals.facilitators "Modalities §III Proposals for BPF topics"
          quote "Names of at least two Facilitators"

        """

    static let rules = """
        include "../schema.rules"
        include "../clauses.rules"

        ruleset bpf.proposal "Proposals for BPF topics" for proposal

        # The fewest facilitators a proposal names.
        param min_facilitators = 2

        define mag_facilitators = [f in proposal.facilitators where f.mag_member]

        rule facilitators "At least two facilitators are named"
          cite modalities.iii.proposals.facilitators
          require count(proposal.facilitators) >= min_facilitators

        rule mag "A MAG member facilitates" recommended
          cite modalities.iii.proposals.facilitators
          require count(mag_facilitators) >= 1

        """

    static let tests = """
        include "proposal.rules"

        test "two facilitators, one of the MAG"
          given proposal = {facilitators: [{name: "A", mag_member: yes}, {name: "B", mag_member: no}]}
          today 2021-03-01
          expect bpf.proposal.facilitators pass
          expect bpf.proposal.mag pass

        test "one facilitator"
          given proposal = {facilitators: [{name: "A", mag_member: no}]}
          today 2021-03-01
          expect bpf.proposal.facilitators fail
          expect bpf.proposal.mag warn

        """

    /// Writes the library and returns its folder (with `bpf/proposal.rules` and
    /// `bpf/proposal.tests.rules` under it), its path resolved as the server resolves paths.
    static func write() throws -> String {
        let folder = URL(fileURLWithPath: try CLI.temporaryFolder()).resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: folder + "/bpf", withIntermediateDirectories: true)
        for (name, text) in [("schema.rules", schema), ("clauses.rules", clauses), ("bpf/proposal.rules", rules),
                             ("bpf/proposal.tests.rules", tests)] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return folder
    }
}
