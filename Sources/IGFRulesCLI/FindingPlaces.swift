import IGFRules

/// Where a finding in the `--data` files is, as warnings name it: the file that gave its data
/// name, with the line and column of the value (of the key, for an unknown field) when the file can be read again
/// (`calendar.json:4:12`), else the file alone; "data" when no file gave the name.
final class FindingPlaces {
    private let files: [String: String]
    private let wholeFileNames: Set<String>
    /// One per file (and way of binding it), each reading its file once, when first asked.
    private var locators: [String: DataLocator] = [:]

    init(_ setup: RunSetup) {
        files = setup.dataFiles
        wholeFileNames = setup.inputs.wholeFileNames
    }

    func place(of finding: DataValidation.Finding) -> String {
        guard case .key(let name)? = finding.steps.first, let file = files[name] else { return "data" }
        let isWholeValue = wholeFileNames.contains(name)
        let key = (isWholeValue ? "=" : "{") + file
        let locator = locators[key] ?? DataLocator(path: file, isWholeValue: isWholeValue)
        locators[key] = locator
        // A field the schema does not know is fixed at its key; any other finding at its value.
        guard let location = locator.location(of: finding.steps, atKey: finding.kind == .unknownField) else { return file }
        return "\(file):\(location.line):\(location.column)"
    }
}
