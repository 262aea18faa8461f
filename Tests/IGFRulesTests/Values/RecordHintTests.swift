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

    @Test func aNegativeHintSearchesFromTheFirstField() {
        #expect(record.value(of: "kind", hint: -3).literal() == "\"d\"")
        #expect(record.value(of: "id", hint: -1).literal() == "\"a\"")
    }

    /// The checker writes a field's name as its record type's own `String`, so that it is the very
    /// instance decoded data uses for its keys (a long name compares equal without reading bytes).
    @Test func aFieldNameIsTheDeclaredTypesOwnString() {
        let declared = "immediate_relevance_of_it"
        let output = RecordType(name: "output", fields: [("id", .text), (declared, .text)])
        let written = String(Substring("x immediate_relevance_of_it".dropFirst(2)))
        let name = Code.fieldName(written, in: .list(.record(output)))
        #expect(name == declared)
        #expect(storage(of: name) == storage(of: declared))
        #expect(storage(of: written) != storage(of: declared))
        #expect(Code.fieldName("other", in: .record(output)) == "other")
        #expect(Code.fieldName("id", in: .unknown) == "id")
    }

    private func storage(of text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func dataWithAFieldLeftOutOrAddedIsStillReadRight() throws {
        let leftOut = #"{"id": "p", "submitted": "2021-01-01", "title": "T", "facilitators": [{"region": "x", "name": "A"}, {"name": "B"}]}"#
        #expect(Support.show("proposal.title ++ \"/\" ++ proposal.facilitators.name[2]", data: ["proposal": leftOut]) == "\"T/B\"")
        let added = #"{"extra": 1, "more": 2, "id": "p", "kind": "bpf", "title": "U"}"#
        #expect(Support.show("proposal.title", data: ["proposal": added]) == "\"U\"")
    }
}
