import ArgumentParser
import StatusgenBuild
import StatusgenModel

/// `statusgen resolve`: the last update of an incident (resolved) or maintenance (completed).
struct ResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Resolve an incident, or complete a maintenance, with a last update.",
        discussion: """
            Appends '## TIME resolved' (or 'completed' for a maintenance) and the message at the end of \
            incidents/ID.md; every other byte of the file stays as written.
            """
    )

    @Argument(help: "The incident's id: its file name without .md.")
    var id: String

    @OptionGroup var message: MessageOptions
    @OptionGroup var options: AuthoringOptions

    func run() async throws {
        try await IncidentFileUpdate(options: options, id: id).run { incident, config in
            if IncidentFileUpdate.isClosed(incident) {
                let state = incident.kind == .maintenance ? "completed" : "resolved"
                throw CommandFailure("\(IncidentFileUpdate.name(of: incident)) is already \(state)")
            }
            let status: UpdateStatus = incident.kind == .maintenance ? .completed : .resolved
            return .init(
                status: status, components: [], message: try message.read(locales: config.locales),
                translations: try message.translations(locales: config.locales))
        }
    }
}
