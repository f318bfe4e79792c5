import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonExtract

/// `liaison extract`: drafts ledger records from a new article, or measures the drafts of
/// the ledger's own articles against what was curated from them.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft ledger records from an article, every draft pointing at its sentence.",
        discussion: """
            liaison extract ARTICLE.txt writes a ledger file of drafts (draft: true) for review. \
            liaison extract --evaluate compares the drafts of every article of a ledger with its \
            curated records and prints precision and recall; with --second-reader, it compares \
            two people's records of the same articles instead.
            """
    )

    @Argument(help: ArgumentHelp("The article's text file (UTF-8, one paragraph a line).", valueName: "article"))
    var article: String?

    @Option(help: ArgumentHelp("When the article was published; months without a year are resolved against it. Default: today (UTC).",
                               valueName: "YYYY-MM-DD"))
    var published: String?

    @Option(help: ArgumentHelp("The article's id in the ledger. Default: the file name without extension.", valueName: "id"))
    var id: String?

    @Option(help: ArgumentHelp("Write the drafts to this file (it must not exist yet) instead of standard output.",
                               valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("The article's language, en or fr: names and demonyms are read in it. Default: detected.",
                               valueName: "language"))
    var language: String?

    @Flag(help: "Draft with the rules alone, without the trained partner gate that reviews their drafts.")
    var rulesOnly = false

    @Flag(help: "Compare the drafts of each article of --ledger with its curated records.")
    var evaluate = false

    @Option(help: ArgumentHelp("With --evaluate: the ledger directory.", valueName: "dir"))
    var ledger: String = "seeds"

    @Option(help: ArgumentHelp("With --evaluate: compare the records a second reader curated from the same articles "
                               + "(a ledger directory whose records cite --ledger's article ids) instead of the drafts.",
                               valueName: "dir"))
    var secondReader: String?

    func validate() throws {
        if evaluate == (article != nil) {
            throw ValidationError("give an article file, or --evaluate (not both)")
        }
        if secondReader != nil && !evaluate {
            throw ValidationError("--second-reader goes with --evaluate")
        }
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published '\(published)' is not a day: write YYYY-MM-DD")
        }
        if let id, !Ledger.isValidID(id) {
            throw ValidationError("--id '\(id)' is not an id: use lower-case letters, digits, '-' and '.', starting with a letter or digit")
        }
        if let language, !["en", "fr"].contains(language) {
            throw ValidationError("--language must be en or fr")
        }
    }

    func run() throws {
        if evaluate {
            try runEvaluation()
            return
        }
        guard let article else { return }
        let lines: [String]
        switch ArticleFile.lines(atPath: article) {
        case .success(let read): lines = read
        case .failure(let error):
            Console.printError(error.description)
            throw ExitCode.failure
        }
        let file = URL(fileURLWithPath: article).lastPathComponent
        let articleID = id ?? Self.id(fromFileName: file)
        let day = published.flatMap { Day(iso: $0) } ?? Console.todayUTC()
        let drafts = Extractor(usesGate: !rulesOnly).extract(lines: lines, article: articleID, published: day, language: language)
        let title = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? file
        let yaml = DraftWriter.yaml(drafts, file: file, title: String(title.prefix(120)))
        guard let out else {
            print(yaml, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: out) {
            Console.printError("error: \(out) exists; extract never overwrites a file (remove it or choose another --out)")
            throw ExitCode.failure
        }
        let temporary = out + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: temporary))
            try FileManager.default.moveItem(atPath: temporary, toPath: out)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            Console.printError("error: cannot write \(out): \(error.localizedDescription)")
            throw ExitCode.failure
        }
        print("\(out): \(drafts.count) draft records (\(drafts.engagements.count) engagements, "
            + "\(drafts.agreements.count) agreements, \(drafts.initiatives.count) initiatives, "
            + "\(drafts.figures.count) figures, \(drafts.statements.count) statements, \(drafts.mentions.count) mentions)")
    }

    /// `001_8c8c6be195305742.txt` → `001-8c8c6be195305742`.
    static func id(fromFileName name: String) -> String {
        let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
        let mapped = stem.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") ? $0 : "-" }
        let id = String(mapped).trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return id.isEmpty ? "article" : id
    }

    private func runEvaluation() throws {
        let curated = try Self.load(ledger)
        guard let secondReader else {
            let evaluations = Evaluation.articles(of: curated, today: Console.todayUTC(),
                                                  extractor: Extractor(usesGate: !rulesOnly))
            print(EvaluationReport.text(evaluations, ledger: ledger))
            return
        }
        let second = try Self.load(secondReader)
        let curatedIDs = Set(curated.articles.map(\.id))
        let unknown = second.articles.map(\.id).filter { !curatedIDs.contains($0) }
        if unknown.count == second.articles.count {
            Console.printError("error: \(secondReader): none of its articles (\(unknown.prefix(3).joined(separator: ", "))"
                + "\(unknown.count > 3 ? ", …" : "")) is in \(ledger); nothing to compare")
            throw ExitCode.failure
        }
        if !unknown.isEmpty {
            Console.printError("warning: \(secondReader): \(unknown.count) article\(unknown.count == 1 ? "" : "s") that "
                + "\(ledger) does not list, left out: \(unknown.joined(separator: ", "))")
        }
        let evaluations = Evaluation.readers(curated, against: second)
        print(EvaluationReport.text(evaluations, ledger: ledger, drafter: "The records of \(secondReader)"))
    }

    /// The curated records of a ledger directory; its errors are printed and end the run.
    private static func load(_ directory: String) throws -> Ledger {
        let result = LedgerLoader(directory: directory).load()
        if result.hasErrors {
            result.diagnostics.filter { $0.severity == .error }.forEach { Console.printError($0.description) }
            Console.printError("error: \(directory): the ledger has errors; nothing to evaluate against")
            throw ExitCode.failure
        }
        return result.ledger.excludingDrafts()
    }
}

