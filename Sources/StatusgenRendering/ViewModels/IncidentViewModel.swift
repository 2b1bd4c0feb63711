import StatusgenModel

/// An incident or maintenance, as the status page and its own page show it.
struct IncidentViewModel {
    let id: String
    let title: String
    /// The page's path from the site root: "incidents/ID.html".
    let path: String
    /// "Incident" or "Maintenance".
    let kindText: String
    let isMaintenance: Bool
    /// "Critical impact".
    let impactText: String
    /// The current status word: "Identified", "Resolved", "Scheduled", "In progress".
    let statusText: String
    /// The phase, as a class name: "active", "resolved", "upcoming", "in_progress", "completed".
    let phase: String
    let components: [AffectedComponentViewModel]
    let hasComponents: Bool
    let summaryHTML: String
    let hasSummary: Bool
    let window: MaintenanceWindowViewModel?
    let started: TimeViewModel
    /// When it ended; `nil` while it goes on.
    let ended: TimeViewModel?
    /// "2 h 13 min", once it has ended.
    let duration: String?
    /// Every update, newest first.
    let updates: [UpdateViewModel]
    let latestUpdate: UpdateViewModel?
    let postmortemHTML: String?
    let detectedOutages: [DetectedOutageViewModel]
    let hasDetectedOutages: Bool

    init(_ item: TimelineIncident, _ context: RenderingContext) {
        let incident = item.incident
        id = item.id
        title = incident.title
        path = RenderingContext.path(ofIncident: item.id)
        isMaintenance = incident.kind == .maintenance
        kindText = isMaintenance ? "Maintenance" : "Incident"
        impactText = incident.impact.words
        statusText = item.status.words
        phase = item.phase.rawValue
        components = incident.components.map { AffectedComponentViewModel($0, context) }
        hasComponents = !components.isEmpty
        summaryHTML = incident.summaryHTML
        hasSummary = !incident.summaryHTML.isEmpty
        window = incident.window.map { MaintenanceWindowViewModel($0, context) }
        started = context.timeViewModel(item.startedAt)
        ended = item.endedAt.map(context.timeViewModel)
        duration = item.duration.map(DurationFormatter.format)
        updates = item.updates.map { UpdateViewModel($0, context) }
        latestUpdate = updates.first
        postmortemHTML = incident.postmortemHTML.flatMap { $0.isEmpty ? nil : $0 }
        detectedOutages = item.detectedOutages.map { DetectedOutageViewModel($0, context) }
        hasDetectedOutages = !detectedOutages.isEmpty
    }
}
