/// The text `liaison extract --evaluate` prints: the measures micro-averaged over every
/// article, then each article's figures, then what was missed or added.
public enum EvaluationReport {
    /// `drafter` names what is compared with the curated records: the extractor's drafts by
    /// default, or a second reader's records.
    public static func text(_ evaluations: [Evaluation], ledger: String, drafter: String = "Drafts") -> String {
        let french = evaluations.filter { $0.language == "fr" }.count
        var lines = [
            "\(drafter) against the curated ledger \(ledger): \(evaluations.count) articles "
                + "(\(evaluations.count - french) en, \(french) fr), micro-averaged",
            "(precision = matched/drafted, recall = matched/expected)",
            "",
        ]
        let header = ["measure", "matched", "drafted", "expected", "precision", "recall"]
        let scored: [Evaluation.Measure] = [.partners, .engagements, .agreements]
        lines += table([header] + scored.map { row($0.label, Evaluation.total(evaluations, $0)) }, leftColumns: 1)
        let dates = Evaluation.total(evaluations, .dates)
        lines.append("\(Evaluation.Measure.dates.label): \(dates.matched) of \(dates.expected) (\(format(dates.recall)))")
        let empty = evaluations.filter(\.expectsNoPartner)
        let falsePartners = empty.map(\.falsePartners).reduce(0, +)
        lines.append("false partners on articles with no foreign partner: \(falsePartners) "
            + "(\(empty.count) such article\(empty.count == 1 ? "" : "s"))")
        lines.append("")
        let others: [Evaluation.Measure] = [.initiatives, .figures, .statements, .mentions]
        lines += table([header] + others.map { row($0.label, Evaluation.total(evaluations, $0)) }, leftColumns: 1)

        lines.append("")
        lines.append("By article (matched/drafted/expected; dates right/counted):")
        var rows = [["article", "language", "partners", "engagements", "agreements", "dates"]]
        for evaluation in evaluations {
            rows.append([evaluation.article, evaluation.language] + scored.map { measure in
                let score = evaluation.scores[measure] ?? Evaluation.Score()
                return "\(score.matched)/\(score.drafted)/\(score.expected)"
            } + ["\(evaluation.scores[.dates]?.matched ?? 0)/\(evaluation.scores[.dates]?.expected ?? 0)"])
        }
        lines += table(rows, leftColumns: 2)

        lines.append("")
        lines.append("Missed (expected, not drafted) and extra (drafted, not expected):")
        for evaluation in evaluations {
            for measure in Evaluation.Measure.allCases {
                let missed = evaluation.misses[measure] ?? []
                let extra = evaluation.extras[measure] ?? []
                guard !missed.isEmpty || !extra.isEmpty else { continue }
                let what = measure == .dates ? "wrong month, expected" : "missed"
                lines.append("  \(evaluation.article) \(measure.rawValue): \(what) [\(missed.joined(separator: ", "))]"
                    + (measure == .dates ? "" : " extra [\(extra.joined(separator: ", "))]"))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ label: String, _ score: Evaluation.Score) -> [String] {
        [label, String(score.matched), String(score.drafted), String(score.expected), format(score.precision),
         format(score.recall)]
    }

    /// Rows as aligned columns: the first `leftColumns` to the left, the rest to the right.
    private static func table(_ rows: [[String]], leftColumns: Int) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return column < leftColumns ? row[column] + padding : padding + row[column]
            }.joined(separator: "  ")
        }
    }

    private static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - String(thousandths % 1000).count))\(thousandths % 1000)"
    }
}
