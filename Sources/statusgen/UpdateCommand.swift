import ArgumentParser
import StatusgenBuild
import StatusgenModel

/// `statusgen update`: appends an update to an incident or maintenance, and changes component statuses.
struct UpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Add an update to an incident or maintenance.",
        discussion: """
            Appends '## TIME STATUS' and the message at the end of incidents/ID.md, with the statuses given \
            with --component that change in its heading, '(ID=STATUS, ...)': the front matter keeps the \
            statuses the incident began with. Every other byte of the file stays as written.
            """
    )

    @Argument(help: "The incident's id: its file name without .md.")
    var id: String

    @Option(help: "The update's status, such as identified, monitoring, or update for a note.")
    var status: String

    @Option(name: .customLong("component"), help: "Set a component's status, ID=STATUS (repeat).")
    var components: [ComponentAssignment] = []

    @Flag(help: "Allow an update to a resolved incident or completed maintenance.")
    var reopen = false

    @OptionGroup var message: MessageOptions
    @OptionGroup var options: AuthoringOptions

    func run() async throws {
        try await IncidentFileUpdate(options: options, id: id).run { incident, config in
            let status = try StatusWords.parse(
                status, allowed: StatusWords.allowed(for: incident.kind), kind: incident.kind)
            if IncidentFileUpdate.isClosed(incident) {
                let name = IncidentFileUpdate.name(of: incident)
                let state = incident.kind == .maintenance ? "completed" : "resolved"
                guard reopen else {
                    throw CommandFailure("\(name) is \(state): add --reopen to post another update")
                }
                guard ![.resolved, .completed, .update].contains(status) else {
                    throw CommandFailure(
                        "--reopen needs a status that reopens the \(incident.kind.rawValue), not '\(status.rawValue)'")
                }
            }
            let changes = try ComponentAssignment.resolve(
                components, componentIDs: config.components.map(\.id), kind: incident.kind)
            return .init(
                status: status, components: changes, message: try message.read(locales: config.locales),
                translations: try message.translations(locales: config.locales))
        }
    }
}
