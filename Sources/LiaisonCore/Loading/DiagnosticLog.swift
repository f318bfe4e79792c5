/// Collects the diagnostics of one load, in the order they are found.
final class DiagnosticLog {
    private(set) var all: [Diagnostic] = []

    func error(_ problem: Problem, at location: SourceLocation) {
        all.append(Diagnostic(.error, problem, at: location))
    }

    func warning(_ problem: Problem, at location: SourceLocation) {
        all.append(Diagnostic(.warning, problem, at: location))
    }

    var errorCount: Int { all.count { $0.severity == .error } }
}
