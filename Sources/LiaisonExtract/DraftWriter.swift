import LiaisonCore

/// Writes drafts as a ledger file that `liaison validate` reads: every record marked
/// `draft: true`, with its sentence quoted in a comment above it.
public enum DraftWriter {
    /// The ledger file's text. `file` is the article's file name, `title` a suggested title.
    public static func yaml(_ drafts: Drafts, file: String, title: String) -> String {
        var out: [String] = [
            "# Drafted by `liaison extract` from \(file). Every record is a draft: check it against",
            "# the sentence quoted above it, correct or delete it, then delete its `draft: true`.",
            "# `liaison validate` warns about each draft; `liaison brief` leaves drafts out unless",
            "# run with --include-drafts.",
            "#",
            "# List the article in articles/articles.yaml if it is not there yet:",
            "#   - id: \(quoted(drafts.article))",
            "#     file: \(quoted(file))",
            "#     title: \(quoted(title))",
            "#     language: \(drafts.language)",
            "#     published: \(drafts.published.iso)",
            "article: \(quoted(drafts.article))",
        ]
        section("engagements", drafts.engagements, drafts, into: &out) { engagement in
            [
                "partners: \(list(engagement.partners.map(\.name)))",
                "kind: \(engagement.kind.rawValue)",
            ] + date(engagement.date)
        }
        section("agreements", drafts.agreements, drafts, into: &out) { agreement in
            [
                "type: \(agreement.type.rawValue)",
                "status: \(agreement.status.rawValue)",
                "parties: \(list(agreement.parties.map(\.name)))",
            ] + (agreement.moroccoIsParty ? [] : ["morocco_party: false"]) + date(agreement.date)
                + (agreement.period.map { ["period: \(quoted($0.description))"] } ?? [])
        }
        section("initiatives", drafts.initiatives, drafts, into: &out) { initiative in
            let report = initiative.history[0]
            return [
                "category: \(initiative.category.rawValue)",
                "name: \(quoted(initiative.name))",
            ] + (initiative.locations.isEmpty ? [] : ["locations: \(list(initiative.locations))"])
                + ["status: \(report.status.rawValue)"] + date(report.date)
        }
        section("figures", drafts.figures, drafts, into: &out) { figure in
            ["label: \(quoted(figure.label))", "value: \(number(figure.value))", "unit: \(quoted(figure.unit))"]
                + date(figure.date)
        }
        section("statements", drafts.statements, drafts, into: &out) { statement in
            (statement.partners.isEmpty ? [] : ["partners: \(list(statement.partners.map(\.name)))"])
                + ["summary: \(quoted(statement.summary))"] + date(statement.date)
        }
        section("mentions", drafts.mentions, drafts, into: &out) { mention in
            (mention.partners.isEmpty ? [] : ["partners: \(list(mention.partners.map(\.name)))"])
                + ["summary: \(quoted(mention.summary))"] + date(mention.date)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func section<Record: LedgerRecord>(_ name: String, _ records: [Record], _ drafts: Drafts,
                                                      into out: inout [String], fields: (Record) -> [String]) {
        guard !records.isEmpty else { return }
        out.append("")
        out.append("\(name):")
        for record in records {
            let lines = record.sources.first?.lines ?? []
            let label = lines.count == 1 ? "line \(lines[0])" : "lines \(lines.map(String.init).joined(separator: ", "))"
            out += comment("\(label): \(drafts.sentences[record.id] ?? "")")
            out.append("  - id: \(record.id)")
            out += fields(record).map { "    " + $0 }
            out.append("    lines: \(lines.count == 1 ? String(lines[0]) : "[" + lines.map(String.init).joined(separator: ", ") + "]")")
            out.append("    draft: true")
        }
    }

    private static func date(_ date: LedgerDate) -> [String] {
        ["date: \(quoted(date.description))"] + (date.inference.map { ["date_inferred: \(quoted($0))"] } ?? [])
    }

    /// A comment of lines at most 100 columns wide.
    private static func comment(_ text: String) -> [String] {
        var lines: [String] = []
        var line = "  #"
        for word in text.split(separator: " ") {
            if line.count + 1 + word.count > 100, line != "  #" {
                lines.append(line)
                line = "  #  "
            }
            line += " " + word
        }
        lines.append(line)
        return lines
    }

    private static func list(_ values: [String]) -> String {
        values.count == 1 ? quoted(values[0]) : "[" + values.map(quoted).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default:
                if scalar.value < 0x20 { escaped += "\\x" + String(scalar.value, radix: 16) } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"" + escaped + "\""
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
