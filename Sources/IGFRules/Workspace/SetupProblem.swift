/// Why a run cannot be set up from what a person typed (data files, parameter values, a date):
/// a usage problem (message and notes, worded for them) or diagnostics about a file (a data file
/// that is not JSON), which say where. Clients print them; the command line exits with 2.
package enum SetupProblem: Error, Sendable {
    case usage(String, notes: [String] = [])
    case diagnostics([Diagnostic])

    /// The message of a usage problem, or of the first diagnostic.
    package var message: String {
        switch self {
        case .usage(let message, _): message
        case .diagnostics(let diagnostics): diagnostics.first?.message ?? ""
        }
    }
}
