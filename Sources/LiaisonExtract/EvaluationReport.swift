/// The text `liaison extract --evaluate` prints: precision and recall per record kind and
/// per article, then the totals and what was missed or added.
public enum EvaluationReport {
    public static func text(_ evaluations: [Evaluation], ledger: String) -> String {
        var lines = ["Drafts against the curated ledger \(ledger) (matched/drafted = precision, matched/expected = recall)", ""]
        let header = ["article", "measure", "matched", "drafted", "expected", "precision", "recall"]
        var rows: [[String]] = [header]
        for evaluation in evaluations {
            for measure in Evaluation.Measure.allCases {
                rows.append(row(evaluation.article, measure, evaluation.scores[measure] ?? Evaluation.Score()))
            }
        }
        for measure in Evaluation.Measure.allCases {
            let total = evaluations.map { $0.scores[measure] ?? Evaluation.Score() }.reduce(Evaluation.Score(), +)
            rows.append(row("all", measure, total))
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            lines.append(row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  "))
        }
        lines.append("")
        lines.append("Missed (expected, not drafted) and extra (drafted, not expected):")
        for evaluation in evaluations {
            for measure in Evaluation.Measure.allCases {
                let missed = evaluation.misses[measure] ?? []
                let extra = evaluation.extras[measure] ?? []
                guard !missed.isEmpty || !extra.isEmpty else { continue }
                lines.append("  \(evaluation.article) \(measure.rawValue): missed [\(missed.joined(separator: ", "))]"
                    + " extra [\(extra.joined(separator: ", "))]")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ article: String, _ measure: Evaluation.Measure, _ score: Evaluation.Score) -> [String] {
        [article, measure.rawValue, String(score.matched), String(score.drafted), String(score.expected),
         format(score.precision), format(score.recall)]
    }

    private static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
    }
}
