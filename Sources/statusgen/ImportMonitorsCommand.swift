import ArgumentParser

/// `statusgen import monitors`: converts another tool's check results into the canonical monitor CSV.
struct ImportMonitorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitors",
        abstract: "Convert Uptime Kuma, Gatus or Prometheus check results into monitor CSV.",
        discussion: ImportMonitorsArguments.discussion
    )

    @OptionGroup var arguments: ImportMonitorsArguments

    func run() throws {
        try arguments.run()
    }
}

/// `statusgen import-monitors`: the older name of `statusgen import monitors`, kept so that scripts and
/// cron lines written for it go on working.
struct ImportMonitorsAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-monitors",
        abstract: "The same as 'statusgen import monitors'.",
        discussion: ImportMonitorsArguments.discussion,
        shouldDisplay: false
    )

    @OptionGroup var arguments: ImportMonitorsArguments

    func run() throws {
        try arguments.run()
    }
}
