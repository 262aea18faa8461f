/// A JSON reader over UTF-8 bytes that turns a document into `Value`s and, when the document is
/// not valid JSON, says where: line and column, what was expected and what was found. It bounds
/// nesting (`maximumDepth`) instead of overflowing the stack, and refuses duplicate keys.
package struct JSONReader {
    /// How deeply arrays and objects may nest.
    package static let maximumDepth = 128
    /// The longest text, in bytes, and the longest list, in entries, a data file may hold.
    package static let maximumTextLength = 1 << 20
    package static let maximumListLength = 1_000_000
    /// The most values (texts, numbers, lists, records… each entry and field counts) one document
    /// may hold: about 150 bytes each once read, so that no file within the size limit can
    /// exhaust memory (a file of `[{},{},…]` is 3 bytes a value).
    package static let maximumValueCount = 4_000_000

    /// A document that is not JSON: the byte offset of the problem and what it is.
    package struct Failure: Error, Sendable {
        package let offset: Int
        package let message: String
        package var notes: [String] = []
        /// Whether the bytes ended before the value did (a record of a JSON Lines file spread over lines).
        package var endsEarly = false
        /// The JSON is valid but goes beyond a limit of the reader (a text, a list, nesting).
        package var pastLimit = false
    }

    /// What the bytes are, so that messages name their end: a whole file, or one line of a JSON Lines file.
    package enum Extent: String, Sendable {
        case file, line
    }

    /// The room made for the fields of an object, or the entries of a list, before reading them.
    static let initialCapacity = 8

    /// The longest number literal, in characters, a data file may hold.
    package static let maximumNumberLength = 1_000

    let bytes: [UInt8]
    var index: Int
    let end: Int
    let extent: Extent
    private var depth = 0
    /// The values read so far, against `maximumValueCount`.
    private var valuesRead = 0
    /// Whether some value read is not yet of its declared kind (a text in a date field, a key the
    /// shape does not declare, a text where the kind is unknown): `Conformance` must then read it.
    package internal(set) var needsConformance = false
    /// The latest date in a field that records a past event (`DataValidation.pastEventFields`).
    package private(set) var latestPastEvent: CivilDate?

    /// Reads the bytes in `range` (the whole buffer by default), which are a whole file or one line.
    package init(bytes: [UInt8], range: Range<Int>? = nil, extent: Extent = .file) {
        self.bytes = bytes
        self.extent = extent
        index = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
    }

    /// Reads exactly one JSON value (a leading byte-order mark is skipped), its objects and texts
    /// read as `type` declares them (see `readValue(as:)`).
    package mutating func readDocument(as type: DataType = .unknown) throws(Failure) -> Value {
        if end - index >= 3, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { index += 3 }
        let start = index
        do {
            return try readWholeValue(as: type)
        } catch {
            // A document read to its end is UTF-8 (its texts are checked as they are read, `checkUTF8`);
            // one that is not is said to be so first, at its first invalid byte, whatever else is wrong.
            if let bad = SourceBytes.firstInvalidUTF8(bytes, from: start, to: end) { throw JSONReader.notUTF8(bytes, at: bad) }
            throw error
        }
    }

    /// The document's one value and nothing after it but space.
    private mutating func readWholeValue(as type: DataType) throws(Failure) -> Value {
        skipSpace()
        guard index < end else {
            throw Failure(offset: index, message: "the file is empty", notes: ["a data file holds one JSON value, such as { \"proposal\": { … } }"])
        }
        let value = try readValue(as: type)
        let valueEnd = index
        skipSpace()
        guard index == end else {
            let expected = extent == .line ? "the end of the line after the record" : "the end of the data after the JSON value"
            throw Failure(offset: index, message: "expected \(expected), found \(describeHere())", notes: [secondValueNote(spaceFrom: valueEnd)])
        }
        return value
    }

    mutating func skipSpace() {
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    func describeHere() -> String {
        guard index < end else { return "the end of the \(extent.rawValue)" }
        let byte = bytes[index]
        if byte >= 0x21, byte < 0x7F { return "`\(Character(Unicode.Scalar(byte)))`" }
        if byte >= 0x80 {
            let length = SourceBytes.scalarLength(byte)
            return "`" + String(decoding: bytes[index..<min(end, index + length)], as: UTF8.self) + "`"
        }
        return "the byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// A value read as `type` declares it: the keys of an object are the shape's own texts, and a
    /// date or date-time is read from its bytes. Any value that `Conformance` would still change, or
    /// find a problem in, sets `needsConformance`.
    mutating func readValue(as type: DataType) throws(Failure) -> Value {
        let value = try readAnyValue(as: type)
        if !needsConformance, !JSONReader.isConformed(value, as: type) { needsConformance = true }
        return value
    }

    private mutating func readAnyValue(as type: DataType) throws(Failure) -> Value {
        valuesRead += 1
        if valuesRead > JSONReader.maximumValueCount {
            throw Failure(offset: index, message: "the data holds more than \(JSONReader.maximumValueCount.grouped) values", pastLimit: true)
        }
        guard index < end else { throw Failure(offset: index, message: "expected a value, found the end of the \(extent.rawValue)", endsEarly: true) }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            let shape: RecordType? = if case .record(let shape) = type { shape } else { nil }
            return try nested { (reader: inout JSONReader) throws(Failure) -> Value in try reader.readObject(shape: shape) }
        case UInt8(ascii: "["):
            let element: DataType = if case .list(let element) = type { element } else { .unknown }
            return try nested { (reader: inout JSONReader) throws(Failure) -> Value in try reader.readArray(of: element) }
        case UInt8(ascii: "\""):
            if let temporal = readTemporal(as: type) { return temporal }
            return .text(try readString())
        case UInt8(ascii: "t"): return try readWord("true", .bool(true))
        case UInt8(ascii: "f"): return try readWord("false", .bool(false))
        case UInt8(ascii: "n"): return try readWord("null", .missing)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default:
            var notes: [String] = []
            if bytes[index] == UInt8(ascii: "'") { notes.append("JSON texts use double quotes: \"…\"") }
            if bytes[index] == UInt8(ascii: "}") || bytes[index] == UInt8(ascii: "]") { notes.append("is there a comma too many before it?") }
            throw JSONReader.valueMistake(bytes, at: index, end: end) ?? Failure(offset: index, message: "expected a value, found \(describeWord())", notes: notes,
                                                                                       endsEarly: index >= end)
        }
    }

    /// Notes a date read in the field `key`, when the field records a past event.
    mutating func notePastEvent(_ value: Value, key: String) {
        let date: CivilDate
        switch value {
        case .date(let day): date = day
        case .dateTime(let instant): date = instant.utcDate
        default: return
        }
        guard DataValidation.pastEventFields.contains(key) else { return }
        if latestPastEvent.map({ $0 < date }) ?? true { latestPastEvent = date }
    }

    private mutating func nested(_ body: (inout JSONReader) throws(Failure) -> Value) throws(Failure) -> Value {
        depth += 1
        defer { depth -= 1 }
        if depth > JSONReader.maximumDepth {
            throw Failure(offset: index, message: "the data is nested more than \(JSONReader.maximumDepth) levels deep", pastLimit: true)
        }
        return try body(&self)
    }

    private mutating func readWord(_ word: StaticString, _ value: Value) throws(Failure) -> Value {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard end - index >= count, bytes[index..<index + count].elementsEqual(expected) else {
            throw JSONReader.valueMistake(bytes, at: index, end: end) ?? Failure(offset: index, message: "expected a value, found \(describeWord())",
                          notes: ["JSON values are texts in double quotes, numbers, true, false, null, [lists] and {objects}"])
        }
        index += count
        return value
    }

    private func describeWord() -> String {
        var probe = index
        while probe < end, SourceBytes.isWordByte(bytes[probe]) { probe += 1 }
        return probe > index ? "`" + String(decoding: bytes[index..<probe], as: UTF8.self) + "`" : describeHere()
    }

    private mutating func readArray(of element: DataType) throws(Failure) -> Value {
        let open = index
        index += 1
        var items: [Value] = []
        skipSpace()
        if index < end, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .list(items)
        }
        items.reserveCapacity(JSONReader.initialCapacity)
        while true {
            skipSpace()
            if items.count == JSONReader.maximumListLength {
                throw Failure(offset: open, message: "this list has more than \(JSONReader.maximumListLength.grouped) entries", pastLimit: true)
            }
            items.append(try readValue(as: element))
            skipSpace()
            guard index < end else {
                throw Failure(offset: open, message: "this list is not closed: the \(extent.rawValue) ends before its `]`", endsEarly: true)
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .list(items)
            }
            throw Failure(offset: index, message: "expected `,` or `]` in the list, found \(describeHere())")
        }
    }

    mutating func readString() throws(Failure) -> String {
        let open = index
        index += 1
        // Most texts have no escape: find the closing quote in one scan and copy the bytes once.
        let limit = min(end, open + JSONReader.maximumTextLength + 1)
        let (stop, isASCII) = JSONReader.plainTextEnd(bytes, from: open + 1, to: limit)
        if stop < limit, bytes[stop] == UInt8(ascii: "\"") {
            try checkUTF8((open + 1)..<stop, isASCII: isASCII)
            index = stop + 1
            return JSONReader.validatedText(bytes, (open + 1)..<stop, isASCII: isASCII)
        }
        index = stop
        return try readEscapedString(open: open, isASCII: isASCII)
    }

    /// A text with escapes or a problem, read from one escape (or problem) to the next: `index` is
    /// the first, found by `readString`'s scan, which says whether the bytes before it are ASCII.
    private mutating func readEscapedString(open: Int, isASCII: Bool) throws(Failure) -> String {
        var start = open + 1
        var buffer: [UInt8] = []
        // Room for most texts at once (escapes only make them shorter), instead of growing 1, 2, 4, ….
        buffer.reserveCapacity(min(end - open, 4096))
        var escaped = false
        // Whether the stretch since `start` (scanned by one `plainTextEnd`) is all ASCII.
        var stretchIsASCII = isASCII
        let limit = min(end, open + JSONReader.maximumTextLength + 1)
        while index < end {
            let byte = bytes[index]
            if index - open > JSONReader.maximumTextLength {
                throw Failure(offset: open, message: "this text is longer than \((JSONReader.maximumTextLength / 1024).grouped) KB", pastLimit: true)
            }
            if byte == UInt8(ascii: "\"") {
                try checkUTF8(start..<index, isASCII: stretchIsASCII)
                let text: String
                if escaped {
                    buffer.append(contentsOf: bytes[start..<index])
                    text = JSONReader.validatedText(buffer, 0..<buffer.count)
                } else {
                    text = JSONReader.validatedText(bytes, start..<index)
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                try checkUTF8(start..<index, isASCII: stretchIsASCII)
                escaped = true
                buffer.append(contentsOf: bytes[start..<index])
                try readEscape(into: &buffer)
                start = index
                (index, stretchIsASCII) = index < limit ? JSONReader.plainTextEnd(bytes, from: index, to: limit) : (index, false)
                continue
            }
            if byte < 0x20 {
                if byte == UInt8(ascii: "\n") {
                    throw Failure(offset: open, message: "this text is not closed: end it with `\"` before the end of the line",
                                  notes: ["a line break inside a JSON text is written \\n"])
                }
                throw Failure(offset: index, message: "a control character (0x\(String(byte, radix: 16, uppercase: true))) inside a text must be escaped")
            }
            stretchIsASCII = false
            index += 1
        }
        throw Failure(offset: open, message: "this text is not closed: the \(extent.rawValue) ends before its closing `\"`", endsEarly: true)
    }

    private mutating func readEscape(into buffer: inout [UInt8]) throws(Failure) {
        let at = index
        guard index + 1 < end else { throw Failure(offset: at, message: "the \(extent.rawValue) ends inside an escape", endsEarly: true) }
        let code = bytes[index + 1]
        index += 2
        switch code {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "r"): buffer.append(UInt8(ascii: "\r"))
        case UInt8(ascii: "t"): buffer.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "u"):
            var scalar = try readHex4(at: at)
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw Failure(offset: at, message: "a \\u escape of a high surrogate must be followed by a low surrogate")
                }
                index += 2
                let low = try readHex4(at: at)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw Failure(offset: at, message: "a \\u escape of a high surrogate must be followed by a low surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw Failure(offset: at, message: "a \\u escape holds a lone low surrogate")
            }
            buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            throw Failure(offset: at, message: "unknown escape `\\\(Character(Unicode.Scalar(code)))` in a text",
                          notes: ["the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"])
        }
    }

    private mutating func readHex4(at offset: Int) throws(Failure) -> UInt32 {
        guard index + 4 <= end else { throw Failure(offset: offset, message: "a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(offset: offset, message: "a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    private mutating func readNumber() throws(Failure) -> Value {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < end, SourceBytes.isDigit(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw Failure(offset: start, message: "expected digits after `-`") }
        if bytes[digitsStart] == UInt8(ascii: "0"), index - digitsStart > 1 {
            throw Failure(offset: start, message: "a JSON number cannot start with 0 (found \(String(decoding: bytes[start..<index], as: UTF8.self)))")
        }
        var isInteger = true
        if index < end, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            let fraction = index
            while index < end, SourceBytes.isDigit(bytes[index]) { index += 1 }
            guard index > fraction else { throw Failure(offset: start, message: "expected digits after the decimal point") }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < end, SourceBytes.isDigit(bytes[index]) { index += 1 }
            guard index > exponent else { throw Failure(offset: start, message: "expected digits in the exponent") }
        }
        if index - start > JSONReader.maximumNumberLength {
            throw Failure(offset: start, message: "this number is longer than \(JSONReader.maximumNumberLength.grouped) characters", pastLimit: true)
        }
        // An integer of at most 18 digits fits in an `Int`: it is read from its bytes, without a text.
        if isInteger, index - digitsStart <= 18 {
            var integer = 0
            for byte in bytes[digitsStart..<index] { integer = integer &* 10 &+ Int(byte &- UInt8(ascii: "0")) }
            return .number(.integer(start == digitsStart ? integer : 0 &- integer))
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .number(.integer(integer)) }
        guard let real = Double(text), real.isFinite else {
            return .malformed(DataProblem(path: "", message: "the number \(JSONReader.shortened(text)) is too large", original: text))
        }
        return .number(real == 0 ? .integer(0) : (isInteger ? .real(real) : .normalized(real)))
    }

    /// A long number as the first and last few of its characters and its length, for a message.
    static func shortened(_ text: String) -> String {
        guard text.utf8.count > 40 else { return text }
        return "\(text.prefix(20))…\(text.suffix(10)) (\(text.count.grouped) characters)"
    }
}
