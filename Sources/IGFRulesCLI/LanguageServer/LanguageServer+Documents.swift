import IGFRules

/// Opening, changing and closing documents, and sending their diagnostics.
extension LanguageServer {
    func didOpen(_ params: JSON) {
        let document = params["textDocument"]
        guard let uri = document?["uri"]?.string, let text = document?["text"]?.string else { return }
        store.open(uri: uri, text: text, version: document?["version"]?.int ?? 0)
        reanalyze(uri: uri, changed: true)
    }

    func didChange(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.string,
              let text = params["contentChanges"]?.array?.last?["text"]?.string else { return }
        guard store.change(uri: uri, text: text, version: params["textDocument"]?["version"]?.int ?? 0) else { return }
        reanalyze(uri: uri, changed: true)
    }

    /// A closed document is read from disk again; a unit with no open document left is dropped,
    /// and its diagnostics cleared.
    func didClose(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        store.close(uri: uri)
        let openKeys = store.documents.values.compactMap(\.path).map(Workspace.key(for:))
        for (root, unit) in units.sorted(by: { $0.key < $1.key }) where !openKeys.contains(where: unit.contains) {
            for key in unit.diagnostics.keys.sorted() { publish(key, []) }
            units[root] = nil
        }
        reanalyze(uri: uri)
    }

    /// Re-checks the units a document belongs to (its own, and every unit that includes it).
    /// `changed`: only its text changed, so a unit that holds it re-checks only what the change
    /// touches (`RuleUnit+Change`); otherwise, and when it must, the whole unit.
    func reanalyze(uri: String, changed: Bool = false) {
        guard let path = DocumentStore.path(of: uri) else { return }
        let key = Workspace.key(for: path)
        if store[uri] != nil, path.hasSuffix(".rules") {
            let (root, isFolder) = RuleUnit.root(for: key)
            if units[root] == nil { units[root] = RuleUnit(root: root, isFolder: isFolder) }
        }
        let own = RuleUnit.root(for: key).0
        for unit in units.values.sorted(by: { $0.root < $1.root }) where unit.root == own || unit.contains(key) {
            analyze(unit, changeTo: changed ? key : nil)
        }
    }

    func reanalyzeAll() {
        for unit in units.values.sorted(by: { $0.root < $1.root }) { analyze(unit) }
    }

    /// Analyses a unit as a whole when its last analysis (after a change) left out the file
    /// `key`, for answers about it that need the program (the tests of code lenses).
    func complete(_ unit: RuleUnit, for key: String) {
        if let scope = unit.partialScope, !scope.contains(key) { analyze(unit) }
    }

    /// Analyses a unit (only what a change to `key` touches, when it can) and sends the
    /// diagnostics that changed.
    private func analyze(_ unit: RuleUnit, changeTo key: String? = nil) {
        let before = Set(unit.diagnostics.keys)
        if key.map({ unit.analyze(changeTo: $0, overlay: store.overlay) }) != true {
            let openPaths = store.documents.values.compactMap(\.path).map(Workspace.key(for:))
                .filter { $0.hasSuffix(".rules") && (unit.isFolder ? $0.hasPrefix(unit.root + "/") : $0 == unit.root) }
            unit.analyze(overlay: store.overlay, openPaths: openPaths)
        }
        // After a partial analysis only the files it re-checked can have other diagnostics.
        let keys = before.union(unit.diagnostics.keys).filter { unit.partialScope?.contains($0) ?? true }
        for key in keys.sorted() {
            publish(key, unit.diagnostics[key] ?? [])
        }
    }

    private func publish(_ key: String, _ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty || published.contains(key) else { return }
        if diagnostics.isEmpty { published.remove(key) } else { published.insert(key) }
        let uri = store.uri(forKey: key)
        let positions = diagnostics.first?.file.map(TextPositions.init)
        var params: [String: JSON] = [
            "uri": .string(uri),
            "diagnostics": .array(diagnostics.map { Self.protocolDiagnostic($0, positions: positions) }),
        ]
        if let version = store[uri]?.version { params["version"] = .int(version) }
        send("textDocument/publishDiagnostics", .object(params))
    }

    /// A diagnostic as the protocol writes it: range, severity, stable id as its code, notes in
    /// the message, positioned notes as related information.
    static func protocolDiagnostic(_ diagnostic: Diagnostic, positions: TextPositions?) -> JSON {
        let range = diagnostic.range ?? 0..<0
        let message = ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")
        let related: [JSON] = diagnostic.related.map { note in
            ["message": .string(note.message),
             "location": ["uri": .string(DocumentStore.uri(of: Workspace.key(for: note.file.path))),
                          "range": TextPositions(note.file).range(of: note.range)]]
        }
        var json: [String: JSON] = [
            "range": positions?.range(of: range) ?? TextPositions([]).range(of: 0..<0),
            "severity": .int(diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3),
            "code": .string(diagnostic.code),
            "source": "igfrules",
            "message": .string(message),
        ]
        if !related.isEmpty { json["relatedInformation"] = .array(related) }
        return .object(json)
    }
}
