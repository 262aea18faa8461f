/// What an evaluation reports as it goes, to whoever records it (the `Tracer` that builds
/// explanations). The evaluator calls it only while one is attached, so a plain evaluation
/// pays one nil check per node. An observer is a class: the evaluator holds a reference and
/// calls it in place, without copying or reopening a value at every node.
protocol EvaluationObserver: AnyObject {
    /// The expression `code` starts being evaluated; what it evaluates inside comes before its `end`.
    func begin(_ code: Code)
    /// The expression begun last gave `value`.
    func end(_ code: Code, value: Value)
    /// The expression begun last could not be evaluated.
    func end(_ code: Code, error: EvaluationError)
    /// One element of a quantifier or comprehension starts.
    func beginElement()
    /// The element begun last ends; `outcome` is nil when a `where` left it out.
    func endElement(index: Int, of count: Int, value: Value, outcome: Truth?)
}
