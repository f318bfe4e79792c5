/// Collects the diagnostics of one load, in the order they are found.
final class DiagnosticLog {
    private(set) var all: [Diagnostic] = []

    func error(_ problem: Problem, at location: SourceLocation) {
        all.append(Diagnostic(.error, problem, at: location))
    }

    func warning(_ problem: Problem, at location: SourceLocation) {
        all.append(Diagnostic(.warning, problem, at: location))
    }

    /// Adds what another log found, after what this one has.
    func append(_ other: DiagnosticLog) {
        all += other.all
    }

    /// The diagnostics grouped by file in the order files were read, each file's top to bottom.
    var inReadingOrder: [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in all where fileOrder[diagnostic.location.path] == nil {
            fileOrder[diagnostic.location.path] = fileOrder.count
        }
        return all.enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            return (fileOrder[a.path] ?? 0, a.line ?? 0, a.column ?? 0, left.offset)
                < (fileOrder[b.path] ?? 0, b.line ?? 0, b.column ?? 0, right.offset)
        }.map(\.element)
    }
}
