/// How messages name a kind: with its article ("a date", "a yes/no"), in the catalogue's words.
extension DataType {
    /// The kind alone with its article ("a list", not "a list of text"), as messages name it.
    var kindWithArticle: String { Diagnostic.article(self) }
}
