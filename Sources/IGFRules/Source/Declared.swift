/// Where something was declared: a file and a byte range in it.
package struct Declared: Sendable {
    package let file: SourceFile
    package let range: Range<Int>
    package var location: String { "\(file.path):\(file.location(of: range.lowerBound))" }
}
