import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison validate`: checks a ledger and reports every problem, compiler-style.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a ledger: every problem as file:line:column, then a one-line summary.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 1 otherwise."
    )

    @OptionGroup var options: LedgerOptions

    func run() throws {
        let result = LedgerLoader(directory: options.ledger).load()
        for diagnostic in result.diagnostics {
            Console.printError(diagnostic.description)
        }
        print(LedgerSummary(result: result, directory: options.ledger).line)
        if result.hasErrors { throw ExitCode.failure }
    }
}

/// The one-line summary `validate` ends with.
struct LedgerSummary {
    let result: LoadResult
    let directory: String

    var line: String {
        let ledger = result.ledger
        let partners = ledger.engagedPartners
        let countries = partners.count { $0.kind == .country }
        let errors = result.diagnostics.count { $0.severity == .error }
        let warnings = result.diagnostics.count - errors
        let kinds = [
            counted(ledger.engagements.count, "engagement"), counted(ledger.agreements.count, "agreement"),
            counted(ledger.initiatives.count, "initiative"), counted(ledger.figures.count, "figure"),
            counted(ledger.statements.count, "statement"), counted(ledger.mentions.count, "mention"),
        ].joined(separator: ", ")
        return "\(directory): \(counted(ledger.articles.count, "article")); "
            + "\(counted(ledger.recordCount, "record")) (\(kinds)); "
            + "\(counted(partners.count, "partner")) engaged (\(countries) countries, "
            + "\(partners.count - countries) organisations); "
            + "\(counted(errors, "error")), \(counted(warnings, "warning"))"
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
