import ArgumentParser

/// `statusgen import`: converts another status page's content into a statusgen site.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert another status page's incidents and components.",
        subcommands: [ImportCStateCommand.self]
    )
}
