/// What an evaluation reports as it goes, to whoever records it (the `Tracer` that builds
/// explanations). The evaluator calls it only while one is attached, so a plain evaluation
/// pays one nil check per node.
protocol EvaluationObserver {
    /// An expression starts being evaluated; what it evaluates inside comes before its `end`.
    mutating func begin()
    /// The expression begun last gave `value`.
    mutating func end(_ code: Code, value: Value)
    /// The expression begun last could not be evaluated.
    mutating func end(_ code: Code, error: EvaluationError)
    /// One element of a quantifier or comprehension starts.
    mutating func beginElement()
    /// The element begun last ends; `outcome` is nil when a `where` left it out.
    mutating func endElement(index: Int, of count: Int, value: Value, outcome: Truth?)
}
