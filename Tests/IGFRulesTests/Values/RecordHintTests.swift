import Testing
@testable import IGFRules

/// Reading a field from where the checker expects it finds the same field as a plain search,
/// whatever the hint: right, too far (a field left out before it), too near (an extra field
/// before it), past the end, or for a name the record does not have.
@Suite struct RecordHintTests {
    let record = Record([("id", .text("a")), ("title", .text("b")), ("submitted", .number(.integer(3))), ("kind", .text("d"))])

    @Test func everyHintFindsTheFieldAPlainSearchFinds() {
        for key in ["id", "title", "submitted", "kind", "absent"] {
            for hint in 0..<8 {
                #expect(record.value(of: key, hint: hint).literal() == record[key].literal(), "\(key) from \(hint)")
            }
        }
    }

    @Test func anEmptyRecordHasNoField() {
        #expect(Record().value(of: "id", hint: 0).isMissing)
        #expect(Record().value(of: "id", hint: 5).isMissing)
    }

    @Test func aLargeRecordIsReadThroughItsIndex() {
        let fields = (0..<40).map { ("f\($0)", Value.number(.integer($0))) }
        let large = Record(fields)
        #expect(large.value(of: "f33", hint: 2).literal() == "33")
        #expect(large.value(of: "f99", hint: 39).isMissing)
    }

    @Test func theHintIsTheFieldsPlaceInItsDeclaredType() {
        let person = RecordType(name: "person", fields: [("name", .text), ("mag_member", .bool), ("region", .text)])
        #expect(Code.fieldHint("region", in: .record(person)) == 2)
        #expect(Code.fieldHint("mag_member", in: .list(.record(person))) == 1)
        #expect(Code.fieldHint("other", in: .record(person)) == 0)
        #expect(Code.fieldHint("name", in: .unknown) == 0)
    }

    @Test func dataWithAFieldLeftOutOrAddedIsStillReadRight() throws {
        let leftOut = #"{"id": "p", "submitted": "2021-01-01", "title": "T", "facilitators": [{"region": "x", "name": "A"}, {"name": "B"}]}"#
        #expect(Support.show("proposal.title ++ \"/\" ++ proposal.facilitators.name[2]", data: ["proposal": leftOut]) == "\"T/B\"")
        let added = #"{"extra": 1, "more": 2, "id": "p", "kind": "bpf", "title": "U"}"#
        #expect(Support.show("proposal.title", data: ["proposal": added]) == "\"U\"")
    }
}
