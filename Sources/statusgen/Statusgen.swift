import ArgumentParser

/// The `statusgen` command: builds a static status site from incident Markdown and monitor results.
@main
struct Statusgen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statusgen",
        abstract: "Build a static status page from incident Markdown files and monitor results.",
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, InitCommand.self, NewCommand.self, UpdateCommand.self, ResolveCommand.self,
            ValidateCommand.self, ServeCommand.self, CheckCommand.self, ImportCommand.self, TemplatesCommand.self,
            ImportMonitorsAliasCommand.self, NotifyCommand.self, PublishCommand.self,
        ]
    )
}
