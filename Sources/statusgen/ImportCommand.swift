import ArgumentParser

/// `statusgen import`: converts another status page's content into a statusgen site.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring history from another tool: a status page's incidents and components, or check results.",
        subcommands: [ImportCStateCommand.self, ImportStatuspageCommand.self, ImportMonitorsCommand.self]
    )
}
