import ArgumentParser

/// The `liaison` command: turns the ledger of sourced facts into quarterly briefs.
@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Quarterly briefs on Morocco's international security cooperation (DGSN/DGST), from a ledger of sourced facts.",
        subcommands: [Brief.self, Validate.self, Extract.self]
    )
}
