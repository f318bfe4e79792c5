import ArgumentParser

/// Options shared by every command that reads a ledger.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger directory, holding articles/ and ledger/.", valueName: "dir"))
    var ledger: String = "seeds"
}
